import * as assert from 'node:assert/strict';
import { openCall, receivedOver } from '../helpers/netns/call.js';
import { useFaultBed } from '../helpers/netns/faultBed.js';

const WINDOW_MS = 20_000;

describe('150 ms ± 50 ms of delay each way, with reordering', function () {
	this.timeout(180_000);

	const bed = useFaultBed({ delayLine: true });

	it('video plays on with no freeze over 1 s', async () => {
		const call = await openCall(bed.browsers, bed.url, 'delayed');

		try {
			// Bob's packets, both ways, each held 100–200 ms: about 300 ms round trip, and out of order.
			bed.delays.set(bed.clients.bob.address, { meanMs: 150, jitterMs: 50 });

			const line = { forwarded: bed.delayLine!.forwarded, reordered: bed.delayLine!.reordered };
			const received = await receivedOver(call, WINDOW_MS);
			const forwarded = bed.delayLine!.forwarded - line.forwarded;
			const reordered = bed.delayLine!.reordered - line.reordered;

			process.stdout.write(
				`      delay line: ${forwarded} packets, ${reordered} (${((reordered / forwarded) * 100).toFixed(1)}%) out of order\n`
			);
			assert.ok(reordered > forwarded * 0.05, `only ${reordered} of ${forwarded} reordered`);

			for (const name of ['alice', 'bob'] as const) {
				const g = received[name];
				const fps = g.framesDecoded / (WINDOW_MS / 1000);

				process.stdout.write(
					`      ${name} receiving under 150±50 ms: ${fps.toFixed(1)} frames/s, ` +
						`${g.freezeCount} freezes (${g.freezesSeconds.toFixed(2)} s in all), ` +
						`audio concealed ${((g.concealedSamples / Math.max(1, g.totalSamplesReceived)) * 100).toFixed(1)}%\n`
				);
				assert.ok(fps >= 15, `${name}: ${fps} frames/s`);
				// Freezes add up to under a second, so none of them lasted one.
				assert.ok(g.freezesSeconds < 1, `${name}: frozen ${g.freezesSeconds} s`);
			}
		} finally {
			await call.close();
		}
	});
});
