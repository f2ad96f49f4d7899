import * as assert from 'node:assert/strict';
import type { types } from 'mediasoup';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { remoteVideoShowing } from '../helpers/pageStats.js';
import { openPublishingDemo, THREE_SIMULCAST_LAYERS } from '../helpers/demoPage.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';

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

/** Bytes alice's camera has sent so far on each simulcast encoding, by rid, and the layer dynacast lets her send up to. */
function aliceSent(page: Page): Promise<{ bytes: Record<string, number>; maxSpatialLayer?: number }> {
	return page.evaluate(async () => {
		const client = window.skylarkDemo!.client;
		const camera = [...client.publications.values()].find((p) => p.kind === 'video')!;
		const bytes: Record<string, number> = {};

		(await camera.producer.getStats()).forEach(
			(s: { type: string; rid?: string; bytesSent?: number }) => {
				if (s.type === 'outbound-rtp') {
					bytes[s.rid ?? '?'] = s.bytesSent ?? 0;
				}
			}
		);

		return { bytes, maxSpatialLayer: camera.maxSpatialLayer };
	});
}

/** Bob asks for one layer of alice's camera. */
function bobPrefers(page: Page, spatialLayer: number): Promise<void> {
	return page.evaluate(async (layer) => {
		const client = window.skylarkDemo!.client;
		const video = [...client.tracks.values()].find((t) => t.kind === 'video')!;

		await client.setPreferredLayers(video, { spatialLayer: layer, temporalLayer: 2 });
	}, spatialLayer);
}

/** What alice sent per rid over `ms` (bytes/s). */
async function aliceRates(page: Page, ms: number): Promise<Record<string, number>> {
	const before = (await aliceSent(page)).bytes;

	await new Promise((resolve) => setTimeout(resolve, ms));

	const after = (await aliceSent(page)).bytes;

	return Object.fromEntries(
		Object.entries(after).map(([rid, bytes]) => [rid, ((bytes - (before[rid] ?? 0)) * 1000) / ms])
	);
}

describe('simulcast in Chromium: preferred layers', function () {
	this.timeout(120_000);

	let skylark: Skylark;
	let chromium: ChromiumSession;
	let alice: Page;
	let bob: Page;

	before(async () => {
		skylark = await startTestServer();
		chromium = await launchChromium(THREE_SIMULCAST_LAYERS);
		alice = await openPublishingDemo(
			chromium.context,
			skylark.url,
			'room=simulcast&name=alice&simulcast=1'
		);
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
		const alicePeer = [...room.peers.values()].find((p) => p.displayName === 'alice')!;
		const published = [...alicePeer.producers.values()].find((p) => p.kind === 'video')!;

		assert.equal(consumer.type, 'simulcast');
		assert.equal(consumer.rtpParameters.encodings?.length, 1, 'a subscriber receives one stream');
		await until(
			() => published.score.length === 3,
			15_000,
			() => `alice sending three layers (scores: ${JSON.stringify(published.score)})`
		);

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
		const low = await until(
			async () => {
				const width = await receivedWidth(bob);

				return width > 0 && width <= 200 ? width : undefined;
			},
			15_000,
			'bob decoding the lowest layer',
			250
		);

		const highest = forwardedLayer(consumer, 2, 30_000);

		await bob.evaluate(async () => {
			const client = window.skylarkDemo!.client;
			const video = [...client.tracks.values()].find((t) => t.kind === 'video')!;

			await client.setPreferredLayers(video, { spatialLayer: 2, temporalLayer: 2 });
		});
		assert.equal(consumer.preferredLayers?.spatialLayer, 2, JSON.stringify(consumer.preferredLayers));

		// What the server forwards, and what bob then decodes: the camera's full width.
		await highest;

		const full = await until(
			async () => {
				const width = await receivedWidth(bob);

				return width >= 600 ? width : undefined;
			},
			15_000,
			'bob decoding the highest layer',
			250
		);

		process.stdout.write(`      bob decodes ${low} px wide at layer 0, ${full} px at layer 2\n`);
	});

	it('dynacast: alice stops sending the layers nobody receives, and sends them again within seconds of a request', async () => {
		const rates = (r: Record<string, number>) =>
			Object.entries(r)
				.sort()
				.map(([rid, rate]) => `${rid} ${Math.round((rate * 8) / 1000)} kbps`)
				.join(', ');

		await bobPrefers(bob, 2);
		await until(async () => ((await aliceSent(alice)).maxSpatialLayer ?? 2) === 2, 10_000, 'all layers');

		const all = await aliceRates(alice, 2000);

		// Bob, the only subscriber, takes layer 0: after dynacast's hold, alice pauses 1 and 2.
		await bobPrefers(bob, 0);
		await until(
			async () => (await aliceSent(alice)).maxSpatialLayer === 0,
			15_000,
			'alice told to send layer 0 only'
		);

		const low = await aliceRates(alice, 2000);
		const [r0, ...upper] = Object.keys(low).sort();

		assert.ok(low[r0!]! > 2000, `layer 0 still flows (${rates(low)})`);
		assert.ok(
			upper.every((rid) => low[rid]! < 1000),
			`the upper encodings carry next to nothing (${rates(low)})`
		);

		// Asking for the top layer brings it back at once.
		const asked = performance.now();
		let topBytes: number | undefined;

		await bobPrefers(bob, 2);
		await until(
			async () => {
				const { bytes } = await aliceSent(alice);
				const top = upper[upper.length - 1]!;
				const start = topBytes ?? bytes[top]!;

				topBytes = start;

				return bytes[top]! > start + 5000;
			},
			5000,
			'the top encoding flowing again',
			100
		);

		const back = performance.now() - asked;
		const saved =
			1 - Object.values(low).reduce((a, b) => a + b, 0) / Object.values(all).reduce((a, b) => a + b, 0);

		process.stdout.write(
			`      dynacast: all layers ${rates(all)}; layer 0 only ${rates(low)} (uplink −${Math.round(saved * 100)}%); top layer back in ${Math.round(back)} ms\n`
		);
	});
});
