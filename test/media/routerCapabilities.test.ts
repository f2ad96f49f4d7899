import * as assert from 'node:assert/strict';
import * as mediasoup from 'mediasoup';
import { mediaCodecs } from '../../server/src/media/mediaCodecs.js';

describe('router codecs', () => {
	it('offers Opus, VP8, VP9 (profiles 0 and 2) and H264 (42e01f, 4d0032) with RTX, NACK, PLI/FIR, transport-cc and header extensions', async () => {
		const worker = await mediasoup.createWorker({ logLevel: 'error' });
		const { codecs = [], headerExtensions = [] } = (await worker.createRouter({ mediaCodecs }))
			.rtpCapabilities;
		const media = codecs.filter((c) => c.mimeType !== 'video/rtx');

		assert.deepEqual(
			media.map(
				(c) =>
					`${c.mimeType.toLowerCase()}${c.parameters?.['profile-level-id'] ? `:${c.parameters['profile-level-id']}` : ''}${c.parameters?.['profile-id'] !== undefined ? `:${c.parameters['profile-id']}` : ''}`
			),
			[
				'audio/opus',
				'video/vp8',
				'video/vp9:0',
				'video/vp9:2',
				'video/h264:4d0032',
				'video/h264:42e01f',
			]
		);
		assert.ok(
			media
				.filter((c) => c.mimeType === 'video/H264')
				.every((c) => c.parameters?.['packetization-mode'] === 1)
		);

		for (const video of media.filter((c) => c.kind === 'video')) {
			const feedback = (video.rtcpFeedback ?? []).map((fb) =>
				`${fb.type} ${fb.parameter ?? ''}`.trim()
			);

			assert.ok(
				['nack', 'nack pli', 'ccm fir', 'transport-cc'].every((fb) => feedback.includes(fb)),
				`${video.mimeType}: ${feedback}`
			);
			assert.ok(
				codecs.some(
					(c) => c.mimeType === 'video/rtx' && c.parameters?.apt === video.preferredPayloadType
				),
				`no RTX for ${video.mimeType}`
			);
		}

		const uris = headerExtensions.map((h) => h.uri);

		for (const uri of [
			'urn:ietf:params:rtp-hdrext:sdes:mid',
			'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
			'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
			'urn:ietf:params:rtp-hdrext:ssrc-audio-level',
			'urn:3gpp:video-orientation',
		]) {
			assert.ok(uris.includes(uri as (typeof uris)[number]), `missing header extension ${uri}`);
		}
	});
});
