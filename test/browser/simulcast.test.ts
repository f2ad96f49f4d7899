import * as assert from 'node:assert/strict';
import type { types } from 'mediasoup';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { remoteVideoShowing } from '../helpers/pageStats.js';
import { startTestServer } from '../helpers/server.js';

/** Resolves when the server forwards `spatialLayer` to this consumer (it may pass through others first). */
function forwardedLayer(consumer: types.Consumer, spatialLayer: number, timeoutMs = 15_000): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`layer ${spatialLayer} not forwarded within ${timeoutMs} ms`)),
			timeoutMs
		);
		const check = () => {
			if (consumer.currentLayers?.spatialLayer === spatialLayer) {
				clearTimeout(timer);
				consumer.off('layerschange', check);
				resolve();
			}
		};

		consumer.on('layerschange', check);
		check();
	});
}

/** Width of the video frames bob's page decodes from alice. */
function receivedWidth(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const stats = await window.skylarkDemo!.client.getStats();

		return stats.find((s) => s.kind === 'video')?.frameWidth ?? 0;
	});
}

describe('simulcast in Chromium: preferred layers', function () {
	this.timeout(120_000);

	let skylark: Skylark;
	let chromium: ChromiumSession;
	let bob: Page;

	before(async () => {
		skylark = await startTestServer();
		chromium = await launchChromium();

		const alice = await chromium.context.newPage();

		await alice.goto(`${skylark.url}/?room=simulcast&name=alice&simulcast=1`);
		await alice.waitForFunction(() => window.skylarkDemo?.client.publications.size === 2, undefined, {
			timeout: 20_000,
		});
		bob = await chromium.context.newPage();
		await bob.goto(`${skylark.url}/?room=simulcast&name=bob`);
		await remoteVideoShowing(bob, 20_000);
	});

	after(async () => {
		await chromium?.close();
		await skylark?.close();
	});

	it('forwards the layer the subscriber prefers', async () => {
		const room = skylark.rooms.get('simulcast')!;
		const bobPeer = [...room.peers.values()].find((p) => p.displayName === 'bob')!;
		const consumer = [...bobPeer.consumers.values()].find((c) => c.kind === 'video')!;

		assert.equal(consumer.type, 'simulcast');
		assert.equal(consumer.rtpParameters.encodings?.length, 1, 'a subscriber receives one stream');

		const lowest = forwardedLayer(consumer, 0);

		await bob.evaluate(async () => {
			const client = window.skylarkDemo!.client;
			const video = [...client.tracks.values()].find((t) => t.kind === 'video')!;

			await client.setPreferredLayers(video, { spatialLayer: 0 });
		});
		await lowest;
		assert.equal(consumer.preferredLayers?.spatialLayer, 0);
		assert.equal(consumer.currentLayers?.spatialLayer, 0);

		// The lowest layer is the camera scaled down by 4 (640 → 160 wide). The
		// browser exposes no event for a resolution change, so poll its stats.
		const deadline = Date.now() + 15_000;
		let width = await receivedWidth(bob);

		while (width > 200 && Date.now() < deadline) {
			await bob.waitForTimeout(250);
			width = await receivedWidth(bob);
		}

		assert.ok(width > 0 && width <= 200, `received width ${width}`);

		await bob.evaluate(async () => {
			const client = window.skylarkDemo!.client;
			const video = [...client.tracks.values()].find((t) => t.kind === 'video')!;

			await client.setPreferredLayers(video, { spatialLayer: 2, temporalLayer: 2 });
		});
		assert.equal(consumer.preferredLayers?.spatialLayer, 2, JSON.stringify(consumer.preferredLayers));
	});
});
