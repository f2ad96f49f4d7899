import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import { skylark } from '../../protos/index.js';
import { loadConfig } from '../../server/src/config/loadConfig.js';
import { iceServersFor, turnCredentials } from '../../server/src/connectivity/iceServers.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { within } from '../helpers/within.js';

async function joined(url: string, room: string) {
	const channel = new SignalingChannel(url, { requestTimeoutMs: 5000, token: await testToken(room) });

	await channel.waitConnected();

	const join = (await channel.request('join', { roomId: room, displayName: 'x' })).join!;

	return { channel, join };
}

describe('ICE servers and addresses handed to clients', () => {
	it('builds TURN REST credentials the way coturn use-auth-secret checks them', () => {
		const now = Date.UTC(2026, 10, 21, 12, 0, 0);
		const { username, credential } = turnCredentials('shared-secret-123', 'peer-1', 600, now);

		assert.equal(username, `${now / 1000 + 600}:peer-1`);
		assert.equal(credential, createHmac('sha1', 'shared-secret-123').update(username).digest('base64'));
		assert.deepEqual(
			iceServersFor({ turnTtlSeconds: 600 }, 'p'),
			[],
			'no ICE servers at all is a valid setup'
		);
		assert.deepEqual(
			iceServersFor({ turnTtlSeconds: 600, stunUrls: ['stun:stun.example.com:3478'] }, 'p'),
			[{ urls: ['stun:stun.example.com:3478'] }]
		);
	});

	it('refuses a malformed TURN URL or TURN without a secret at start-up', () => {
		const base = { DEV_MODE: 'true' };

		assert.throws(
			() => loadConfig({ ...base, TURN_URLS: 'http://turn.example.com', TURN_SECRET: 'x'.repeat(16) }),
			/TURN_URLS=.*turn:host/
		);
		assert.throws(
			() => loadConfig({ ...base, TURN_URLS: 'turn:turn.example.com:3478' }),
			/TURN_SECRET: required with TURN_URLS/
		);
		assert.deepEqual(
			loadConfig({
				...base,
				TURN_URLS: 'turn:t.example.com:3478?transport=udp, turns:t.example.com:443?transport=tcp',
				TURN_SECRET: 'x'.repeat(16),
			}).TURN_URLS,
			['turn:t.example.com:3478?transport=udp', 'turns:t.example.com:443?transport=tcp']
		);
	});

	it('hands out time-limited TURN credentials at join and pushes fresh ones before they expire', async () => {
		const server = await startTestServer({
			TURN_URLS: 'turn:127.0.0.1:3478?transport=udp',
			TURN_SECRET: 'turn-test-secret-0123',
			STUN_URLS: 'stun:127.0.0.1:3478',
			TURN_TTL_SECONDS: '12',
		});
		const { channel, join } = await joined(server.url, 'turn-creds');

		try {
			const [stun, turn] = join.iceServers!;

			assert.deepEqual(stun.urls, ['stun:127.0.0.1:3478']);
			assert.equal(stun.username, null);
			assert.match(turn.username!, new RegExp(`^\\d+:${join.peerId}$`));

			const expiry = Number(turn.username!.split(':')[0]);

			assert.ok(Math.abs(expiry - (Date.now() / 1000 + 12)) < 3);
			assert.equal(
				turn.credential,
				createHmac('sha1', 'turn-test-secret-0123').update(turn.username!).digest('base64')
			);

			// Refreshed at 3/4 of the TTL: 9 s.
			const update = await within(
				new Promise<skylark.v1.IceServersUpdate>((resolve) =>
					channel.on(
						'notification',
						(n) =>
							n.iceServersUpdate && resolve(n.iceServersUpdate as skylark.v1.IceServersUpdate)
					)
				),
				15_000,
				'ICE servers update'
			);

			assert.ok(Number(update.iceServers[1].username!.split(':')[0]) > expiry);
		} finally {
			channel.close();
			await server.close();
		}
	}).timeout(30_000);

	it('puts ANNOUNCED_ADDRESS in every ICE candidate', async () => {
		// A documentation address: it is only read, nothing is ever sent to it.
		const server = await startTestServer({ ANNOUNCED_ADDRESS: '203.0.113.7' });
		const { channel } = await joined(server.url, 'nat');

		try {
			const transport = (
				await channel.request('createTransport', { direction: skylark.v1.Direction.RECV })
			).transport!;

			assert.equal(transport.iceCandidates!.length, 2);
			assert.deepEqual(transport.iceCandidates!.map((c) => `${c.protocol} ${c.address}`).sort(), [
				'tcp 203.0.113.7',
				'udp 203.0.113.7',
			]);
		} finally {
			channel.close();
			await server.close();
		}
	});
});
