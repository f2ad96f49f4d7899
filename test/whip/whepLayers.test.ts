/** The WHEP layer-selection requests, mapped onto a real simulcast producer's layers. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import { mediaCodecs } from '../../server/src/media/mediaCodecs.js';
import { HttpProblem } from '../../server/src/whip/problems.js';
import { parseOffer } from '../../server/src/whip/sdp/offer.js';
import { layerRequest, preferredLayers } from '../../server/src/whip/whepLayers.js';
import { planPublication } from '../../server/src/whip/WhipSession.js';

describe('WHEP layer selection', () => {
	let worker: types.Worker;
	let simulcast: types.Producer;

	before(async () => {
		worker = await mediasoup.createWorker({ logLevel: 'error' });

		const router = await worker.createRouter({ mediaCodecs });
		const transport = await router.createWebRtcTransport({
			listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }],
		});
		const offer = fs.readFileSync(
			path.join(import.meta.dirname, 'offers', 'chromium-simulcast.sdp'),
			'utf8'
		);
		const video = [...planPublication(parseOffer(offer), router.rtpCapabilities).values()].find(
			(p) => p.kind === 'video'
		)!;

		// Three layers of three temporal layers each, as a 720p camera sends them: RIDs q (lowest), h, f.
		simulcast = await transport.produce({
			kind: 'video',
			rtpParameters: {
				...video.rtpParameters,
				encodings: ['q', 'h', 'f'].map((rid) => ({ rid, scalabilityMode: 'L1T3' })),
			},
		});
	});

	after(() => worker.close());

	const pick = (body: unknown) => preferredLayers(layerRequest.parse(body), simulcast);

	it('maps rid (and whip-whep encodingId), spatial and temporal ids, and maxima', () => {
		assert.deepEqual(pick({ rid: 'h' }), { spatialLayer: 1, temporalLayer: 2 });
		assert.deepEqual(pick({ rid: 'h', temporalLayerId: 1 }), { spatialLayer: 1, temporalLayer: 1 });
		assert.deepEqual(pick({ maxTemporalLayerId: 0 }), { spatialLayer: 2, temporalLayer: 0 });
		assert.deepEqual(pick({ encodingId: 'q' }).spatialLayer, 0);
		assert.deepEqual(pick({ spatialLayerId: 2 }).spatialLayer, 2);
		assert.deepEqual(pick({ maxSpatialLayerId: 1 }).spatialLayer, 1);
		assert.deepEqual(pick({ maxSpatialLayerId: 7 }).spatialLayer, 2);
	});

	it('returns to the top layer (automatic) for a body without constraints', () => {
		assert.deepEqual(pick({}), { spatialLayer: 2, temporalLayer: 2 });
		assert.deepEqual(pick({ mediaId: '1' }).spatialLayer, 2);
	});

	it('picks the largest layer within maxWidth/maxHeight, halving per layer below a 1280x720 top', () => {
		assert.equal(pick({ maxWidth: 1280 }).spatialLayer, 2);
		assert.equal(pick({ maxWidth: 700 }).spatialLayer, 1);
		assert.equal(pick({ maxHeight: 200 }).spatialLayer, 0);
		// Nothing fits: the smallest there is.
		assert.equal(pick({ maxWidth: 100 }).spatialLayer, 0);
	});

	it('refuses layers the publisher does not send with 400', () => {
		for (const body of [{ rid: 'x' }, { spatialLayerId: 3 }, { temporalLayerId: 3 }]) {
			assert.throws(
				() => pick(body),
				(error: unknown) => error instanceof HttpProblem && error.status === 400
			);
		}

		assert.equal(layerRequest.safeParse({ spatialLayerId: -1 }).success, false);
		assert.equal(layerRequest.safeParse({ maxWidth: 'wide' }).success, false);
	});
});
