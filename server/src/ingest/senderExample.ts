import type { IngestTrackEndpoint } from './IngestPoint.js';

const FFMPEG_ENCODER: Record<string, string[]> = {
	'audio/opus': ['-c:a', 'libopus', '-ar', '48000', '-ac', '2', '-b:a', '96k'],
	'video/vp8': ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M', '-g', '15'],
	'video/vp9': ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M', '-g', '15'],
	'video/h264': [
		'-c:v',
		'libx264',
		'-profile:v',
		'baseline',
		'-tune',
		'zerolatency',
		'-b:v',
		'1M',
		'-g',
		'15',
	],
};

/**
 * FFmpeg output options that push one input's first audio and first video
 * stream to these endpoints: one RTP output per track, with the payload type
 * and SSRC Skylark expects, RTCP to its own port. The caller puts its
 * input options (`-re -i ...`) in front. With `copy`, the input is already
 * in the tracks' codecs and is sent as it is.
 */
export function ffmpegSenderArgs(tracks: readonly IngestTrackEndpoint[], { copy = false } = {}): string[] {
	return tracks.flatMap((t) => [
		...(t.kind === 'audio' ? ['-map', '0:a:0', '-vn'] : ['-map', '0:v:0', '-an']),
		...(copy ? ['-c', 'copy'] : FFMPEG_ENCODER[t.mimeType.toLowerCase()]!),
		'-payload_type',
		String(t.payloadType),
		'-ssrc',
		String(t.ssrc),
		...(t.srtp ? ['-srtp_out_suite', t.srtp.cryptoSuite, '-srtp_out_params', t.srtp.keyBase64] : []),
		'-f',
		'rtp',
		`${t.srtp ? 'srtp' : 'rtp'}://${t.ip}:${t.port}?rtcpport=${t.rtcpPort}&pkt_size=1200`,
	]);
}

const shellQuote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/** The same as one shell line, for people to paste: `ffmpeg -re -i <input> ...`. */
export function ffmpegSenderCommand(tracks: readonly IngestTrackEndpoint[]): string {
	return ['ffmpeg -re -i <input>', ...ffmpegSenderArgs(tracks).map(shellQuote)].join(' ');
}
