import * as assert from 'node:assert/strict';
import type { ConnectionQuality, SkylarkClient } from '../../client-sdk/src/index.js';
import { skylark } from '../../protos/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { qualityOf } from '../../server/src/rooms/ConnectionQuality.js';
import { startTestServer } from '../helpers/server.js';
import { audioTrack, connectNodeClient, sendAudio, type AudioSender } from '../helpers/weriftPeer.js';

import Quality = skylark.v1.Quality;

/** Resolves with the next quality `client` hears for `peerId` that `accept` takes. */
function qualityOfPeer(
	client: SkylarkClient,
	peerId: string,
	accept: (quality: ConnectionQuality, score: number) => boolean,
	ms = 20_000
): Promise<{ quality: ConnectionQuality; score: number }> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			client.off('connectionQualityChanged', listener);
			reject(new Error(`no matching quality for ${peerId} within ${ms} ms`));
		}, ms);
		const listener = (id: string, quality: ConnectionQuality, score: number) => {
			if (id === peerId && accept(quality, score)) {
				clearTimeout(timer);
				client.off('connectionQualityChanged', listener);
				resolve({ quality, score });
			}
		};

		client.on('connectionQualityChanged', listener);
	});
}

describe('connection quality', function () {
	this.timeout(60_000);

	let server: Skylark;
	const clients: SkylarkClient[] = [];
	const senders: AudioSender[] = [];

	before(async () => {
		server = await startTestServer();
	});

	afterEach(() => {
		senders.splice(0).forEach((s) => s.stop());
		clients.splice(0).forEach((c) => c.close());
	});

	after(async () => {
		await server?.close();
	});

	it('maps scores and a lost path to excellent, good, poor and lost', () => {
		assert.equal(qualityOf(10, false), Quality.EXCELLENT);
		assert.equal(qualityOf(8, false), Quality.EXCELLENT);
		assert.equal(qualityOf(6, false), Quality.GOOD);
		assert.equal(qualityOf(3, false), Quality.POOR);
		assert.equal(qualityOf(0, false), Quality.LOST);
		assert.equal(qualityOf(10, true), Quality.LOST);
	});

	it("falls when a publisher's uplink drops packets, and comes back when it stops", async () => {
		const publisher = await connectNodeClient(server.url, 'quality');
		const listener = await connectNodeClient(server.url, 'quality');

		clients.push(publisher, listener);
		await publisher.join('quality', { displayName: 'lossy' });
		await listener.join('quality', { displayName: 'listener' });

		const sender = sendAudio(await publisher.publish(audioTrack(), { source: 'microphone' }));

		senders.push(sender);

		// A clean uplink: excellent (never anything else first, as a new stream is not scored at once).
		const first = await qualityOfPeer(listener, publisher.peerId!, () => true);

		assert.equal(first.quality, 'excellent', `a clean uplink (score ${first.score})`);

		// 40% of its packets never leave: mediasoup's producer score falls.
		sender.setLoss(0.4);

		const worse = (q: ConnectionQuality) => q === 'poor' || q === 'good';
		// The others hear it, and so does the publisher about itself.
		const [degraded, own] = await Promise.all([
			qualityOfPeer(listener, publisher.peerId!, worse),
			qualityOfPeer(publisher, publisher.peerId!, worse),
		]);

		process.stdout.write(`      40% uplink loss: ${degraded.quality} (score ${degraded.score})\n`);
		assert.equal(own.quality, degraded.quality);
		sender.setLoss(0);

		const recovered = await qualityOfPeer(listener, publisher.peerId!, (q) => q === 'excellent', 30_000);

		assert.equal(recovered.quality, 'excellent');
	});
});
