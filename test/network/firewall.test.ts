import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Diagnosis } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import type { ChromiumSession } from '../helpers/browser.js';
import { openCall } from '../helpers/netns/call.js';
import { createNetLab, type NetClient, type NetLab } from '../helpers/netns/netLab.js';
import { startTestServer } from '../helpers/server.js';

function diagnose(page: Page): Promise<Diagnosis> {
	return page.evaluate(() => window.skylarkDemo!.client.diagnose());
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

		const startedAt = performance.now();
		const call = await openCall({ alice: chromium, bob: chromium }, server.url, 'udp-blocked');

		try {
			const connectMs = Math.round(performance.now() - startedAt);

			for (const page of [call.alice, call.bob]) {
				for (const t of (await diagnose(page)).transports) {
					assert.equal(t.selectedPair?.remote.protocol, 'tcp', JSON.stringify(t.selectedPair));
				}
			}

			const rtcPort = server.pool.state()[0].webRtcServerPort;

			for (const peer of server.rooms.get('udp-blocked')!.peers.values()) {
				for (const transport of [peer.sendTransport, peer.recvTransport]) {
					const tuple = transport?.type === 'webrtc' ? transport.iceSelectedTuple : undefined;

					assert.equal(tuple?.protocol, 'tcp');
					assert.equal(tuple?.localPort, rtcPort);
					assert.equal(tuple?.remoteIp, client.address);
				}
			}

			process.stdout.write(
				`      UDP blocked: both sides seeing and hearing over ICE-TCP ${connectMs} ms after opening\n`
			);
		} finally {
			await call.close();
		}
	});
});
