import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../browser.js';
import { seesAndHears } from '../pageStats.js';

/** What a page received, summed over its tracks of each kind (the browser's inbound-rtp counters). */
export interface ReceiveTotals {
	videoTracks: number;
	framesDecoded: number;
	freezeCount: number;
	freezesSeconds: number;
	videoPacketsLost: number;
	videoPacketsReceived: number;
	nackCount: number;
	retransmittedPacketsReceived: number;
	audioPacketsLost: number;
	concealedSamples: number;
	totalSamplesReceived: number;
	/** Height of the tallest video received. */
	frameHeight: number;
}

/** The page's receive totals. The callback runs in the page, so it declares no named helpers. */
export function receiveTotals(page: Page): Promise<ReceiveTotals> {
	return page.evaluate(async () => {
		const t = {
			videoTracks: 0,
			framesDecoded: 0,
			freezeCount: 0,
			freezesSeconds: 0,
			videoPacketsLost: 0,
			videoPacketsReceived: 0,
			nackCount: 0,
			retransmittedPacketsReceived: 0,
			audioPacketsLost: 0,
			concealedSamples: 0,
			totalSamplesReceived: 0,
			frameHeight: 0,
		};

		for (const s of await window.skylarkDemo!.client.getStats()) {
			if (s.kind === 'video') {
				t.videoTracks++;
				t.framesDecoded += s.framesDecoded ?? 0;
				t.freezeCount += s.freezeCount ?? 0;
				t.freezesSeconds += s.totalFreezesDurationSeconds ?? 0;
				t.videoPacketsLost += s.packetsLost;
				t.videoPacketsReceived += s.packetsReceived;
				t.nackCount += s.nackCount ?? 0;
				t.retransmittedPacketsReceived += s.retransmittedPacketsReceived ?? 0;
				t.frameHeight = Math.max(t.frameHeight, s.frameHeight ?? 0);
			} else {
				t.audioPacketsLost += s.packetsLost;
				t.concealedSamples += s.concealedSamples ?? 0;
				t.totalSamplesReceived += s.totalSamplesReceived ?? 0;
			}
		}

		return t;
	});
}

/** Each counter's growth from `before` to `after`. */
function growth(before: ReceiveTotals, after: ReceiveTotals): ReceiveTotals {
	const keys = Object.keys(after) as (keyof ReceiveTotals)[];

	return Object.fromEntries(keys.map((k) => [k, after[k] - before[k]])) as unknown as ReceiveTotals;
}

/**
 * What each side of the call received over the next `windowMs`: a measurement
 * window (the counters are rates over it), not a wait for an event.
 */
export async function receivedOver(
	call: Call,
	windowMs: number
): Promise<{ alice: ReceiveTotals; bob: ReceiveTotals }> {
	const before = await Promise.all([receiveTotals(call.alice), receiveTotals(call.bob)]);

	await delay(windowMs);

	const after = await Promise.all([receiveTotals(call.alice), receiveTotals(call.bob)]);

	return { alice: growth(before[0], after[0]), bob: growth(before[1], after[1]) };
}

export interface Call {
	alice: Page;
	bob: Page;
	close(): Promise<void>;
}

/**
 * Alice and Bob in `room` on the demo page (with extra URL `params`), each in
 * their own Chromium, and each seeing and hearing the other.
 */
export async function openCall(
	browsers: { alice: ChromiumSession; bob: ChromiumSession },
	url: string,
	room: string,
	params = ''
): Promise<Call> {
	const [alice, bob] = await Promise.all(
		(['alice', 'bob'] as const).map(async (name) => {
			const page = await browsers[name].context.newPage();

			await page.goto(`${url}/?room=${room}&name=${name}&${params}`);

			return page;
		})
	);
	const call = { alice, bob, close: () => Promise.all([alice.close(), bob.close()]).then(() => undefined) };

	try {
		await Promise.all([seesAndHears(alice, 1, 45_000), seesAndHears(bob, 1, 45_000)]);
	} catch (error) {
		await call.close();
		throw error;
	}

	return call;
}
