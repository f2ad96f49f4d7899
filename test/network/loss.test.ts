import * as assert from 'node:assert/strict';
import { openCall, receivedOver } from '../helpers/netns/call.js';
import { useFaultBed } from '../helpers/netns/faultBed.js';
import { serverRepair } from '../helpers/netns/serverRepair.js';

/** How long the call runs under loss: the window the figures are measured over. */
const WINDOW_MS = 20_000;

describe('5% random packet loss both ways on a client link', function () {
	this.timeout(180_000);

	const bed = useFaultBed();

	it('video keeps decoding as NACK/RTX repair the loss, and audio stays intelligible', async () => {
		const call = await openCall(bed.browsers, bed.url, 'lossy');

		try {
			// Bob's link loses 5% each way: Alice's media to Bob and Bob's to Alice each cross it once.
			await bed.clients.bob.setFaults({ lossPercent: 5 });

			const repairBefore = await serverRepair(bed.server, 'lossy');
			const received = await receivedOver(call, WINDOW_MS);
			const repair = await serverRepair(bed.server, 'lossy');
			const dropped = await bed.clients.bob.droppedPackets();
			const repaired = {
				toPublishers: repair.packetsRepaired - repairBefore.packetsRepaired,
				retransmitted: repair.packetsRetransmitted - repairBefore.packetsRetransmitted,
			};

			for (const name of ['alice', 'bob'] as const) {
				const g = received[name];
				const fps = g.framesDecoded / (WINDOW_MS / 1000);
				// Chromium counts a packet lost even when its retransmission arrives (RTX packets are
				// counted apart): what no retransmission filled is the difference.
				const unrepaired = Math.max(0, g.videoPacketsLost - g.retransmittedPacketsReceived);
				const residualLoss = unrepaired / Math.max(1, g.videoPacketsReceived + g.videoPacketsLost);
				const concealed = g.concealedSamples / Math.max(1, g.totalSamplesReceived);

				process.stdout.write(
					`      ${name} receiving under 5% loss: ${fps.toFixed(1)} frames/s decoded, ` +
						`${g.freezeCount} freezes (${g.freezesSeconds.toFixed(2)} s), ` +
						`${g.nackCount} NACKs sent, ${g.retransmittedPacketsReceived} RTX packets received, ` +
						`video packets lost ${g.videoPacketsLost} of ${g.videoPacketsReceived + g.videoPacketsLost}, ` +
						`left unrepaired ${(residualLoss * 100).toFixed(2)}%, ` +
						`audio packets lost ${g.audioPacketsLost}, ` +
						`audio concealed ${(concealed * 100).toFixed(1)}%\n`
				);

				assert.ok(fps >= 15, `${name}: ${fps} frames/s`);
				assert.ok(
					g.freezesSeconds < 2,
					`${name}: frozen ${g.freezesSeconds} s of ${WINDOW_MS / 1000} s`
				);
				if (name === 'bob') {
					// Bob's own downlink loses packets: his browser asks, the SFU retransmits. Alice's come
					// from Bob's uplink already repaired by the SFU (checked below).
					assert.ok(g.nackCount > 0 && g.retransmittedPacketsReceived > 0, JSON.stringify(g));
				}

				// With 5% on the wire, repair has to bring what is left well under the loss put on the link.
				assert.ok(
					residualLoss < 0.02,
					`${name}: ${(residualLoss * 100).toFixed(2)}% lost after repair`
				);
				// Audio is not retransmitted: Opus' in-band FEC (once the receiver reports loss) and the
				// jitter buffer's concealment fill the lost 20 ms packets. Speech stays intelligible with
				// isolated 20 ms gaps concealed up to about 10% of the time (the limit here): twice the
				// loss put on the link, leaving room for the jitter buffer's stretches on top.
				assert.ok(
					concealed < 0.1,
					`${name}: ${(concealed * 100).toFixed(1)}% of audio samples concealed`
				);
			}

			process.stdout.write(
				`      dropped on Bob's link: ${dropped.down} arriving, ${dropped.up} leaving; SFU: ${repaired.toPublishers} of Bob's packets repaired by his retransmissions, ` +
					`${repaired.retransmitted} retransmitted to Bob\n`
			);
			assert.ok(repaired.toPublishers > 0, JSON.stringify(repair));
			assert.ok(repaired.retransmitted > 0, JSON.stringify(repair));
		} finally {
			await call.close();
		}
	});
});
