import type { types } from 'mediasoup';

/** One track as the recorder receives it: plain RTP on `port`, its RTCP on `port + 1`. */
export interface RecordedStream {
	kind: types.MediaKind;
	port: number;
	payloadType: number;
	/** Lower case codec name after the slash of the mimeType: opus, vp8, vp9, h264. */
	codec: string;
	clockRate: number;
	channels?: number;
	fmtp: string;
}

export function recordedStream(consumer: types.Consumer, port: number): RecordedStream {
	const codec = consumer.rtpParameters.codecs[0]!;

	return {
		kind: consumer.kind,
		port,
		payloadType: codec.payloadType,
		codec: codec.mimeType.split('/')[1]!.toLowerCase(),
		clockRate: codec.clockRate,
		channels: codec.channels,
		fmtp: Object.entries(codec.parameters ?? {})
			.map(([key, value]) => `${key}=${String(value)}`)
			.join(';'),
	};
}

/**
 * The SDP an RTP receiver (FFmpeg's sdp demuxer) needs to take the streams:
 * where each arrives, with which payload type and codec.
 */
export function recorderSdp(streams: readonly RecordedStream[], ip = '127.0.0.1'): string {
	const lines = ['v=0', `o=- 0 0 IN IP4 ${ip}`, 's=Skylark recording', `c=IN IP4 ${ip}`, 't=0 0'];

	for (const s of streams) {
		const encoding = s.channels && s.channels > 1 ? `/${s.channels}` : '';

		lines.push(
			`m=${s.kind} ${s.port} RTP/AVP ${s.payloadType}`,
			`a=rtcp:${s.port + 1}`,
			`a=rtpmap:${s.payloadType} ${s.codec.toUpperCase()}/${s.clockRate}${encoding}`,
			...(s.fmtp ? [`a=fmtp:${s.payloadType} ${s.fmtp}`] : []),
			'a=recvonly'
		);
	}

	return `${lines.join('\r\n')}\r\n`;
}

/**
 * What a recorder may be sent: every codec the router has, without RTX (a
 * recorder would not know what to do with retransmissions on their own SSRC)
 * and without header extensions.
 */
export function recorderRtpCapabilities(router: types.Router): types.RtpCapabilities {
	return {
		codecs: (router.rtpCapabilities.codecs ?? [])
			.filter((c) => !c.mimeType.toLowerCase().endsWith('/rtx'))
			.map((c) => ({ ...c, rtcpFeedback: [] })),
		headerExtensions: [],
	};
}
