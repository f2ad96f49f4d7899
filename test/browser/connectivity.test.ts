import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Diagnosis } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { startCoturn, type Coturn } from '../helpers/coturn.js';
import { freePortRange } from '../helpers/ports.js';
import { remoteVideoShowing } from '../helpers/pageStats.js';
import { startTestServer } from '../helpers/server.js';

/** Opens the demo page for `name` in `room` with extra URL parameters. */
async function open(
	chromium: ChromiumSession,
	server: Skylark,
	room: string,
	name: string,
	params: string
): Promise<Page> {
	const page = await chromium.context.newPage();

	await page.goto(`${server.url}/?room=${room}&name=${name}&${params}`);

	return page;
}

/** Waits until the page shows the other's video, then checks frames keep being decoded. */
async function playsRemoteMedia(page: Page): Promise<void> {
	await remoteVideoShowing(page);

	const frames = () =>
		page.evaluate(async () => {
			let total = 0;

			for (const s of await window.skylarkDemo!.client.getStats()) {
				total += s.framesDecoded ?? 0;
			}

			return total;
		});
	const first = await frames();

	await page.waitForFunction(
		(before) =>
			window
				.skylarkDemo!.client.getStats()
				.then((stats) => stats.reduce((sum, s) => sum + (s.framesDecoded ?? 0), 0) > before + 10),
		first,
		{ timeout: 10_000, polling: 500 }
	);
}

/** Waits until the page has joined (its client has a peer id). */
async function joined(page: Page): Promise<void> {
	await page.waitForFunction(() => Boolean(window.skylarkDemo?.client.peerId), undefined, {
		timeout: 30_000,
	});
}

function diagnose(page: Page): Promise<Diagnosis> {
	return page.evaluate(() => window.skylarkDemo!.client.diagnose());
}

/** Waits for an error with this code in the demo page's connection-info list. */
function reportsError(page: Page, code: string, timeout: number) {
	return page.waitForFunction(
		(c) => [...document.querySelectorAll('#errors li')].some((li) => li.textContent?.startsWith(`${c}:`)),
		code,
		{ timeout }
	);
}

describe('connectivity in Chromium', function () {
	this.timeout(180_000);

	let chromium: ChromiumSession;

	before(async () => {
		chromium = await launchChromium();
	});

	after(async () => {
		await chromium?.close();
	});

	describe('relay-only ICE through a real coturn (TURN REST credentials)', () => {
		let coturn: Coturn;
		let server: Skylark;

		before(async () => {
			coturn = await startCoturn();
			server = await startTestServer({ TURN_URLS: coturn.url('udp'), TURN_SECRET: coturn.secret });
		});

		after(async () => {
			await server?.close();
			await coturn?.stop();
		});

		it('exchanges audio and video with every path through the relay', async () => {
			const alice = await open(chromium, server, 'relay', 'alice', 'forceRelay=1');
			const bob = await open(chromium, server, 'relay', 'bob', 'forceRelay=1');

			try {
				for (const page of [alice, bob]) {
					await playsRemoteMedia(page);

					const { transports } = await diagnose(page);

					assert.equal(transports.length, 2);

					for (const t of transports) {
						assert.equal(
							t.selectedPair?.local.type,
							'relay',
							`${t.transport}: ${JSON.stringify(t.selectedPair)}`
						);
						assert.ok(
							t.history.some((h) => h.kind === 'dtls' && h.state === 'connected'),
							JSON.stringify(t.history)
						);
					}

					// The demo page's connection-info panel shows the same.
					await page.waitForFunction(
						() => {
							const text = document.querySelector('#diagnosis')?.textContent ?? '';

							return /path: relay\/udp/.test(text) && /join → first media: \d+ ms/.test(text);
						},
						undefined,
						{ timeout: 10_000 }
					);
				}

				// The server sees its peers at coturn's relay ports, not at the browsers' own.
				const [min, max] = coturn.relayPorts;

				for (const peer of server.rooms.get('relay')!.peers.values()) {
					for (const transport of [peer.sendTransport, peer.recvTransport]) {
						const tuple = transport?.type === 'webrtc' ? transport.iceSelectedTuple : undefined;
						const port = tuple?.remotePort ?? -1;

						assert.ok(
							port >= min && port <= max,
							`remote port ${port} outside coturn's relay range ${min}–${max}`
						);
					}
				}
			} finally {
				await alice.close();
				await bob.close();
			}
		});

		it('applies TURN credentials the server pushes before the old ones expire', async () => {
			const page = await open(chromium, server, 'refresh', 'erin', 'forceRelay=1');

			try {
				await joined(page);

				const before = await diagnose(page);
				const peer = server.rooms
					.get('refresh')!
					.peers.get(await page.evaluate(() => window.skylarkDemo!.client.peerId!))!;
				const fresh = {
					urls: [coturn.url('udp')],
					username: `${Math.floor(Date.now() / 1000) + 120}:${peer.id}`,
					credential: 'x',
				};

				assert.match(before.iceServers[0].username ?? '', new RegExp(`:${peer.id}$`));

				// Listening before the server pushes: an evaluate that returned a pending promise may not
				// have run its `once` yet when the notification lands.
				await page.evaluate(() => {
					window.skylarkDemo!.client.once('iceServersUpdated', () =>
						document.body.setAttribute('data-ice-updated', 'yes')
					);
				});
				peer.notify({ iceServersUpdate: { iceServers: [fresh] } });
				await page.waitForSelector('body[data-ice-updated="yes"]', { timeout: 10_000 });
				assert.deepEqual((await diagnose(page)).iceServers, [
					{ urls: fresh.urls, username: fresh.username },
				]);
			} finally {
				await page.close();
			}
		});

		it('says the TURN server refused the credentials when the secret is wrong', async () => {
			const wrong = await startTestServer({
				TURN_URLS: coturn.url('udp'),
				TURN_SECRET: 'not-the-coturn-secret-at-all',
			});
			const page = await open(chromium, wrong, 'bad-secret', 'carol', 'forceRelay=1');

			try {
				await reportsError(page, 'TURN_AUTH_FAILED', 20_000);
				assert.match(
					(await page.locator('#errors').textContent()) ?? '',
					/refused the credentials.*\(401\)/
				);
			} finally {
				await page.close();
				await wrong.close();
			}
		});

		it('says the relay is unavailable when the TURN server is down, instead of hanging', async () => {
			const deadPort = await freePortRange(1);
			const down = await startTestServer({
				TURN_URLS: `turn:127.0.0.1:${deadPort}?transport=udp`,
				TURN_SECRET: coturn.secret,
			});
			const page = await open(chromium, down, 'no-relay', 'dave', 'forceRelay=1');

			try {
				await reportsError(page, 'RELAY_UNAVAILABLE', 45_000);
			} finally {
				await page.close();
				await down.close();
			}
		});
	});

	describe('ICE over TCP when UDP is unavailable', () => {
		let server: Skylark;

		before(async () => {
			server = await startTestServer();
		});

		after(async () => {
			await server?.close();
		});

		it("connects to the WebRtcServer's TCP port, as the selected pairs on both sides show", async () => {
			const alice = await open(chromium, server, 'tcp-only', 'alice', 'forceTcp=1');
			const bob = await open(chromium, server, 'tcp-only', 'bob', 'forceTcp=1');

			try {
				for (const page of [alice, bob]) {
					await playsRemoteMedia(page);

					for (const t of (await diagnose(page)).transports) {
						assert.equal(
							t.selectedPair?.remote.protocol,
							'tcp',
							`${t.transport}: ${JSON.stringify(t.selectedPair)}`
						);
					}
				}

				const rtcPort = server.pool.state()[0].webRtcServerPort;

				for (const peer of server.rooms.get('tcp-only')!.peers.values()) {
					for (const transport of [peer.sendTransport, peer.recvTransport]) {
						const tuple = transport?.type === 'webrtc' ? transport.iceSelectedTuple : undefined;

						assert.equal(tuple?.protocol, 'tcp');
						assert.equal(tuple?.localPort, rtcPort);
					}
				}
			} finally {
				await alice.close();
				await bob.close();
			}
		});
	});
});
