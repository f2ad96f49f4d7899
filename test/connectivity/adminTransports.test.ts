import * as assert from 'node:assert/strict';
import type { RemoteTrack } from '../../client-sdk/src/index.js';
import { startTestServer } from '../helpers/server.js';
import { audioTrack, connectNodeClient, receivedPackets, sendAudio } from '../helpers/weriftPeer.js';

const KEY = 'admin-key-for-tests-0123';

describe('GET /rooms/:id/peers/:peer/transports (admin)', () => {
	it("shows each transport's ICE state, selected tuple, DTLS state and bytes", async () => {
		const server = await startTestServer({ ADMIN_API_KEY: KEY });
		const alice = await connectNodeClient(server.url, 'inspect');
		const bob = await connectNodeClient(server.url, 'inspect');

		try {
			await alice.join('inspect', { displayName: 'alice' });
			await bob.join('inspect', { displayName: 'bob' });

			const subscribed = new Promise<RemoteTrack>((resolve) => bob.once('trackSubscribed', resolve));
			const sender = sendAudio(await alice.publish(audioTrack()));

			await receivedPackets(await subscribed, 20);
			sender.stop();

			const url = `${server.url}/rooms/inspect/peers/${alice.peerId}/transports`;

			assert.equal((await fetch(url)).status, 401);

			const response = await fetch(url, { headers: { authorization: `Bearer ${KEY}` } });
			const { transports } = (await response.json()) as {
				transports: {
					direction: string;
					iceState: string;
					dtlsState: string;
					bytesReceived: number;
					iceSelectedTuple: { protocol: string; localPort: number };
				}[];
			};
			const send = transports.find((t) => t.direction === 'send')!;

			assert.equal(response.status, 200);
			assert.deepEqual(transports.map((t) => t.direction).sort(), ['recv', 'send']);
			assert.ok(['connected', 'completed'].includes(send.iceState), send.iceState);
			assert.equal(send.dtlsState, 'connected');
			assert.equal(send.iceSelectedTuple.protocol, 'udp');
			assert.equal(send.iceSelectedTuple.localPort, server.pool.state()[0].webRtcServerPort);
			assert.ok(send.bytesReceived > 1000, `${send.bytesReceived} bytes`);
			assert.equal(
				(
					await fetch(`${server.url}/rooms/inspect/peers/nobody/transports`, {
						headers: { authorization: `Bearer ${KEY}` },
					})
				).status,
				404
			);
		} finally {
			alice.close();
			bob.close();
			await server.close();
		}
	});
});
