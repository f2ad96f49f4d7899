import type { types } from 'mediasoup';

/**
 * The codecs an external sender may push, with the payload type Skylark
 * expects for each (what FFmpeg, GStreamer and OBS's RTP output use by
 * default where they have a default).
 */
export const INGEST_CODECS = {
	audio: {
		opus: {
			mimeType: 'audio/opus',
			payloadType: 111,
			clockRate: 48000,
			channels: 2,
			parameters: { 'sprop-stereo': 1 },
		},
	},
	video: {
		vp8: { mimeType: 'video/VP8', payloadType: 96, clockRate: 90000, parameters: {} },
		vp9: { mimeType: 'video/VP9', payloadType: 98, clockRate: 90000, parameters: { 'profile-id': 0 } },
		h264: {
			mimeType: 'video/H264',
			payloadType: 102,
			clockRate: 90000,
			parameters: {
				'packetization-mode': 1,
				'profile-level-id': '42e01f',
				'level-asymmetry-allowed': 1,
			},
		},
	},
} as const satisfies Record<types.MediaKind, Record<string, types.RtpCodecParameters>>;

export type IngestCodecName<K extends types.MediaKind> = keyof (typeof INGEST_CODECS)[K] & string;

export function ingestCodec(kind: types.MediaKind, name: string): types.RtpCodecParameters | undefined {
	const codecs: Record<string, types.RtpCodecParameters> = INGEST_CODECS[kind];

	return Object.hasOwn(codecs, name) ? codecs[name] : undefined;
}

export const supportedCodecs = (kind: types.MediaKind) => Object.keys(INGEST_CODECS[kind]);
