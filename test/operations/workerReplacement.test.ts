/** A dead worker's replacement: same index, same RTC port, and media through it. */
import * as assert from 'node:assert/strict';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import type { PooledWorker } from '../../server/src/media/WorkerPool.js';
import type { PeerTransport } from '../../server/src/rooms/Peer.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { nextEvent } from '../helpers/clientEvents.js';
import { startTestServer } from '../helpers/server.js';
import { audioTrack, connectNodeClient, receivedPackets, sendAudio } from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

/** The ports a worker's WebRtcServer listens on, as the worker itself reports them. */
async function listening(entry: PooledWorker): Promise<{ udp: number[]; tcp: number[] }> {
	const dump = await entry.webRtcServer!.dump();

	return { udp: dump.udpSockets.map((s) => s.port), tcp: dump.tcpServers.map((s) => s.port) };
}

/** Protocol/port of each ICE candidate a peer's transport hands out. */
function candidatePorts(transport: PeerTransport | undefined): string[] {
	assert.ok(transport?.type === 'webrtc', 'a WebRTC transport');

	return [...new Set(transport.iceCandidates.map((c) => `${c.protocol}/${c.port}`))].sort();
}

describe('a dead worker', function () {
	this.timeout(60_000);

	let server: Skylark;
	let clients: SkylarkClient[];

	// A node per test: the replacement worker starts during the test, and the node must close it
	// (with its rooms) before the root hooks close whatever workers a test leaves behind.
	beforeEach(async () => {
		server = await startTestServer({ NUM_WORKERS: '2' });
		clients = [];
	});

	afterEach(async () => {
		clients.forEach((c) => c.close());
		await server.close();
	});

	async function client(room: string): Promise<SkylarkClient> {
		const c = await connectNodeClient(server.url, room);

		clients.push(c);

		return c;
	}

	it('is replaced at its index, listening on the same RTC port, and the replacement carries media', async () => {
		const [first, second] = server.pool.workers;
		const ports = await listening(second);

		assert.equal(second.index, 1);
		assert.deepEqual(
			ports.udp,
			[(await listening(first)).udp[0] + 1],
			'worker i listens on RTC_PORT + i'
		);

		// A room on worker 0: new rooms then go to the other worker, the one with fewer routers.
		const filler = await client('filler');

		await filler.join('filler', { displayName: 'filler' });
		assert.equal(server.rooms.get('filler')!.routers.home.worker, first);

		const replaced = new Promise<[PooledWorker, PooledWorker]>((resolve) =>
			server.pool.once('workerreplaced', (dead, fresh) => resolve([dead, fresh]))
		);

		process.kill(second.worker.pid, 'SIGKILL');

		const [dead, fresh] = await within(replaced, 10_000, 'the replacement worker');

		assert.equal(dead, second);
		assert.equal(fresh.index, 1);
		assert.notEqual(fresh.worker.pid, second.worker.pid);
		assert.equal(server.pool.workers[1], fresh);
		assert.deepEqual(await listening(fresh), ports, 'the replacement listens where the dead worker did');

		// Two peers on the replacement: their ICE candidates name that port, and audio flows through it.
		const alice = await client('after');
		const bob = await client('after');

		await alice.join('after', { displayName: 'alice' });
		await bob.join('after', { displayName: 'bob' });

		const room = server.rooms.get('after')!;

		assert.equal(room.routers.home.worker, fresh);

		const subscribed = nextEvent(bob, 'trackSubscribed');
		const sender = sendAudio(await alice.publish(audioTrack()));

		try {
			const [track] = await within(subscribed, 5000, 'bob subscribing to alice');

			assert.equal(await receivedPackets(track, 25), 25);
		} finally {
			sender.stop();
		}

		const expected = [`udp/${ports.udp[0]}`, `tcp/${ports.tcp[0]}`].sort();

		for (const peer of room.peers.values()) {
			for (const transport of [peer.sendTransport, peer.recvTransport]) {
				assert.deepEqual(candidatePorts(transport), expected, `${peer.displayName}'s transports`);
			}
		}
	});
});
