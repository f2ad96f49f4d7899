import * as assert from 'node:assert/strict';
import type { types } from 'mediasoup';
import { openCall, receiveTotals } from '../helpers/netns/call.js';
import { useFaultBed } from '../helpers/netns/faultBed.js';
import { until } from '../helpers/within.js';

const CAP_KBPS = 300;

describe('an uplink capped at 300 kbps, with simulcast', function () {
	this.timeout(180_000);

	const bed = useFaultBed({ busyCamera: true });

	it('subscribers move to a lower layer within ~5 s, and get the top layer back once the cap lifts', async () => {
		const call = await openCall(bed.browsers, bed.url, 'capped', 'simulcast=1');

		try {
			const room = bed.server.rooms.get('capped')!;
			const bobPeer = [...room.peers.values()].find((p) => p.displayName === 'bob')!;
			const consumer = (): types.Consumer =>
				[...bobPeer.consumers.values()].find((c) => c.kind === 'video')!;
			const layer = () => consumer().currentLayers?.spatialLayer;
			const height = async () => (await receiveTotals(call.bob)).frameHeight;

			// Bob asks for the top layer, so what moves him is the publisher's bandwidth alone (not his
			// tile's size through adaptive stream, nor dynacast pausing layers he does not ask for).
			await call.bob.evaluate(async () => {
				const client = window.skylarkDemo!.client;
				const video = [...client.tracks.values()].find((t) => t.kind === 'video')!;

				await client.setPreferredLayers(video, { spatialLayer: 2, temporalLayer: 2 });
			});

			// Both layers flowing first. Chromium sends two at 640x360 once its estimate allows, and may scale
			// them down when the machine is busy: what counts is the top layer and its picture.
			await until(() => layer() === 1, 30_000, 'Bob on the top layer');

			const topHeight = await until(height, 10_000, 'Bob decoding the top layer');
			const cappedAt = performance.now();

			await bed.clients.alice.capUplink(CAP_KBPS);
			await until(() => layer() === 0, 15_000, "Bob's consumer moving to the lower layer", 100);

			const downMs = Math.round(performance.now() - cappedAt);
			const lowHeight = await until(
				async () => ((h) => (h < topHeight ? h : undefined))(await height()),
				10_000,
				'Bob decoding the smaller picture'
			);
			const liftedAt = performance.now();

			await bed.clients.alice.capUplink(undefined);
			await until(() => layer() === 1, 60_000, "Bob's consumer back on the top layer", 100);

			const upMs = Math.round(performance.now() - liftedAt);

			await until(
				async () => (await height()) > lowHeight,
				10_000,
				'Bob decoding the bigger picture again'
			);
			process.stdout.write(
				`      ${CAP_KBPS} kbps uplink cap: Bob moved to the lower layer (${topHeight}p to ${lowHeight}p) ${downMs} ms after the cap, ` +
					`back to the top layer ${upMs} ms after it lifted\n`
			);
			assert.ok(downMs < 6000, `moved down ${downMs} ms after the cap`);
		} finally {
			await call.close();
		}
	});
});
