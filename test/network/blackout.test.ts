import * as assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { openCall } from '../helpers/netns/call.js';
import { videoFramesByTrack } from '../helpers/pageStats.js';
import { useFaultBed } from '../helpers/netns/faultBed.js';
import { until } from '../helpers/within.js';

const BLACKOUT_MS = 10_000;

/** Resolves once every track the page had decodes new frames again; returns when (performance.now()). */
async function framesRising(page: Page, tracks: string[], what: string): Promise<number> {
	let last = await videoFramesByTrack(page);

	return until(
		async () => {
			const now = await videoFramesByTrack(page);
			const rising = tracks.every((id) => now[id] > last[id]);

			last = now;

			return rising ? performance.now() : undefined;
		},
		30_000,
		what,
		250
	);
}

describe('a 10 s total blackout of a client link', function () {
	this.timeout(180_000);

	const bed = useFaultBed();

	it('media comes back by itself within ~5 s of the link returning, on the same producers and consumers', async () => {
		const call = await openCall(bed.browsers, bed.url, 'blackout');

		try {
			const room = bed.server.rooms.get('blackout')!;
			const peersBefore = [...room.peers.values()].map((p) => ({
				id: p.id,
				producers: [...p.producers.keys()].sort(),
				consumers: [...p.consumers.keys()].sort(),
			}));
			const tracks = {
				alice: Object.keys(await videoFramesByTrack(call.alice)),
				bob: Object.keys(await videoFramesByTrack(call.bob)),
			};

			await bed.clients.bob.setFaults({ blackout: true });
			// The outage itself: its length is the fault being tested.
			await delay(BLACKOUT_MS);
			await bed.clients.bob.setFaults({});

			const restoredAt = performance.now();
			const [bobBack, aliceBack] = await Promise.all([
				framesRising(call.bob, tracks.bob, "Bob decoding Alice's video again"),
				framesRising(call.alice, tracks.alice, "Alice decoding Bob's video again"),
			]);
			const ms = { bob: Math.round(bobBack - restoredAt), alice: Math.round(aliceBack - restoredAt) };

			process.stdout.write(
				`      after a ${BLACKOUT_MS / 1000} s blackout: Bob sees Alice again ${ms.bob} ms and ` +
					`Alice sees Bob ${ms.alice} ms after the link returned\n`
			);

			const peersAfter = [...room.peers.values()].map((p) => ({
				id: p.id,
				producers: [...p.producers.keys()].sort(),
				consumers: [...p.consumers.keys()].sort(),
			}));

			assert.deepEqual(peersAfter, peersBefore, 'the same peers, producers and consumers');
			assert.deepEqual(Object.keys(await videoFramesByTrack(call.bob)).sort(), [...tracks.bob].sort());
			assert.ok(Math.max(ms.bob, ms.alice) < 6000, JSON.stringify(ms));
		} finally {
			await call.close();
		}
	});
});
