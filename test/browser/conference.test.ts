import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { receiveTotals } from '../helpers/pageStats.js';
import { startTestServer } from '../helpers/server.js';

const ROOM = 'browser-conference';

/** Waits until every remote tile's <video> shows frames, and returns their currentTime. */
async function remoteVideosPlaying(page: Page, expected: number): Promise<number[]> {
	await page.waitForFunction(
		(n) => {
			const videos = [...document.querySelectorAll<HTMLVideoElement>('.tile.remote video')];

			return videos.length === n && videos.every((v) => v.videoWidth > 0 && v.currentTime > 0);
		},
		expected,
		{ timeout: 20_000 }
	);

	return page.$$eval('.tile.remote video', (videos) =>
		videos.map((v) => (v as HTMLVideoElement).currentTime)
	);
}

describe('three browsers in one room (Chromium, fake devices, demo page)', function () {
	this.timeout(120_000);

	let skylark: Skylark;
	let chromium: ChromiumSession;
	let pages: Record<'alice' | 'bob' | 'carol', Page>;

	before(async () => {
		skylark = await startTestServer({ ROOM_EMPTY_GRACE_MS: '1000' });
		chromium = await launchChromium();

		const open = async (name: string) => {
			const page = await chromium.context.newPage();

			await page.goto(`${skylark.url}/?room=${ROOM}&name=${name}`);

			return page;
		};

		pages = { alice: await open('alice'), bob: await open('bob'), carol: await open('carol') };
	});

	after(async () => {
		await chromium?.close();
		await skylark?.close();
	});

	it('each page plays the other two: video frames decoded and audio bytes rising', async () => {
		for (const page of Object.values(pages)) {
			const before = await remoteVideosPlaying(page, 2);
			const first = await receiveTotals(page);

			assert.equal(first.videoTracks, 2);
			assert.equal(first.audioTracks, 2);

			// Playback moves on, and more frames and audio keep arriving.
			await page.waitForFunction(
				(times) =>
					[...document.querySelectorAll<HTMLVideoElement>('.tile.remote video')].every(
						(v, i) => v.currentTime > times[i] + 0.5
					),
				before,
				{ timeout: 10_000 }
			);

			const later = await receiveTotals(page);

			assert.ok(
				later.framesDecoded > first.framesDecoded,
				`framesDecoded ${first.framesDecoded} → ${later.framesDecoded}`
			);
			assert.ok(
				later.audioBytes > first.audioBytes,
				`audio bytes ${first.audioBytes} → ${later.audioBytes}`
			);
		}
	});

	it("connects every page's transports at join: no connectTransport request, all DTLS-connected", async () => {
		const metrics = await (await fetch(`${skylark.url}/metrics`)).text();
		const connects = [
			...metrics.matchAll(
				/^skylark_signaling_requests_total\{[^}]*method="connectTransport"[^}]*\} (\d+)$/gm
			),
		].reduce((sum, match) => sum + Number(match[1]), 0);
		const peers = [...skylark.rooms.get(ROOM)!.peers.values()];
		const transports = peers.flatMap((p) => [p.sendTransport, p.recvTransport]);

		// The join carried each page's certificate fingerprint (DtlsIdentity).
		assert.equal(connects, 0);
		assert.equal(transports.length, 6);
		assert.deepEqual(
			transports.map((t) => t?.type === 'webrtc' && t.dtlsState),
			Array(6).fill('connected')
		);
	});

	it('delivers a chat message from alice to bob and carol', async () => {
		await pages.alice.fill('#chat-input', 'hello from alice');
		await pages.alice.click('#chat-form button');

		for (const page of [pages.bob, pages.carol]) {
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll('#chat-log li')].some(
						(li) => li.textContent === 'alice: hello from alice'
					),
				undefined,
				{ timeout: 10_000 }
			);
		}
	});

	it("removes bob's tile on alice's and carol's pages within 2 s of bob leaving", async () => {
		const started = Date.now();

		await pages.bob.click('#leave');
		await Promise.all(
			[pages.alice, pages.carol].map((page) =>
				page.waitForFunction(
					() => !document.querySelector('.tile.remote[data-display-name="bob"]'),
					undefined,
					{
						timeout: 2000,
					}
				)
			)
		);

		const elapsed = Date.now() - started;

		assert.ok(elapsed < 2000, `took ${elapsed} ms`);
		assert.equal(await pages.alice.locator('.tile.remote').count(), 1);
	});
});
