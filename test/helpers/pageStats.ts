import type { Page } from 'playwright-core';

/**
 * Received-track totals on a demo page, from the SDK's getStats() (the
 * browser's inbound-rtp stats). The callback runs in the page, so it declares
 * no named helpers: tsx would wrap them in a `__name` call the page does not have.
 */
export function receiveTotals(page: Page) {
	return page.evaluate(async () => {
		const totals = { videoTracks: 0, audioTracks: 0, framesDecoded: 0, audioBytes: 0 };

		for (const s of await window.skylarkDemo!.client.getStats()) {
			if (s.kind === 'video') {
				totals.videoTracks++;
				totals.framesDecoded += s.framesDecoded ?? 0;
			} else {
				totals.audioTracks++;
				totals.audioBytes += s.bytesReceived;
			}
		}

		return totals;
	});
}

/** Waits until some remote tile on a demo page shows decoded video. */
export async function remoteVideoShowing(page: Page, timeoutMs = 30_000): Promise<void> {
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll<HTMLVideoElement>('.tile.remote video')].some(
				(v) => v.videoWidth > 0
			),
		undefined,
		{ timeout: timeoutMs }
	);
}

/** Waits until the page decodes video and receives audio from `count` others, with both still rising. */
export async function seesAndHears(page: Page, count: number, timeoutMs = 30_000): Promise<void> {
	await page.waitForFunction(
		(n) =>
			[...document.querySelectorAll<HTMLVideoElement>('.tile.remote video')].filter(
				(v) => v.videoWidth > 0
			).length === n,
		count,
		{ timeout: timeoutMs }
	);

	const first = await receiveTotals(page);

	await page.waitForFunction(
		async (before) => {
			let frames = 0;
			let audio = 0;

			for (const s of await window.skylarkDemo!.client.getStats()) {
				frames += s.kind === 'video' ? (s.framesDecoded ?? 0) : 0;
				audio += s.kind === 'audio' ? s.bytesReceived : 0;
			}

			return frames > before.framesDecoded + 10 && audio > before.audioBytes;
		},
		first,
		{ timeout: 10_000, polling: 250 }
	);
}

/** Frames decoded so far by each received video track of the page, by track (consumer) id. */
export function videoFramesByTrack(page: Page): Promise<Record<string, number>> {
	return page.evaluate(async () => {
		const frames: Record<string, number> = {};

		for (const s of await window.skylarkDemo!.client.getStats()) {
			if (s.kind === 'video') {
				frames[s.trackId] = s.framesDecoded ?? 0;
			}
		}

		return frames;
	});
}
