import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { remoteVideoShowing, videoFramesByTrack } from '../helpers/pageStats.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';

const totalFrames = (frames: Record<string, number>) => Object.values(frames).reduce((a, b) => a + b, 0);

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

		// The tracks room A receives now: they die with the worker, though their jitter buffers
		// may still yield a few frames after it. Recovery means tracks made after the kill.
		const before = await Promise.all(
			a.map(async (page) => new Set(Object.keys(await videoFramesByTrack(page))))
		);

		// Room B's frames are sampled through the whole 5 s window: they must never stop rising.
		const samples: number[][] = [];
		const killedAt = Date.now();
		const sampler = (async () => {
			while (Date.now() - killedAt < 5000) {
				samples.push(
					await Promise.all(b.map(async (page) => totalFrames(await videoFramesByTrack(page))))
				);
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		})();

		process.kill(victim.worker.pid, 'SIGKILL');

		// Room A: new tracks (consumers on a live worker) whose decoded frames rise.
		const recoveredAfter = await Promise.all(
			a.map((page, i) => {
				let last: Record<string, number> = {};

				return until(
					async () => {
						const now = await videoFramesByTrack(page);
						const rising = Object.keys(now).some(
							(id) => !before[i].has(id) && last[id] !== undefined && now[id] > last[id]
						);

						last = now;

						return rising ? Date.now() - killedAt : undefined;
					},
					15_000,
					`room A page ${i} decoding frames of tracks made after the kill`,
					200
				);
			})
		);

		// Those tracks are the server's new consumers, on a worker that is alive.
		const roomA = server.rooms.get('crash-a')!;

		for (const [i, page] of a.entries()) {
			const fresh = Object.keys(await videoFramesByTrack(page)).filter((id) => !before[i].has(id));
			const serverPeer = [...roomA.peers.values()].find((p) => p.displayName === `a${i + 1}`)!;

			assert.ok(fresh.length > 0, `page a${i + 1} has no new video track`);
			assert.ok(
				fresh.every((id) => serverPeer.consumers.get(id)?.closed === false),
				`page a${i + 1}'s new tracks ${fresh} are not live consumers on the server`
			);
			assert.notEqual(serverPeer.router.worker.worker.pid, victim.worker.pid);
			assert.equal(serverPeer.router.worker.worker.died, false);
		}

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
