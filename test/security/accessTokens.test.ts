import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import type { SkylarkError } from '../../client-sdk/src/index.js';
import { connect } from '../../client-sdk/src/index.js';
import { skylark } from '../../protos/index.js';
import { ALL_GRANTS } from '../../server/src/auth/grants.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { run } from '../../server/worker-build/exec.js';
import { refusal } from '../helpers/clientEvents.js';
import { startTestServer } from '../helpers/server.js';
import { TEST_AUTH_SECRET, testToken } from '../helpers/tokens.js';
import { audioTrack, connectNodeClient } from '../helpers/weriftPeer.js';

/** What exists in mediasoup: refused requests must leave these unchanged. */
async function mediasoupState(server: Skylark) {
	const worker = server.pool.workers[0];
	const dump = await worker.worker.dump();

	return {
		routers: dump.routerIds.length,
		transports: worker.load.transports,
		producers: worker.load.producers,
	};
}

function channel(url: string, token?: string): SignalingChannel {
	return new SignalingChannel(url, { requestTimeoutMs: 5000, token, socket: { reconnection: false } });
}

describe('access tokens', () => {
	let server: Skylark;
	const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-keys-'));
	let edPrivateKey: CryptoKey;

	before(async () => {
		const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });

		edPrivateKey = privateKey;
		fs.writeFileSync(
			path.join(keysDir, 'jwks.json'),
			JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), alg: 'EdDSA' }] })
		);
		server = await startTestServer({
			DEV_MODE: 'false',
			ADMIN_API_KEY: 'test-admin-key-0123456789',
			AUTH_PUBLIC_KEYS_FILE: path.join(keysDir, 'jwks.json'),
		});
	});

	after(async () => {
		await server.close();
		fs.rmSync(keysDir, { recursive: true, force: true });
	});

	it('refuses the handshake without a token, with an expired token, or with a bad signature', async () => {
		const before = await mediasoupState(server);
		const expired = await testToken('room-a', { ttlSeconds: -10 });
		const forged = await testToken('room-a', { secret: 'someone-elses-secret-0123456789abcdef' });

		for (const [token, reason] of [
			[undefined, /no access token/],
			['not.a.jwt', /malformed access token/],
			[expired, /expired/],
			[forged, /signature is invalid/],
		] as const) {
			const ch = channel(server.url, token);

			try {
				await assert.rejects(
					ch.waitConnected(),
					(error: SkylarkError) => error.code === 'UNAUTHENTICATED' && reason.test(error.message)
				);
			} finally {
				ch.close();
			}
		}

		assert.deepEqual(await mediasoupState(server), before);
	});

	it('refuses a token for another room, and creating rooms without roomCreate', async () => {
		const before = await mediasoupState(server);
		const elsewhere = channel(server.url, await testToken('room-b'));
		const noCreate = channel(server.url, await testToken('room-c', { grants: { roomCreate: false } }));

		try {
			await elsewhere.waitConnected();
			assert.equal(
				await refusal(elsewhere.request('join', { roomId: 'room-a', displayName: 'x' })),
				'FORBIDDEN'
			);
			await noCreate.waitConnected();
			assert.equal(
				await refusal(noCreate.request('join', { roomId: 'room-c', displayName: 'x' })),
				'FORBIDDEN'
			);
			assert.deepEqual(await mediasoupState(server), before);
		} finally {
			elsewhere.close();
			noCreate.close();
		}
	});

	it('makes a token without canPublish a viewer that cannot publish', async () => {
		const host = await connectNodeClient(server.url, 'room-d');
		const reader = await connectNodeClient(server.url, 'room-d', {
			token: await testToken('room-d', { grants: { canPublish: false, canPublishData: false } }),
		});
		const raw = channel(server.url, await testToken('room-d', { grants: { canPublish: false } }));

		try {
			await host.join('room-d', { displayName: 'host' });

			const joined = await reader.join('room-d', { displayName: 'reader', role: 'participant' });

			assert.equal(joined.role, 'viewer');
			assert.deepEqual(joined.grants, { canPublish: false, canSubscribe: true, canPublishData: false });
			assert.equal(await refusal(reader.publish(audioTrack())), 'INVALID_STATE');

			await raw.waitConnected();
			await raw.request('join', { roomId: 'room-d', displayName: 'raw' });

			const before = await mediasoupState(server);

			assert.equal(
				await refusal(raw.request('createTransport', { direction: skylark.v1.Direction.SEND })),
				'FORBIDDEN'
			);
			assert.equal(
				await refusal(raw.request('produce', { transportId: 'x', kind: 'audio' })),
				'FORBIDDEN'
			);
			assert.deepEqual(await mediasoupState(server), before);
		} finally {
			host.close();
			reader.close();
			raw.close();
		}
	});

	it('accepts EdDSA tokens signed by a key from AUTH_PUBLIC_KEYS_FILE', async () => {
		const token = await new SignJWT({ room: 'room-e', name: 'Ed', grants: ALL_GRANTS })
			.setProtectedHeader({ alg: 'EdDSA' })
			.setSubject('ed')
			.setIssuer('https://id.example.com')
			.setExpirationTime('10m')
			.sign(edPrivateKey);
		const client = await connect(server.url, { handlerName: 'Chrome111', token });

		try {
			const joined = await client.join('room-e', { displayName: 'ignored' });

			assert.ok(joined.peerId);
			assert.equal(server.rooms.get('room-e')!.peers.get(joined.peerId)!.displayName, 'Ed');
		} finally {
			client.close();
		}
	});

	it('mints tokens with `npm run token` and POST /tokens (admin key required)', async () => {
		const cli = await run(
			process.execPath,
			[
				'--import',
				'tsx',
				'server/src/cli/token.ts',
				'--room',
				'room-f',
				'--identity',
				'cli',
				'--grants',
				'subscribe',
				'--ttl',
				'5m',
			],
			{ env: { ...process.env, AUTH_SECRET: TEST_AUTH_SECRET }, timeoutMs: 20_000 }
		);

		assert.equal(cli.code, 0, cli.stderr);

		const post = (key?: string) =>
			fetch(`${server.url}/tokens`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					...(key ? { authorization: `Bearer ${key}` } : {}),
				},
				body: JSON.stringify({
					room: 'room-f',
					identity: 'api',
					grants: ['publish', 'subscribe', 'create'],
				}),
			});

		assert.equal((await post()).status, 401);
		assert.equal((await post('wrong-key-0123456789')).status, 401);

		const minted = await post('test-admin-key-0123456789');

		assert.equal(minted.status, 200);

		const { token } = (await minted.json()) as { token: string };
		const cliToken = cli.stdout.trim();
		// Read back with the server's secret, independently of the server's own verifier.
		const claims = async (t: string) =>
			(await jwtVerify(t, new TextEncoder().encode(TEST_AUTH_SECRET), { issuer: 'skylark' })).payload;
		const [api, fromCli] = [await claims(token), await claims(cliToken)];

		assert.deepEqual(
			{ sub: api.sub, room: api.room, grants: api.grants },
			{
				sub: 'api',
				room: 'room-f',
				grants: {
					canPublish: true,
					canSubscribe: true,
					canPublishData: false,
					roomAdmin: false,
					roomCreate: true,
				},
			}
		);
		assert.deepEqual(
			{
				sub: fromCli.sub,
				room: fromCli.room,
				grants: fromCli.grants,
				ttl: fromCli.exp! - fromCli.iat!,
			},
			{
				sub: 'cli',
				room: 'room-f',
				grants: {
					canPublish: false,
					canSubscribe: true,
					canPublishData: false,
					roomAdmin: false,
					roomCreate: false,
				},
				ttl: 300,
			}
		);

		// The server takes both, and holds the CLI's token to its single grant.
		const creator = channel(server.url, token);
		const subscriber = channel(server.url, cliToken);

		try {
			await creator.waitConnected();
			await creator.request('join', { roomId: 'room-f', displayName: 'api' });
			await subscriber.waitConnected();

			const joined = await subscriber.request('join', { roomId: 'room-f', displayName: 'cli' });

			assert.equal(joined.join?.role, skylark.v1.Role.VIEWER);
			assert.equal(joined.join?.grants?.canPublish, false);
			assert.equal(joined.join?.grants?.canSubscribe, true);
			assert.ok(
				(await subscriber.request('createTransport', { direction: skylark.v1.Direction.RECV }))
					.transport?.transportId,
				'a subscribe-only token gets a receive transport'
			);

			const before = await mediasoupState(server);

			assert.equal(
				await refusal(
					subscriber.request('createTransport', { direction: skylark.v1.Direction.SEND })
				),
				'FORBIDDEN'
			);
			assert.equal(
				await refusal(subscriber.request('produce', { transportId: 'x', kind: 'audio' })),
				'FORBIDDEN'
			);
			assert.equal(
				await refusal(
					subscriber.request('produceData', {
						transportId: 'x',
						sctpStreamParameters: { streamId: 1, ordered: true },
						label: 'chat',
						protocol: '',
					})
				),
				'FORBIDDEN'
			);
			assert.deepEqual(await mediasoupState(server), before);
		} finally {
			creator.close();
			subscriber.close();
		}

		assert.equal(
			(await fetch(`${server.url}/dev/token?room=room-f`)).status,
			404,
			'no dev tokens without DEV_MODE'
		);
	});
});

describe('admin API without ADMIN_API_KEY', () => {
	it('does not exist (404)', async () => {
		const server = await startTestServer({ DEV_MODE: 'false' });

		try {
			const response = await fetch(`${server.url}/tokens`, {
				method: 'POST',
				headers: { authorization: 'Bearer x' },
			});

			assert.equal(response.status, 404);
		} finally {
			await server.close();
		}
	});
});
