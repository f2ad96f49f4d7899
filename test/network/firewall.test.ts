import * as assert from 'node:assert/strict';
import type { types } from 'mediasoup';
import type { Page } from 'playwright-core';
import type { Diagnosis } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ChromiumSession } from '../helpers/browser.js';
import { startCoturn } from '../helpers/coturn.js';
import { openCall } from '../helpers/netns/call.js';
import { createNetLab, type NetClient, type NetLab } from '../helpers/netns/netLab.js';
import { makeTestCertificate } from '../helpers/netns/testCertificate.js';
import { startTestServer } from '../helpers/server.js';

function diagnose(page: Page): Promise<Diagnosis> {
	return page.evaluate(() => window.skylarkDemo!.client.diagnose());
}

type SelectedPair = Diagnosis['transports'][number]['selectedPair'];
type ServerTuple = types.WebRtcTransport['iceSelectedTuple'];

/**
 * Alice and Bob in one Chromium: resolves with how long until both see and
 * hear each other, after `check` has passed for each path as the browsers and
 * the server see it.
 */
async function callThroughFirewall(
	chromium: ChromiumSession,
	node: Skylark,
	room: string,
	check: { browser(pair: SelectedPair): void; server(tuple: ServerTuple): void }
): Promise<number> {
	const startedAt = performance.now();
	const call = await openCall({ alice: chromium, bob: chromium }, node.url, room);

	try {
		const connectMs = Math.round(performance.now() - startedAt);

		for (const page of [call.alice, call.bob]) {
			(await diagnose(page)).transports.forEach((t) => check.browser(t.selectedPair));
		}

		for (const peer of node.rooms.get(room)!.peers.values()) {
			for (const transport of [peer.sendTransport, peer.recvTransport]) {
				check.server(transport?.type === 'webrtc' ? transport.iceSelectedTuple : undefined);
			}
		}

		return connectMs;
	} finally {
		await call.close();
	}
}

describe('firewalls in the client network (nftables)', function () {
	this.timeout(180_000);

	let lab: NetLab;
	let client: NetClient;
	let server: Skylark;
	let chromium: ChromiumSession | undefined;

	before(async () => {
		lab = await createNetLab();
		client = await lab.addClient();
		server = await startTestServer({ LISTEN_IP: lab.serviceAddress });
	});

	afterEach(async () => {
		await chromium?.close();
		chromium = undefined;
	});

	after(async () => {
		await server?.close();
		lab?.close();
	});

	it("UDP blocked, TCP allowed: media flows over ICE-TCP to the WebRtcServer's TCP port", async () => {
		await client.setFaults({ blockUdp: true });
		chromium = await client.launchChromium(server.url);

		const rtcPort = server.pool.state()[0].webRtcServerPort;
		const connectMs = await callThroughFirewall(chromium, server, 'udp-blocked', {
			browser: (pair) => assert.equal(pair?.remote.protocol, 'tcp', JSON.stringify(pair)),
			server(tuple) {
				assert.equal(tuple?.protocol, 'tcp');
				assert.equal(tuple?.localPort, rtcPort);
				assert.equal(tuple?.remoteIp, client.address);
			},
		});

		process.stdout.write(
			`      UDP blocked: both sides seeing and hearing over ICE-TCP ${connectMs} ms after opening\n`
		);
	});

	it("only TCP 443 reachable: media flows through coturn's TURN over TLS on 443, and diagnose() says so", async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-turns-'));
		const certificate = makeTestCertificate(dir, lab.serviceAddress);
		const coturn = await startCoturn(undefined, {
			ip: lab.serviceAddress,
			tls: { port: 443, certFile: certificate.certFile, keyFile: certificate.keyFile },
		});
		const relayed = await startTestServer({
			LISTEN_IP: lab.serviceAddress,
			TURN_URLS: `turns:${lab.serviceAddress}:443?transport=tcp`,
			TURN_SECRET: coturn.secret,
		});

		try {
			// Signaling stays reachable too: in production it is HTTPS on 443 as well, behind the proxy.
			await client.setFaults({ onlyTcpPorts: [443, Number(new URL(relayed.url).port)] });
			// The browser trusts the test certificate for this run only, by its public key.
			chromium = await client.launchChromium(relayed.url, [
				`--ignore-certificate-errors-spki-list=${certificate.spkiHash}`,
			]);

			const [min, max] = coturn.relayPorts;
			const connectMs = await callThroughFirewall(chromium, relayed, 'tcp-443', {
				browser(pair) {
					assert.equal(pair?.local.type, 'relay', JSON.stringify(pair));
					assert.equal(pair?.local.relayProtocol, 'tls', JSON.stringify(pair));
				},
				server(tuple) {
					const remotePort = tuple?.remotePort ?? -1;

					assert.equal(
						tuple?.remoteIp,
						lab.serviceAddress,
						'the server sees coturn, not the client'
					);
					assert.ok(remotePort >= min && remotePort <= max, JSON.stringify(tuple));
				},
			});

			process.stdout.write(
				`      only TCP 443: media through TURN over TLS ${connectMs} ms after opening\n`
			);
		} finally {
			await relayed.close();
			await coturn.stop();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
