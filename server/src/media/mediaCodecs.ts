import type { types } from 'mediasoup';

/**
 * Codecs every Skylark router offers. mediasoup adds RTX, NACK, PLI/FIR,
 * transport-cc and the header extensions it supports (mid, abs-send-time,
 * transport-wide-cc, audio level, video orientation, ...) to the router's
 * RTP capabilities by itself.
 */
export const mediaCodecs: types.RouterRtpCodecCapability[] = [
	{
		kind: 'audio',
		mimeType: 'audio/opus',
		clockRate: 48000,
		channels: 2,
		parameters: { useinbandfec: 1, usedtx: 1 },
	},
	{
		kind: 'video',
		mimeType: 'video/VP8',
		clockRate: 90000,
		parameters: { 'x-google-start-bitrate': 1000 },
	},
	// Profile 0 (8-bit 4:2:0) is what WHIP encoders and most browsers send; profile 2 is 10-bit.
	{
		kind: 'video',
		mimeType: 'video/VP9',
		clockRate: 90000,
		parameters: { 'profile-id': 0, 'x-google-start-bitrate': 1000 },
	},
	{
		kind: 'video',
		mimeType: 'video/VP9',
		clockRate: 90000,
		parameters: { 'profile-id': 2, 'x-google-start-bitrate': 1000 },
	},
	{
		kind: 'video',
		mimeType: 'video/h264',
		clockRate: 90000,
		parameters: {
			'packetization-mode': 1,
			'profile-level-id': '4d0032',
			'level-asymmetry-allowed': 1,
			'x-google-start-bitrate': 1000,
		},
	},
	{
		kind: 'video',
		mimeType: 'video/h264',
		clockRate: 90000,
		parameters: {
			'packetization-mode': 1,
			'profile-level-id': '42e01f',
			'level-asymmetry-allowed': 1,
			'x-google-start-bitrate': 1000,
		},
	},
];
