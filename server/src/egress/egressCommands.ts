/**
 * The FFmpeg command lines of an egress, one function per process:
 * decoders (one per track: RTP in, raw pictures or PCM out), the encoder
 * (raw in, H.264 + AAC in MPEG-TS out) and the outputs (MPEG-TS in, copied
 * into RTMP, HLS or a file).
 */
import { sdpInput, type RecorderCommand } from '../recording/recorderCommand.js';
import { CHANNELS, SAMPLE_RATE } from './composite/AudioMixer.js';
import type { Size } from './composite/layout.js';

export interface EncoderSettings {
	size: Size;
	fps: number;
	videoBitrateKbps: number;
	audioBitrateKbps: number;
	/** libx264 preset: veryfast by default, ultrafast on a busy host. */
	preset: string;
}

const QUIET = ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'error'];

/** Reading one RTP stream described by an SDP file, with as little buffering as FFmpeg allows. */
const rtpInput = (sdpFile: string) => [
	'-protocol_whitelist',
	'file,udp,rtp',
	'-fflags',
	'nobuffer',
	'-flags',
	'low_delay',
	'-probesize',
	'32',
	'-analyzeduration',
	'0',
	// One decoding thread: frame threads would each hold a picture back.
	'-threads',
	'1',
	'-i',
	sdpFile,
];

/** One track's decoder: RTP in, raw frames in the `output` format on stdout. */
const decoderCommand = (sdpFile: string, output: string[]): RecorderCommand => ({
	bin: 'ffmpeg',
	args: [...QUIET, ...rtpInput(sdpFile), ...output, 'pipe:1'],
});

/** A video track decoded and scaled (letterboxed) to its tile, one raw yuv420p picture per decoded frame. */
export function videoDecoderCommand(sdpFile: string, tile: Size): RecorderCommand {
	const { width, height } = tile;

	return decoderCommand(sdpFile, [
		'-vf',
		`scale=${width}:${height}:force_original_aspect_ratio=decrease,pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:color=0x282828,format=yuv420p`,
		'-fps_mode',
		'passthrough',
		'-f',
		'rawvideo',
	]);
}

/** An audio track decoded to the mixer's PCM format. */
export function audioDecoderCommand(sdpFile: string): RecorderCommand {
	return decoderCommand(sdpFile, ['-f', 's16le', '-ar', String(SAMPLE_RATE), '-ac', String(CHANNELS)]);
}

/**
 * The encoder: raw pictures on stdin and PCM on fd 3, both timed by count
 * (the compositor writes exactly one picture and 1/fps s of audio per tick),
 * to H.264 + AAC in MPEG-TS on stdout. A keyframe every second, so any HLS
 * segment length in whole seconds cuts on one, and an output that (re)starts
 * mid-stream has a picture within a second.
 */
export function encoderCommand(settings: EncoderSettings): RecorderCommand {
	const { size, fps, videoBitrateKbps: v } = settings;

	return {
		bin: 'ffmpeg',
		args: [
			...QUIET,
			'-f',
			'rawvideo',
			'-pix_fmt',
			'yuv420p',
			'-s',
			`${size.width}x${size.height}`,
			'-framerate',
			String(fps),
			'-i',
			'pipe:0',
			'-f',
			's16le',
			'-ar',
			String(SAMPLE_RATE),
			'-ac',
			String(CHANNELS),
			'-i',
			'pipe:3',
			'-map',
			'0:v',
			'-map',
			'1:a',
			'-c:v',
			'libx264',
			'-preset',
			settings.preset,
			'-tune',
			'zerolatency',
			'-pix_fmt',
			'yuv420p',
			'-b:v',
			`${v}k`,
			'-maxrate',
			`${v}k`,
			'-bufsize',
			`${v * 2}k`,
			'-g',
			String(fps),
			'-keyint_min',
			String(fps),
			'-sc_threshold',
			'0',
			'-c:a',
			'aac',
			'-b:a',
			`${settings.audioBitrateKbps}k`,
			'-flush_packets',
			'1',
			'-f',
			'mpegts',
			'pipe:1',
		],
	};
}

/** An output reading the encoded MPEG-TS from stdin and copying it on (no second encode). */
function copyFromStdin(outputArgs: string[]): RecorderCommand {
	return {
		bin: 'ffmpeg',
		args: [
			'-hide_banner',
			'-nostdin',
			'-nostats',
			// info: "Output #0" is how an RTMP output shows its server took the stream.
			'-loglevel',
			'info',
			// The encoder's streams are known and a keyframe comes every second: no need for FFmpeg's 5 s of probing.
			'-analyzeduration',
			'1500000',
			'-f',
			'mpegts',
			'-i',
			'pipe:0',
			'-map',
			'0',
			'-c',
			'copy',
			...outputArgs,
		],
	};
}

export function rtmpCommand(url: string): RecorderCommand {
	return copyFromStdin(['-f', 'flv', '-flvflags', 'no_duration_filesize', url]);
}

export interface HlsSettings {
	segmentSeconds: number;
	/** Segments listed in the live playlist (older ones are deleted). */
	windowSegments: number;
}

export function hlsCommand(dir: string, settings: HlsSettings): RecorderCommand {
	return copyFromStdin([
		'-f',
		'hls',
		'-hls_time',
		String(settings.segmentSeconds),
		'-hls_list_size',
		String(settings.windowSegments),
		// Keep one extra window on disk: a player a little behind still finds its segments.
		'-hls_delete_threshold',
		String(settings.windowSegments),
		'-hls_flags',
		'delete_segments+independent_segments+program_date_time',
		'-hls_segment_filename',
		`${dir}/seg%05d.ts`,
		`${dir}/index.m3u8`,
	]);
}

export function fileCommand(file: string, format: 'mp4' | 'mkv'): RecorderCommand {
	// Written out as it comes (a Matroska cluster a second): a crash loses little, a full disk shows at once.
	const container = format === 'mp4' ? ['-f', 'mp4'] : ['-f', 'matroska', '-cluster_time_limit', '1000'];

	return copyFromStdin([...container, '-flush_packets', '1', '-y', file]);
}

/**
 * A track egress: one participant's H.264 copied and its Opus encoded to
 * AAC, from the SDP of both tracks (RTCP keeps them in sync), as MPEG-TS.
 */
export function trackCopyCommand(sdpFile: string): RecorderCommand {
	return {
		bin: 'ffmpeg',
		args: [
			...QUIET,
			...sdpInput(sdpFile),
			'-map',
			'0',
			'-c:v',
			'copy',
			'-c:a',
			'aac',
			'-b:a',
			'128k',
			'-ar',
			String(SAMPLE_RATE),
			'-flush_packets',
			'1',
			'-f',
			'mpegts',
			'pipe:1',
		],
	};
}
