import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { remoteVideoShowing } from '../helpers/pageStats.js';
import { startTestServer } from '../helpers/server.js';

/** The page's received video: which tracks, and how many frames they decoded so far. */
function videoProgress(page: Page): Promise<{ tracks: string; frames: number }> {
	return page.evaluate(async () => {
		let frames = 0;
		const ids: string[] = [];

		for (const s of await window.skylarkDemo!.client.getStats()) {
			if (s.kind === 'video') {
				ids.push(s.trackId);
				frames += s.framesDecoded ?? 0;
			}
		}

		return { tracks: ids.sort().join(','), frames };
	});
}

describe('a worker crash during a call (Chromium)', function () {
	this.timeout(120_000);

	let server: Skylark;
	let chromium: ChromiumSession;

	before(async () => {
		server = await startTestServer({ NUM_WORKERS: '2' });
		chromium = await launchChromium();
	});

	after(async () => {
		await chromium?.close();
		await server?.close();
	});

	async function open(room: string, name: string): Promise<Page> {
		const page = await chromium.context.newPage();

		await page.goto(`${server.url}/?room=${room}&name=${name}`);

		return page;
	}

	it('heals the rooms on the dead worker within 5 s, while a room on the other worker plays on', async () => {
		const a = [await open('crash-a', 'a1'), await open('crash-a', 'a2')];

		await Promise.all(a.map((page) => remoteVideoShowing(page)));

		const b = [await open('crash-b', 'b1'), await open('crash-b', 'b2')];

		await Promise.all(b.map((page) => remoteVideoShowing(page)));

		const victim = server.rooms.get('crash-a')!.routers.home.worker;
		const bystander = server.rooms.get('crash-b')!.routers.home.worker;

		assert.notEqual(victim, bystander, 'the two rooms run on different workers');

		// Room B's frames are sampled through the whole 5 s window: they must never stop rising.
		const samples: number[][] = [];
		const killedAt = Date.now();
		const sampler = (async () => {
			while (Date.now() - killedAt < 5000) {
				samples.push(await Promise.all(b.map(async (page) => (await videoProgress(page)).frames)));
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		})();

		process.kill(victim.worker.pid, 'SIGKILL');

		// Room A: a new set of tracks whose frames rise again.
		const recoveredAfter = await Promise.all(
			a.map(async (page) => {
				let last = await videoProgress(page);

				for (;;) {
					await new Promise((resolve) => setTimeout(resolve, 200));

					const now = await videoProgress(page);

					if (
						now.tracks &&
						now.tracks === last.tracks &&
						now.frames > last.frames &&
						now.frames > 0
					) {
						return Date.now() - killedAt;
					}

					last = now;
					assert.ok(Date.now() - killedAt < 15_000, 'room A never recovered');
				}
			})
		);

		await sampler;

		process.stdout.write(`      media flowing again ${recoveredAfter.join(' / ')} ms after the kill\n`);
		assert.ok(Math.max(...recoveredAfter) < 5000, `took ${recoveredAfter} ms`);

		for (let i = 1; i < samples.length; i++) {
			samples[i].forEach((frames, page) =>
				assert.ok(
					frames > samples[i - 1][page],
					`room B stalled at sample ${i}: ${JSON.stringify(samples)}`
				)
			);
		}

		assert.ok(samples.length >= 8, `room B was watched for 5 s (${samples.length} samples)`);
		assert.equal(server.pool.alive.length, 2, 'the dead worker was replaced');
		assert.equal(server.pool.restarts, 1);
	});
});
