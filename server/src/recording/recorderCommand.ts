import type { RecordedStream } from './recordedStreams.js';

export type RecorderEngine = 'ffmpeg' | 'gstreamer';

/** How the video is written: as it arrives, or re-encoded to VP8. Audio (Opus) is always copied. */
export interface RecordingEncoding {
	video: 'copy' | 'transcode';
	videoBitrateKbps: number;
	/** 0 keeps the source size. */
	videoHeight: number;
}

export interface RecorderCommand {
	bin: string;
	args: string[];
}

export type Container = 'webm' | 'mkv';

/** The recorder's input SDP (FFmpeg only), its output file and that file's container. */
export interface RecorderFiles {
	sdp: string;
	out: string;
	container: Container;
}

/** WebM holds VP8, VP9 and Opus; copied H264 needs Matroska. Transcoded video is VP8. */
export function containerFor(
	streams: readonly Pick<RecordedStream, 'codec'>[],
	encoding: RecordingEncoding
): Container {
	const copiesH264 = encoding.video === 'copy' && streams.some((s) => s.codec === 'h264');

	return copiesH264 ? 'mkv' : 'webm';
}

function ffmpegVideoCodec(encoding: RecordingEncoding): string[] {
	if (encoding.video === 'copy') {
		return ['-c:v', 'copy'];
	}

	return [
		'-c:v',
		'libvpx',
		'-b:v',
		`${encoding.videoBitrateKbps}k`,
		'-deadline',
		'realtime',
		'-cpu-used',
		'8',
		...(encoding.videoHeight ? ['-vf', `scale=-2:${encoding.videoHeight}`] : []),
	];
}

/**
 * FFmpeg's input of RTP streams described by an SDP file, read as a
 * recording reads them: timestamps generated where missing, 3 s to find
 * every stream's parameters.
 */
export const sdpInput = (sdpFile: string) => [
	'-protocol_whitelist',
	'file,udp,rtp',
	'-fflags',
	'+genpts',
	'-analyzeduration',
	'3000000',
	'-i',
	sdpFile,
];

/**
 * FFmpeg reading the streams described by `sdpFile`. `-nostdin` because
 * Skylark stops it with SIGINT, after which it finalises the file (cues,
 * duration) before exiting.
 */
function ffmpegCommand(files: RecorderFiles, encoding: RecordingEncoding): string[] {
	return [
		'-hide_banner',
		'-nostdin',
		'-loglevel',
		'warning',
		...sdpInput(files.sdp),
		'-map',
		'0',
		'-c:a',
		'copy',
		...ffmpegVideoCodec(encoding),
		// A cluster a second, written out as it is made (FFmpeg otherwise buffers
		// 256 KiB first, ~17 s of a small stream): a crash or a full disk loses at
		// most that much, and is noticed that soon.
		'-cluster_time_limit',
		'1000',
		'-flush_packets',
		'1',
		'-f',
		files.container === 'mkv' ? 'matroska' : 'webm',
		'-y',
		files.out,
	];
}

const GST_DEPAY: Record<string, string[]> = {
	opus: ['rtpopusdepay', '!', 'opusparse'],
	vp8: ['rtpvp8depay'],
	vp9: ['rtpvp9depay'],
	h264: ['rtph264depay', '!', 'h264parse'],
};

function gstVideoEncode(encoding: RecordingEncoding): string[] {
	if (encoding.video === 'copy') {
		return [];
	}

	const scale = encoding.videoHeight
		? ['!', 'videoscale', '!', `video/x-raw,height=${encoding.videoHeight}`]
		: [];

	return [
		'!',
		'decodebin',
		'!',
		'videoconvert',
		...scale,
		'!',
		'vp8enc',
		`target-bitrate=${encoding.videoBitrateKbps * 1000}`,
		'deadline=1',
		'cpu-used=8',
	];
}

/**
 * gst-launch-1.0 with one udpsrc branch per stream into one muxer. `-e` turns
 * SIGINT into end-of-stream, so the muxer finalises the file. Streams are
 * timed by arrival (no RTCP), which on one host keeps them within a frame.
 */
function gstreamerCommand(
	streams: readonly RecordedStream[],
	files: RecorderFiles,
	encoding: RecordingEncoding
): string[] {
	const muxer = files.container === 'mkv' ? 'matroskamux' : 'webmmux';
	const args = ['-e', muxer, 'name=mux', '!', 'filesink', `location=${files.out}`];

	for (const s of streams) {
		const caps = [
			'application/x-rtp',
			`media=${s.kind}`,
			`clock-rate=${s.clockRate}`,
			`encoding-name=${s.codec.toUpperCase()}`,
			`payload=${s.payloadType}`,
		].join(',');

		args.push(
			'udpsrc',
			'address=127.0.0.1',
			`port=${s.port}`,
			`caps=${caps}`,
			'!',
			'rtpjitterbuffer',
			'latency=200',
			'!',
			...GST_DEPAY[s.codec]!,
			...(s.kind === 'video' ? gstVideoEncode(encoding) : []),
			'!',
			'queue',
			'!',
			'mux.'
		);
	}

	return args;
}

export const RECORDABLE_CODECS = Object.keys(GST_DEPAY);

export function recorderCommand(
	engine: RecorderEngine,
	streams: readonly RecordedStream[],
	files: RecorderFiles,
	encoding: RecordingEncoding
): RecorderCommand {
	return engine === 'ffmpeg'
		? { bin: 'ffmpeg', args: ffmpegCommand(files, encoding) }
		: { bin: 'gst-launch-1.0', args: gstreamerCommand(streams, files, encoding) };
}
