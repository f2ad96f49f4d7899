import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { SkylarkError } from '../../client-sdk/src/index.js';
import { type SkylarkClient } from '../../client-sdk/src/index.js';
import { freePortRange } from '../helpers/ports.js';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';
import { connectNodeClient } from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

const MAIN = new URL('../../server/src/main.ts', import.meta.url).pathname;

interface Node {
	child: ChildProcess;
	url: string;
	workerPids: number[];
	exited: Promise<number | null>;
}

/** Starts `npm start`'s entry point as its own process, the way pm2 or systemd would. */
async function startNode(env: Record<string, string> = {}): Promise<Node> {
	const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
		env: {
			...process.env,
			PORT: '0',
			LISTEN_IP: '127.0.0.1',
			RTC_PORT: String(await freePortRange(1)),
			NUM_WORKERS: '1',
			AUTH_SECRET: TEST_AUTH_SECRET,
			LOG_LEVEL: 'info',
			...env,
		},
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const exited = once(child, 'exit').then(([code]) => code as number | null);
	let port = 0;

	for await (const line of createInterface({ input: child.stdout! })) {
		const log = JSON.parse(line) as { message: string; port?: number };

		if (log.message === 'Skylark listening') {
			port = log.port!;
			break;
		}
	}

	child.stdout!.resume();

	const url = `http://127.0.0.1:${port}`;
	const health = (await (await fetch(`${url}/healthz`)).json()) as { workers: { pid: number }[] };

	return { child, url, workerPids: health.workers.map((w) => w.pid), exited };
}

/** Resolves when none of the processes runs any more (they were told to exit), or fails after timeoutMs. */
async function allGone(pids: number[], timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;

	while (pids.some(isRunning)) {
		assert.ok(Date.now() < deadline, `still running: ${pids.filter(isRunning).join(', ')}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);

		return true;
	} catch {
		return false;
	}
}

describe('graceful shutdown (SIGTERM)', function () {
	this.timeout(60_000);

	let clients: SkylarkClient[] = [];

	afterEach(() => {
		clients.forEach((c) => c.close());
		clients = [];
	});

	async function client(url: string, room: string): Promise<SkylarkClient> {
		const c = await connectNodeClient(url, room);

		clients.push(c);

		return c;
	}

	it('drains: stops joins, tells clients, exits once rooms empty, leaving no worker behind', async () => {
		const node = await startNode({ DRAIN_TIMEOUT_MS: '20000' });
		const alice = await client(node.url, 'drain');

		await alice.join('drain', { displayName: 'alice' });

		const draining = new Promise<Date>((resolve) => alice.once('serverDraining', resolve));

		node.child.kill('SIGTERM');

		const deadline = await within(draining, 5000, 'serverDraining');

		assert.ok(deadline.getTime() > Date.now() + 10_000, 'the deadline is the drain timeout away');

		const ready = await fetch(`${node.url}/readyz`);

		assert.equal(ready.status, 503);
		assert.equal(((await ready.json()) as { draining: boolean }).draining, true);

		const latecomer = await client(node.url, 'drain');

		await assert.rejects(
			latecomer.join('drain', { displayName: 'late' }),
			(error: SkylarkError) => error.code === 'UNAVAILABLE'
		);
		assert.ok(node.workerPids.every(isRunning), 'workers keep serving the room meanwhile');

		const leftAt = Date.now();

		await alice.leave();
		assert.equal(await within(node.exited, 10_000, 'exit after the room emptied'), 0);
		assert.ok(Date.now() - leftAt < 10_000);
		assert.deepEqual(node.workerPids.filter(isRunning), [], 'no mediasoup-worker outlives the server');
	});

	it('exits at once on a second SIGTERM, even with peers still in', async () => {
		const node = await startNode({ DRAIN_TIMEOUT_MS: '60000' });
		const alice = await client(node.url, 'hurry');

		await alice.join('hurry', { displayName: 'alice' });

		const draining = new Promise<Date>((resolve) => alice.once('serverDraining', resolve));

		node.child.kill('SIGTERM');
		await within(draining, 5000, 'serverDraining');
		node.child.kill('SIGTERM');

		assert.equal(await within(node.exited, 10_000, 'exit on the second signal'), 1);
		// The server killed its workers as it left.
		await allGone(node.workerPids, 2000);
	});
});
