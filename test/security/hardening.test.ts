/**
 * Holes found in a review (issue 22, items 1–4): per-peer caps on what one
 * subscriber can make the server send, room ids that could escape the
 * recording directory, secrets in logs, and limits passed by concurrent joins.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import winston from 'winston';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import { pathInside } from '../../server/src/paths.js';
import { ROOM_ID_PATTERN } from '../../server/src/rooms/roomId.js';
import type { Skylark } from '../../server/src/Skylark.js';
import type { RecordingError } from '../../server/src/recording/RecordingManager.js';
import { WebhookSender } from '../../server/src/webhooks/WebhookSender.js';
import { refusal } from '../helpers/clientEvents.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { audioTrack, connectNodeClient, videoTrack } from '../helpers/weriftPeer.js';
import { until, within } from '../helpers/within.js';

describe('hardening', function () {
	this.timeout(60_000);

	let skylark: Skylark | undefined;
	let clients: SkylarkClient[] = [];

	async function server(env: Record<string, string>): Promise<Skylark> {
		skylark = await startTestServer(env);

		return skylark;
	}

	async function client(room: string): Promise<SkylarkClient> {
		const c = await connectNodeClient(skylark!.url, room);

		clients.push(c);

		return c;
	}

	afterEach(async () => {
		clients.forEach((c) => c.close());
		clients = [];
		await skylark?.close();
		skylark = undefined;
	});

	describe('per-peer caps', () => {
		it('refuses a second consumer of the same producer unless asked, and caps consumers per peer', async () => {
			const node = await server({ MAX_CONSUMERS_PER_PEER: '4' });
			const alice = await client('caps');
			const bob = await client('caps');

			await alice.join('caps', { displayName: 'alice' });

			const audio = await alice.publish(audioTrack());

			await alice.publish(videoTrack());
			await bob.join('caps', { displayName: 'bob' });

			// The SDK subscribes to both tracks by itself.
			const bobPeer = () => node.rooms.get('caps')!.peers.get(bob.peerId!)!;

			// The SDK subscribes to both tracks and to alice's chat by itself: 3 of bob's 4 consumers.
			await until(
				() => bobPeer().consumers.size === 2 && bobPeer().dataConsumers.size === 1,
				10_000,
				"bob's consumers"
			);

			const producerId = audio.producer.id;

			assert.equal(await refusal(bob.signaling.request('consume', { producerId })), 'LIMIT_EXCEEDED');
			assert.equal(bobPeer().consumers.size, 2, 'the refused repeat created nothing');

			// Asked for explicitly, a repeat is allowed, up to the cap of 4 consumers (media and data).
			await bob.signaling.request('consume', { producerId, duplicate: true });
			assert.equal(bobPeer().consumers.size, 3);
			assert.equal(
				await refusal(bob.signaling.request('consume', { producerId, duplicate: true })),
				'LIMIT_EXCEEDED'
			);
			assert.equal(bobPeer().consumers.size + bobPeer().dataConsumers.size, 4);
		});

		it('caps data producers per peer, and refuses a second data consumer of one data producer', async () => {
			const node = await server({ MAX_DATA_PRODUCERS_PER_PEER: '1' });
			const alice = await client('data-caps');
			const bob = await client('data-caps');

			await alice.join('data-caps', { displayName: 'alice' });
			await bob.join('data-caps', { displayName: 'bob' });
			// The SDK's chat channel is alice's one data producer.
			await alice.sendData('hello');

			const room = node.rooms.get('data-caps')!;
			const alicePeer = room.peers.get(alice.peerId!)!;
			const bobPeer = room.peers.get(bob.peerId!)!;

			assert.equal(alicePeer.dataProducers.size, 1);

			const extra = alice.signaling.request('produceData', {
				transportId: alicePeer.sendTransport!.id,
				sctpStreamParameters: { streamId: 42, ordered: true },
				label: 'flood',
			});

			assert.equal(await refusal(extra), 'LIMIT_EXCEEDED');
			assert.equal(alicePeer.dataProducers.size, 1);

			const [dataProducerId] = alicePeer.dataProducers.keys();

			await until(() => bobPeer.dataConsumers.size === 1, 10_000, "bob's data consumer");
			assert.equal(
				await refusal(bob.signaling.request('consumeData', { dataProducerId })),
				'LIMIT_EXCEEDED'
			);
			assert.equal(bobPeer.dataConsumers.size, 1);
		});
	});

	describe('room ids and the paths they name', () => {
		it('refuses room ids that are or start with a dot, and accepts dots inside', async () => {
			for (const bad of ['.', '..', '.hidden', '../up']) {
				assert.equal(ROOM_ID_PATTERN.test(bad), false, bad);
			}

			for (const good of ['a.b', 'team.2026-11-30', 'x..y', 'room.']) {
				assert.equal(ROOM_ID_PATTERN.test(good), true, good);
			}

			await server({});

			for (const bad of ['..', '.']) {
				const mallory = await connectNodeClient(skylark!.url, bad, { token: await testToken(bad) });

				clients.push(mallory);
				assert.equal(await refusal(mallory.join(bad, { displayName: 'mallory' })), 'BAD_REQUEST');
			}

			assert.equal(skylark!.rooms.rooms.size, 0);

			const dotted = await client('a.b');

			await dotted.join('a.b', { displayName: 'dot' });
			assert.ok(skylark!.rooms.get('a.b'));
		});

		it('never writes a recording outside RECORDING_DIR, whatever the room is called', async () => {
			const base = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-rec-'));
			const recordingDir = path.join(base, 'recordings');

			try {
				const node = await server({ RECORDING_DIR: recordingDir });
				// A room that only code inside the server could create: the second check must hold alone.
				const room = await node.rooms.getOrCreate('..');

				await assert.rejects(
					node.recordings.start(room, { type: 'room' }, {}),
					(error: RecordingError) =>
						error.status === 400 && /refusing to write outside/.test(error.message)
				);
				assert.deepEqual(fs.readdirSync(base), [], 'nothing was created next to RECORDING_DIR');
				room.close('test');
			} finally {
				fs.rmSync(base, { recursive: true, force: true });
			}
		});

		it('pathInside keeps every path strictly inside its root', () => {
			const root = path.join(os.tmpdir(), 'root');

			assert.equal(pathInside(root, 'room', 'file.webm'), path.join(root, 'room', 'file.webm'));
			assert.equal(pathInside(root, '..foo'), path.join(root, '..foo'));

			for (const parts of [['..'], ['.'], ['a', '..', '..', 'b'], ['/etc/passwd'], ['']]) {
				assert.throws(() => pathInside(root, ...parts), /refusing to write outside/, parts.join('/'));
			}
		});
	});

	it('sends webhook URL credentials as Basic auth, and logs the URL without them or its query values', async () => {
		const lines: string[] = [];
		const sink = new Writable({
			write(chunk: Buffer, _encoding, callback) {
				lines.push(chunk.toString());
				callback();
			},
		});
		const logger = winston.createLogger({
			level: 'debug',
			format: winston.format.json(),
			transports: [new winston.transports.Stream({ stream: sink })],
		});
		// A receiver that refuses every event: each attempt is logged.
		const authorizations: string[] = [];
		const receiver = http.createServer((req, res) => {
			authorizations.push(req.headers.authorization ?? '');
			req.resume();
			res.writeHead(503).end();
		});

		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));

		try {
			const port = (receiver.address() as AddressInfo).port;
			const sender = new WebhookSender(
				{
					urls: [`http://bot:hunter2-pass@127.0.0.1:${port}/hook?token=hunter2-query`],
					secret: 'x'.repeat(32),
					maxAttempts: 2,
					retryBaseMs: 10,
					timeoutMs: 1000,
					maxQueue: 10,
				},
				logger
			);

			sender.emit('room.started', { room: 'r' });
			await within(sender.drained(), 10_000, 'the webhook to give up');
		} finally {
			receiver.close();
		}

		const logged = lines.join('');

		assert.deepEqual(
			authorizations,
			Array(2).fill(`Basic ${Buffer.from('bot:hunter2-pass').toString('base64')}`)
		);
		assert.match(logged, /webhook refused/);
		assert.match(logged, /webhook given up/);
		assert.match(logged, /http:\/\/\*\*\*@127\.0\.0\.1:\d+\/hook\?token=\*\*\*/);
		assert.doesNotMatch(logged, /hunter2/);
	});

	describe('limits under concurrent joins', () => {
		it('MAX_PEERS_PER_ROOM holds when joins arrive at once', async () => {
			await server({ MAX_PEERS_PER_ROOM: '3' });

			const joiners = await Promise.all(Array.from({ length: 8 }, () => client('crowd')));
			const results = await Promise.allSettled(
				joiners.map((c, i) => c.join('crowd', { displayName: `p${i}` }))
			);
			const joined = results.filter((r) => r.status === 'fulfilled').length;
			const refused = await Promise.all(
				results.filter((r) => r.status === 'rejected').map((r) => refusal(Promise.reject(r.reason)))
			);

			assert.equal(joined, 3);
			assert.deepEqual(refused, Array(5).fill('LIMIT_EXCEEDED'));
			assert.equal(skylark!.rooms.get('crowd')!.peers.size, 3);
		});

		it('MAX_ROOMS holds when joins create rooms at once', async () => {
			await server({ MAX_ROOMS: '2' });

			const joiners = await Promise.all(Array.from({ length: 6 }, (_, i) => client(`room-${i}`)));
			const results = await Promise.allSettled(
				joiners.map((c, i) => c.join(`room-${i}`, { displayName: `p${i}` }))
			);

			assert.equal(results.filter((r) => r.status === 'fulfilled').length, 2);
			assert.equal(skylark!.rooms.rooms.size, 2);

			// A refused room leaves no reservation behind: once a room closes, another fits.
			const leaver = joiners[results.findIndex((r) => r.status === 'fulfilled')];

			await leaver.leave();
			skylark!.rooms.get(`room-${joiners.indexOf(leaver)}`)?.close('test');

			const late = await client('late');

			await late.join('late', { displayName: 'late' });
			assert.ok(skylark!.rooms.get('late'));
		});
	});
});
