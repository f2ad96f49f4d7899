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

/** WebM holds VP8, VP9 and Opus; copied H264 needs Matroska. Transcoded video is VP8. */
export function containerFor(
	streams: readonly Pick<RecordedStream, 'codec'>[],
	encoding: RecordingEncoding
): 'webm' | 'mkv' {
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
 * FFmpeg reading the streams described by `sdpFile`. `-nostdin` because
 * Skylark stops it with SIGINT, after which it finalises the file (cues,
 * duration) before exiting.
 */
function ffmpegCommand(
	streams: readonly RecordedStream[],
	sdpFile: string,
	outFile: string,
	encoding: RecordingEncoding
): string[] {
	const extension = containerFor(streams, encoding);

	return [
		'-hide_banner',
		'-nostdin',
		'-loglevel',
		'warning',
		'-protocol_whitelist',
		'file,udp,rtp',
		'-fflags',
		'+genpts',
		'-analyzeduration',
		'3000000',
		'-i',
		sdpFile,
		'-map',
		'0',
		'-c:a',
		'copy',
		...ffmpegVideoCodec(encoding),
		// A cluster a second: a crash or a full disk loses at most that much, and is noticed that soon.
		'-cluster_time_limit',
		'1000',
		'-f',
		extension === 'mkv' ? 'matroska' : 'webm',
		'-y',
		outFile,
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
	outFile: string,
	encoding: RecordingEncoding
): string[] {
	const mkv = containerFor(streams, encoding) === 'mkv';
	const args = ['-e', mkv ? 'matroskamux' : 'webmmux', 'name=mux', '!', 'filesink', `location=${outFile}`];

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
	files: { sdp: string; out: string },
	encoding: RecordingEncoding
): RecorderCommand {
	return engine === 'ffmpeg'
		? { bin: 'ffmpeg', args: ffmpegCommand(streams, files.sdp, files.out, encoding) }
		: { bin: 'gst-launch-1.0', args: gstreamerCommand(streams, files.out, encoding) };
}
