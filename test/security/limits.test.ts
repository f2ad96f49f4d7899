import * as assert from 'node:assert/strict';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import type { RemoteTrack, SkylarkClient } from '../../client-sdk/src/index.js';
import { skylark } from '../../protos/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { percentile } from '../bench/procStats.js';
import { refusal } from '../helpers/clientEvents.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { audioTrack, connectNodeClient, receivedPackets, sendAudio } from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

describe('limits', () => {
	let server: Skylark;
	const clients: SkylarkClient[] = [];

	before(async () => {
		server = await startTestServer({
			MAX_PEERS_PER_ROOM: '2',
			MAX_PRODUCERS_PER_PEER: '1',
			MAX_ROOMS: '2',
		});
	});

	after(async () => {
		clients.forEach((c) => c.close());
		await server.close();
	});

	async function client(room: string): Promise<SkylarkClient> {
		const c = await connectNodeClient(server.url, room);

		clients.push(c);

		return c;
	}

	it('caps peers per room, producers per peer and rooms per node with LIMIT_EXCEEDED', async () => {
		const a = await client('one');
		const b = await client('one');
		const c = await client('one');

		await a.join('one', { displayName: 'a' });
		await b.join('one', { displayName: 'b' });
		assert.equal(await refusal(c.join('one', { displayName: 'c' })), 'LIMIT_EXCEEDED');

		await a.publish(audioTrack());
		assert.equal(await refusal(a.publish(audioTrack())), 'LIMIT_EXCEEDED');

		await (await client('two')).join('two', { displayName: 'd' });
		assert.equal(
			await refusal((await client('three')).join('three', { displayName: 'e' })),
			'LIMIT_EXCEEDED'
		);
		assert.equal(server.rooms.rooms.size, 2);
	});
});

describe('a flooding socket', function () {
	this.timeout(120_000);

	let server: Skylark;

	before(async () => {
		server = await startTestServer({ RATE_LIMIT_PER_SECOND: '50', RATE_LIMIT_BURST: '100' });
	});

	after(async () => {
		await server.close();
	});

	it('is refused, then disconnected, while two other peers keep their media and fast requests', async () => {
		const alice = await connectNodeClient(server.url, 'flood');
		const bob = await connectNodeClient(server.url, 'flood');

		await alice.join('flood', { displayName: 'alice' });
		await bob.join('flood', { displayName: 'bob' });

		const subscribed = new Promise<RemoteTrack>((resolve) => bob.once('trackSubscribed', resolve));
		const sender = sendAudio(await alice.publish(audioTrack()));
		const track = await subscribed;

		await receivedPackets(track, 10);

		const flooder = new SignalingChannel(server.url, {
			requestTimeoutMs: 5000,
			token: await testToken('flood'),
			socket: { reconnection: false },
		});

		await flooder.waitConnected();

		let rateLimited = 0;

		flooder.on('error', (error) => {
			if (error.code === 'RATE_LIMITED') {
				rateLimited++;
			}
		});

		const disconnected = new Promise<void>((resolve) => flooder.once('disconnect', () => resolve()));
		const frame = skylark.v1.Request.encode({ id: 1, leave: {} }).finish();
		const latencies: number[] = [];
		// Bob's cheap request: resume his (already resumed) consumer, a round trip to the worker.
		const probe = async () => {
			const started = performance.now();

			await bob.signaling.request('resumeConsumer', { consumerId: track.id });
			latencies.push(performance.now() - started);
		};

		try {
			for (let i = 0; i < 10_000; i++) {
				flooder.sendRawFrame(frame);

				if (i % 500 === 0) {
					await probe();
				}
			}

			await within(disconnected, 10_000, 'flooder disconnect');

			for (let i = 0; i < 20; i++) {
				await probe();
			}

			// Media kept flowing all along, and still does.
			assert.equal(await receivedPackets(track, 25), 25);
			assert.ok(rateLimited > 0, 'the flooder was told RATE_LIMITED before being cut off');
			assert.equal(server.rooms.get('flood')!.peers.size, 2);

			latencies.sort((a, b) => a - b);

			const p99 = percentile(latencies, 99);

			process.stdout.write(
				`      bystander RPC latency during the flood: p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
					`p99 ${p99.toFixed(1)} ms over ${latencies.length} requests; flooder saw ${rateLimited} RATE_LIMITED\n`
			);
			assert.ok(p99 < 250, `bystander p99 ${p99.toFixed(1)} ms`);
		} finally {
			sender.stop();
			flooder.close();
			alice.close();
			bob.close();
		}
	});
});
