import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { PeerTransport } from '../../server/src/rooms/Peer.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { remoteVideoShowing, videoFramesByTrack } from '../helpers/pageStats.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';

/** What a page's SDK did about ICE, in page time (ms). */
interface IceLog {
	states: { transport: string; state: string; at: number }[];
	restarts: { transportId: string; at: number }[];
}

declare global {
	interface Window {
		iceLog?: IceLog;
	}
}

/** Records the page's transport states, and every restartIce request its SDK sends. */
function watchIce(page: Page): Promise<void> {
	return page.evaluate(() => {
		const client = window.skylarkDemo!.client;
		const log: IceLog = { states: [], restarts: [] };
		const request = client.signaling.request.bind(client.signaling);

		window.iceLog = log;
		client.on('connectionStateChanged', ({ transport, state }) =>
			log.states.push({ transport, state, at: performance.now() })
		);
		client.signaling.request = (method, body) => {
			if (method === 'restartIce') {
				log.restarts.push({
					transportId: String((body as { transportId?: string }).transportId),
					at: performance.now(),
				});
			}

			return request(method, body);
		};
	});
}

const iceLog = (page: Page) => page.evaluate(() => window.iceLog!);

const ufrag = (transport: PeerTransport) => {
	assert.ok(transport.type === 'webrtc');

	return transport.iceParameters.usernameFragment;
};

describe('ICE restart (Chromium)', function () {
	this.timeout(120_000);

	let server: Skylark;
	let chromium: ChromiumSession;

	before(async () => {
		server = await startTestServer();
		chromium = await launchChromium();
	});

	after(async () => {
		await chromium?.close();
		await server?.close();
	});

	/**
	 * Alice and Bob in a call, then their worker frozen (SIGSTOP): it answers
	 * no ICE consent checks, so to the browsers the network path is gone, while
	 * signaling still works and the SDK's restartIce requests reach the server
	 * (they wait there for the worker to thaw).
	 */
	async function freezeCall(room: string) {
		const pages = await Promise.all(
			['alice', 'bob'].map(async (name) => {
				const page = await chromium.context.newPage();

				await page.goto(`${server.url}/?room=${room}&name=${name}`);

				return page;
			})
		);
		const bob = pages[1];

		await Promise.all(pages.map((page) => remoteVideoShowing(page)));
		await Promise.all(pages.map((page) => watchIce(page)));

		const serverRoom = server.rooms.get(room)!;
		const bobPeer = [...serverRoom.peers.values()].find((p) => p.displayName === 'bob')!;
		const transports = { send: bobPeer.sendTransport!, recv: bobPeer.recvTransport! };
		const ufragsBefore = { send: ufrag(transports.send), recv: ufrag(transports.recv) };
		const tracks = Object.keys(await videoFramesByTrack(bob));
		const worker = serverRoom.routers.home.worker.worker;
		const frozenAt = await bob.evaluate(() => performance.now());
		let frozen = true;

		process.kill(worker.pid, 'SIGSTOP');

		const thaw = () => {
			if (frozen) {
				frozen = false;
				process.kill(worker.pid, 'SIGCONT');
			}
		};

		return {
			bob,
			transports,
			thaw,

			/** After the thaw: bob's `name` transport has new ICE credentials, and connects after `since`. */
			async reconnected(name: 'send' | 'recv', since: number) {
				await until(
					() => ufrag(transports[name]) !== ufragsBefore[name],
					10_000,
					`new ICE credentials for bob's ${name} transport`
				);
				await until(
					async () =>
						(await iceLog(bob)).states.some(
							(s) => s.transport === name && s.state === 'connected' && s.at > since
						),
					20_000,
					`bob's ${name} transport connected again after the restart`
				);
			},

			/** After the thaw: frames decoded again on the tracks bob had, over the new ICE session. */
			async mediaBack() {
				let last = await videoFramesByTrack(bob);

				await until(
					async () => {
						const now = await videoFramesByTrack(bob);
						const rising = tracks.every((id) => now[id] > last[id]);

						last = now;

						return rising;
					},
					20_000,
					'frames rising again on the same tracks',
					500
				);
				assert.deepEqual(Object.keys(await videoFramesByTrack(bob)).sort(), [...tracks].sort());

				const log = await iceLog(bob);
				const at = (t: number) => Math.round(t - frozenAt);

				process.stdout.write(
					`      bob (ms into the freeze): ${log.states.map((s) => `${s.transport} ${s.state} ${at(s.at)}`).join(', ')}; ` +
						`restartIce ${log.restarts.map((r) => at(r.at)).join(', ')}\n`
				);
			},

			async close() {
				thaw();
				await Promise.all(pages.map((page) => page.close()));
			},
		};
	}

	it('restarts ICE on a transport that stays disconnected, and media comes back on the same tracks', async () => {
		const call = await freezeCall('ice-disconnected');

		try {
			const recv = call.transports.recv;
			const disconnected = await until(
				async () =>
					(await iceLog(call.bob)).states.find(
						(s) => s.transport === 'recv' && s.state === 'disconnected'
					),
				30_000,
				"bob's receive transport going disconnected"
			);
			const restart = await until(
				async () => (await iceLog(call.bob)).restarts.find((r) => r.transportId === recv.id),
				10_000,
				'an ICE restart of the disconnected transport'
			);

			// A blip gets time to heal by itself first (2 s), and the restart comes while the transport
			// is still disconnected: not later, when the browser gives up on it (`failed`).
			const delay = restart.at - disconnected.at;

			assert.ok(
				delay >= 1900 && delay < 4000,
				`restarted ${Math.round(delay)} ms after the disconnect`
			);
			assert.ok(
				!(await iceLog(call.bob)).states.some((s) => s.state === 'failed' && s.at <= restart.at),
				'restarted before anything failed'
			);

			// Thawed as soon as the restart is asked for: the browser never gets to `failed`.
			call.thaw();
			await call.reconnected('recv', restart.at);
			await call.mediaBack();
		} finally {
			await call.close();
		}
	});

	it('restarts ICE at once on a transport that fails, and media comes back on the same tracks', async () => {
		const call = await freezeCall('ice-failed');

		try {
			// Chromium gives up on a path about 10 s after calling it disconnected; the restarts asked
			// for meanwhile wait for the frozen worker.
			const failed = await until(
				async () => (await iceLog(call.bob)).states.find((s) => s.state === 'failed'),
				40_000,
				"one of bob's transports failing"
			);
			const name = failed.transport as 'send' | 'recv';
			const restart = await until(
				async () =>
					(await iceLog(call.bob)).restarts.find(
						(r) => r.transportId === call.transports[name].id && r.at >= failed.at
					),
				5000,
				`an ICE restart of the failed ${name} transport`
			);

			assert.ok(
				restart.at - failed.at < 1000,
				`restarted ${Math.round(restart.at - failed.at)} ms after failing`
			);

			call.thaw();
			await call.reconnected(name, restart.at);
			await call.mediaBack();
		} finally {
			await call.close();
		}
	});
});
