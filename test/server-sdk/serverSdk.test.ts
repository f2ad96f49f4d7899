import * as assert from 'node:assert/strict';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { mintToken, TokenVerifier } from '../../server/src/auth/accessTokens.js';
import { grantsFromNames as serverGrants } from '../../server/src/auth/grants.js';
import type { Skylark } from '../../server/src/Skylark.js';
import type { AdminApiError } from '../../server-sdk/src/index.js';
import {
	AccessToken,
	ADMIN_OPERATIONS,
	AdminClient,
	WebhookReceiver,
	WebhookVerificationError,
	type WebhookEvent,
} from '../../server-sdk/src/index.js';
import { startTestServer } from '../helpers/server.js';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';
import { until } from '../helpers/within.js';
import { audioTrack, connectNodeClient } from '../helpers/weriftPeer.js';

const ADMIN_KEY = 'server-sdk-admin-key-0123456789';
const WEBHOOK_SECRET = 'server-sdk-webhook-secret-0123';

/** A webhook endpoint whose every request goes through the SDK's WebhookReceiver. */
async function startReceiver(receiver: WebhookReceiver) {
	const events: WebhookEvent[] = [];
	const rejected: string[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];

		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			try {
				events.push(receiver.receive(Buffer.concat(chunks), req.headers['x-skylark-signature']));
				res.writeHead(204).end();
			} catch (error) {
				rejected.push((error as Error).message);
				res.writeHead(400).end();
			}
		});
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
		events,
		rejected,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

describe('server SDK (@skylark/server-sdk) against a live Skylark', function () {
	this.timeout(60_000);

	let skylark: Skylark;
	let receiver: Awaited<ReturnType<typeof startReceiver>>;
	let admin: AdminClient;

	before(async () => {
		receiver = await startReceiver(new WebhookReceiver(WEBHOOK_SECRET));
		skylark = await startTestServer({
			ADMIN_API_KEY: ADMIN_KEY,
			WEBHOOK_URLS: receiver.url,
			WEBHOOK_SECRET,
			RECORDING_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-sdk-recordings-')),
		});
		admin = new AdminClient(skylark.url, { apiKey: ADMIN_KEY });
	});

	after(async () => {
		await skylark?.close();
		await receiver?.close();
	});

	describe('AccessToken', () => {
		it("mints what the server's verifier accepts, with the claims its own minting makes", async () => {
			const jwt = await new AccessToken(TEST_AUTH_SECRET, {
				identity: 'alice',
				name: 'Alice',
				room: 'sdk-room',
				grants: ['publish', 'subscribe', 'data'],
				ttl: '15m',
			}).toJwt();
			const claims = await new TokenVerifier(TEST_AUTH_SECRET).verify(jwt);

			assert.deepEqual(
				{ ...claims, expiresAt: undefined },
				{
					identity: 'alice',
					name: 'Alice',
					room: 'sdk-room',
					grants: serverGrants(['publish', 'subscribe', 'data']),
					expiresAt: undefined,
				}
			);
			assert.ok(Math.abs(claims.expiresAt - (Date.now() / 1000 + 900)) < 5);

			// Claim for claim, header for header, what the server's own minting writes.
			const server = await mintToken(
				TEST_AUTH_SECRET,
				{ identity: 'alice', name: 'Alice', room: 'sdk-room', grants: claims.grants },
				900
			);
			const withoutTimes = (token: string) => ({ ...decodeJwt(token), iat: 0, exp: 0 });

			assert.deepEqual(withoutTimes(jwt), withoutTimes(server));
			assert.deepEqual(decodeProtectedHeader(jwt), decodeProtectedHeader(server));
		});

		it('signs EdDSA tokens that the server checks against AUTH_PUBLIC_KEYS_FILE', async () => {
			const { privateKey, publicKey } = generateKeyPairSync('ed25519');
			const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-jwks-'));
			const jwks = path.join(dir, 'jwks.json');

			try {
				fs.writeFileSync(
					jwks,
					JSON.stringify({
						keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'idp-1', alg: 'EdDSA' }],
					})
				);

				const jwt = await new AccessToken(
					{ alg: 'EdDSA', key: privateKey, kid: 'idp-1' },
					{ identity: 'bob', room: 'sdk-room', grants: { canSubscribe: true } }
				).toJwt();
				const claims = await new TokenVerifier(TEST_AUTH_SECRET, jwks).verify(jwt);

				assert.equal(claims.identity, 'bob');
				assert.deepEqual(claims.grants, serverGrants(['subscribe']));
			} finally {
				fs.rmSync(dir, { recursive: true, force: true });
			}
		});

		it('opens the room on the live server, and refuses bad input with a clear error', async () => {
			const token = await new AccessToken(TEST_AUTH_SECRET, {
				identity: 'carol',
				room: 'sdk-join',
				grants: ['publish', 'subscribe', 'create'],
			}).toJwt();
			const client = await connectNodeClient(skylark.url, 'sdk-join', { token });

			try {
				const joined = await client.join('sdk-join', { displayName: 'carol' });

				assert.equal(joined.role, 'participant');
				assert.deepEqual(joined.grants, {
					canPublish: true,
					canSubscribe: true,
					canPublishData: false,
				});
			} finally {
				client.close();
			}

			const options = { identity: 'x', room: 'r' };

			assert.throws(() => new AccessToken('short', options), /AUTH_SECRET \(at least 32 characters\)/);
			assert.throws(
				() => new AccessToken(TEST_AUTH_SECRET, { ...options, room: '../etc' }),
				/room must be 1–128 characters/
			);
			assert.throws(
				() => new AccessToken(TEST_AUTH_SECRET, { ...options, grants: ['publish', 'fly'] as never }),
				/unknown grant "fly"; known grants: publish, subscribe, data, admin, create/
			);
			assert.throws(
				() => new AccessToken(TEST_AUTH_SECRET, { ...options, ttl: '1 week' }),
				/ttl must look like/
			);
		});
	});

	describe('AdminClient', () => {
		it('covers every operation of /api/openapi.json, and calls nothing else', async () => {
			const document = (await (await fetch(`${skylark.url}/api/openapi.json`)).json()) as {
				paths: Record<string, Record<string, unknown>>;
			};
			const described = Object.entries(document.paths).flatMap(([template, operations]) =>
				Object.keys(operations)
					.filter((key) => key !== 'parameters')
					.map((method) => `${method.toUpperCase()} ${template}`)
			);

			assert.deepEqual([...ADMIN_OPERATIONS].sort(), described.sort());
		});

		it('operates rooms, peers, tokens, ingest, recordings, the node and the cluster', async () => {
			const room = 'sdk-admin';
			const { token, expiresIn } = await admin.createToken({
				room,
				identity: 'dave',
				grants: ['publish', 'subscribe', 'create'],
				ttlSeconds: 600,
			});

			assert.equal(expiresIn, 600);
			assert.equal((await new TokenVerifier(TEST_AUTH_SECRET).verify(token)).identity, 'dave');

			const client = await connectNodeClient(skylark.url, room, { token });

			try {
				const { peerId } = await client.join(room, { displayName: 'Dave' });
				const publication = await client.publish(audioTrack());
				const summary = (await admin.listRooms()).find((r) => r.id === room);

				assert.equal(summary?.peers, 1);
				assert.equal(summary?.node, (await admin.getCluster()).node);

				const detail = await admin.getRoom(room);

				assert.deepEqual(
					detail.peers.map((p) => [p.id, p.displayName, p.producers.length]),
					[[peerId, 'Dave', 1]]
				);
				assert.deepEqual((await admin.peerTransports(room, peerId)).map((t) => t.direction).sort(), [
					'recv',
					'send',
				]);

				await admin.muteProducer(room, publication.producer.id);
				assert.equal((await admin.getRoom(room)).peers[0].producers[0].paused, true);

				const ingest = await admin.createIngest(room, { name: 'studio', audio: 'opus' });

				assert.equal(ingest.tracks[0].kind, 'audio');
				assert.match(ingest.ffmpeg, /^ffmpeg /);
				assert.deepEqual(await admin.listRecordings(room), []);
				await assert.rejects(
					admin.startRecording(room, { peerId: 'no-such-peer' }),
					(e: AdminApiError) => {
						assert.equal(e.status, 404);
						assert.match(e.message, /^POST \/rooms\/\{roomId\}\/recordings: 404 .*no-such-peer/);

						return true;
					}
				);
				await assert.rejects(admin.getRecording(room, 'nope'), { status: 404 });
				await assert.rejects(admin.stopRecording(room, 'nope'), { status: 404 });

				// An audio-only room composed to a file: started, listed, stopped with the file written.
				const egress = await admin.startEgress(room, {
					kind: 'file',
					format: 'mkv',
					resolution: '320x180',
				});

				assert.equal(egress.state, 'active');
				assert.deepEqual(
					(await admin.listEgress(room)).map((e) => e.id),
					[egress.id]
				);
				assert.equal((await admin.getEgress(room, egress.id)).outputs[0]!.type, 'file');
				const stopped = await admin.stopEgress(room, egress.id);

				assert.equal(stopped.state, 'ended');
				assert.ok(fs.statSync(stopped.outputs[0]!.target).size > 1000, JSON.stringify(stopped));
				await assert.rejects(admin.startEgress(room, { kind: 'rtmp', url: 'http://x' }), {
					status: 400,
				});
				await admin.deleteIngest(room, ingest.peerId);
				await admin.removePeer(room, peerId);
				assert.equal((await admin.getRoom(room)).peers.length, 0);
			} finally {
				client.close();
			}

			await admin.closeRoom(room);
			await assert.rejects(admin.getRoom(room), (e: AdminApiError) => e.status === 404);

			const node = await admin.getNode();

			assert.equal(node.pid, process.pid);
			assert.equal(node.workers.length, 1);
			assert.equal((await admin.getCluster()).clustered, false);
		});

		it('says what is wrong: a wrong key, a node without the admin API, an unreachable node', async () => {
			await assert.rejects(
				new AdminClient(skylark.url, { apiKey: 'wrong-key-0123456789' }).listRooms(),
				/GET \/rooms: 401 missing or wrong admin API key/
			);

			const bare = await startTestServer();

			try {
				await assert.rejects(
					new AdminClient(bare.url, { apiKey: ADMIN_KEY }).getNode(),
					/404 not found \(is ADMIN_API_KEY set on the node\?/
				);
			} finally {
				await bare.close();
			}

			await assert.rejects(
				new AdminClient(bare.url, { apiKey: ADMIN_KEY }).listRooms(),
				/GET \/rooms: 0 cannot reach http:\/\/127\.0\.0\.1:\d+ \(.*ECONNREFUSED/
			);
			assert.throws(() => new AdminClient('127.0.0.1:3000', { apiKey: 'k' }), /not a URL/);
			assert.throws(() => new AdminClient('localhost:3000', { apiKey: 'k' }), /served over http\(s\)/);
			await assert.rejects(admin.getRoom(''), /roomId is required/);
		});
	});

	describe('WebhookReceiver', () => {
		it("verifies the live server's events and types them", async () => {
			const client = await connectNodeClient(skylark.url, 'sdk-hooks');

			await client.join('sdk-hooks', { displayName: 'Erin' });
			client.close();

			const left = await until(
				() =>
					receiver.events.find((e) => e.event === 'participant.left' && e.room.id === 'sdk-hooks'),
				10_000,
				'participant.left webhook'
			);

			// Narrowed by `event`: participant is typed.
			assert.equal(left.event === 'participant.left' && left.participant.name, 'Erin');
			assert.ok(receiver.events.some((e) => e.event === 'room.started' && e.room.id === 'sdk-hooks'));
			assert.deepEqual(receiver.rejected, []);
		});

		it('refuses unsigned, tampered, foreign and replayed deliveries', () => {
			const body = JSON.stringify({ id: 'e1', event: 'room.started', createdAt: 1, room: { id: 'r' } });
			const now = Date.now();
			const sign = (secret: string, t: number, text = body) =>
				`t=${t},v1=${createHmac('sha256', secret).update(`${t}.${text}`).digest('hex')}`;
			const receiverNow = new WebhookReceiver(WEBHOOK_SECRET, { now: () => now });

			assert.equal(receiverNow.receive(body, sign(WEBHOOK_SECRET, now)).event, 'room.started');

			const refused = (header: string | undefined, text = body) =>
				assert.throws(() => receiverNow.receive(text, header), WebhookVerificationError);

			refused(undefined);
			refused('v1=abc');
			refused(sign(WEBHOOK_SECRET, now), body.replace('"r"', '"s"'));
			refused(sign('another-secret-0123456789', now));
			refused(sign(WEBHOOK_SECRET, now - 10 * 60_000));
			assert.throws(
				() => receiverNow.receive('not json', sign(WEBHOOK_SECRET, now, 'not json')),
				/the body is not JSON/
			);
		});
	});
});
