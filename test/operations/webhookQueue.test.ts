/** The webhook queue: a receiver that does not answer holds up neither joins nor media, and costs bounded memory. */
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Skylark } from '../../server/src/Skylark.js';
import { nextEvent } from '../helpers/clientEvents.js';
import { startTestServer } from '../helpers/server.js';
import { audioTrack, connectNodeClient, receivedPackets, sendAudio } from '../helpers/weriftPeer.js';
import { until, within } from '../helpers/within.js';

const SECRET = 'webhook-queue-secret-0123';
/** Events Skylark keeps queued for one URL (Skylark.ts). */
const MAX_QUEUE = 10_000;

/** A receiver that holds every request open, unanswered, until release(); then answers all at once. */
async function startStalledReceiver() {
	const received: { event: string; n?: number }[] = [];
	const held: http.ServerResponse[] = [];
	let stalled = true;
	const server = http.createServer((req, res) => {
		let raw = '';

		req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
		req.on('end', () => {
			received.push(JSON.parse(raw) as { event: string; n?: number });

			if (stalled) {
				held.push(res);
			} else {
				res.writeHead(204).end();
			}
		});
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
		received,
		/** Requests arrived and left unanswered. */
		get held() {
			return held.length;
		},
		release() {
			stalled = false;
			held.splice(0).forEach((res) => res.writeHead(204).end());
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

describe('the webhook queue', function () {
	this.timeout(120_000);

	let hooks: Awaited<ReturnType<typeof startStalledReceiver>>;
	let server: Skylark;

	beforeEach(async () => {
		hooks = await startStalledReceiver();
		server = await startTestServer({ WEBHOOK_URLS: hooks.url, WEBHOOK_SECRET: SECRET });
	});

	afterEach(async () => {
		hooks.release();
		await server.close();
		await hooks.close();
	});

	it('never delays a join or a packet while the receiver does not answer', async () => {
		const joinTimes: number[] = [];
		const alice = await connectNodeClient(server.url, 'stalled');
		const bob = await connectNodeClient(server.url, 'stalled');

		try {
			for (const [client, name] of [
				[alice, 'alice'],
				[bob, 'bob'],
			] as const) {
				const started = performance.now();

				await client.join('stalled', { displayName: name });
				joinTimes.push(performance.now() - started);

				if (name === 'alice') {
					// room.started is out, and its receiver has not answered.
					await until(() => hooks.held > 0, 5000, 'the first webhook reaching the receiver');
				}
			}

			const subscribed = nextEvent(bob, 'trackSubscribed');
			const sender = sendAudio(await alice.publish(audioTrack()));

			try {
				const [track] = await within(subscribed, 5000, 'bob subscribing to alice');

				assert.equal(await receivedPackets(track, 25), 25);
			} finally {
				sender.stop();
			}

			process.stdout.write(
				`      joins took ${joinTimes.map((t) => t.toFixed(0)).join(' / ')} ms; ` +
					`the receiver held ${hooks.held} request(s) unanswered meanwhile\n`
			);
			// Were a join to wait for its webhook, it would take the delivery timeout (5 s) at least.
			assert.ok(Math.max(...joinTimes) < 2000, `joins took ${joinTimes} ms`);
			assert.equal(hooks.received[0].event, 'room.started');
			assert.ok(hooks.held > 0, 'the receiver still answered nothing');
		} finally {
			alice.close();
			bob.close();
		}
	});

	it(`keeps at most ${MAX_QUEUE} events for a receiver that does not answer, dropping the oldest`, async () => {
		const extra = 50;

		// The first event goes out at once and hangs: the queue behind it only grows.
		server.webhooks.emit('test.event', { n: 0 });
		await until(() => hooks.held === 1, 5000, 'the first event reaching the receiver');

		for (let n = 1; n <= MAX_QUEUE + extra; n++) {
			server.webhooks.emit('test.event', { n });
		}

		const started = performance.now();

		hooks.release();
		await until(
			() => hooks.received.at(-1)?.n === MAX_QUEUE + extra,
			60_000,
			() => `the newest event delivered (${hooks.received.length} so far)`
		);

		const delivered = hooks.received.map((e) => e.n);
		const expected = [0, ...Array.from({ length: MAX_QUEUE }, (_, i) => extra + 1 + i)];

		process.stdout.write(
			`      ${delivered.length} events delivered in ${Math.round(performance.now() - started)} ms once the receiver answered\n`
		);
		assert.equal(delivered.length, expected.length);
		assert.deepEqual(delivered, expected, 'the oldest queued events were the ones dropped, in order');
	});
});
