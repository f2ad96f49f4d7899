import * as assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { audioTrack, connectNodeClient } from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

const SECRET = 'webhook-secret-0123456789';

interface Received {
	event: string;
	body: {
		id: string;
		event: string;
		room?: { id: string };
		participant?: { name: string };
		track?: { kind: string };
	};
	signatureValid: boolean;
}

/** A local receiver that refuses the very first delivery (to exercise retries) and checks every signature. */
async function receiver() {
	const received: Received[] = [];
	let attempts = 0;
	const waiters: { count: number; resolve: () => void }[] = [];
	const server = http.createServer((req, res) => {
		let raw = '';

		req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
		req.on('end', () => {
			if (++attempts === 1) {
				res.writeHead(500).end();

				return;
			}

			const header = String(req.headers['x-skylark-signature'] ?? '');
			const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
			const expected = createHmac('sha256', SECRET).update(`${t}.${raw}`).digest();
			const signatureValid = v1 !== undefined && timingSafeEqual(Buffer.from(v1, 'hex'), expected);

			received.push({
				event: String(req.headers['x-skylark-event']),
				body: JSON.parse(raw),
				signatureValid,
			});
			res.writeHead(204).end();
			waiters.filter((w) => received.length >= w.count).forEach((w) => w.resolve());
		});
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
		received,
		attempts: () => attempts,
		until: (count: number) =>
			within(
				new Promise<void>((resolve) => waiters.push({ count, resolve })),
				20_000,
				`${count} webhooks`
			),
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

describe('webhooks', function () {
	this.timeout(60_000);

	it('delivers signed events in order, retrying a failed delivery without blocking anything', async () => {
		const hooks = await receiver();
		let server: Skylark | undefined;

		try {
			server = await startTestServer({
				WEBHOOK_URLS: hooks.url,
				WEBHOOK_SECRET: SECRET,
				ROOM_EMPTY_GRACE_MS: '50',
			});

			const alice = await connectNodeClient(server.url, 'hooks');

			await alice.join('hooks', { displayName: 'alice' });

			const publication = await alice.publish(audioTrack());

			await alice.unpublish(publication);
			await alice.leave();
			alice.close();
			await hooks.until(6);

			const victim = server.pool.workers[0].worker.pid;

			process.kill(victim, 'SIGKILL');
			await hooks.until(7);

			assert.deepEqual(
				hooks.received.map((r) => r.event),
				[
					'room.started',
					'participant.joined',
					'track.published',
					'track.unpublished',
					'participant.left',
					'room.finished',
					'worker.died',
				]
			);
			assert.ok(
				hooks.received.every((r) => r.signatureValid),
				'every signature checks out'
			);
			assert.ok(hooks.received.every((r) => r.body.event === r.event));
			assert.equal(new Set(hooks.received.map((r) => r.body.id)).size, 7, 'one delivery id per event');
			assert.equal(hooks.attempts(), 8, 'the refused first delivery was retried once');
			assert.equal(hooks.received[1].body.participant?.name, 'alice');
			assert.equal(hooks.received[2].body.track?.kind, 'audio');
			assert.equal(hooks.received[5].body.room?.id, 'hooks');
		} finally {
			await server?.close();
			await hooks.close();
		}
	});

	it('refuses WEBHOOK_URLS without WEBHOOK_SECRET at start-up', async () => {
		await assert.rejects(
			startTestServer({ WEBHOOK_URLS: 'http://127.0.0.1:9/hooks' }),
			/WEBHOOK_SECRET: required/
		);
	});
});
