import * as assert from 'node:assert/strict';
import type { SkylarkError } from '../../client-sdk/src/index.js';
import { type SkylarkClient } from '../../client-sdk/src/index.js';
import { startSkylarkProcess, type SkylarkProcess } from '../helpers/skylarkProcess.js';
import { connectNodeClient } from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

interface Node extends SkylarkProcess {
	workerPids: number[];
}

const ADMIN_API_KEY = 'shutdown-test-admin-key-0123456789';

async function startNode(env: Record<string, string> = {}): Promise<Node> {
	const node = await startSkylarkProcess({ ADMIN_API_KEY, ...env });
	const info = (await (
		await fetch(`${node.url}/node`, { headers: { authorization: `Bearer ${ADMIN_API_KEY}` } })
	).json()) as { workers: { pid: number }[] };

	return { ...node, workerPids: info.workers.map((w) => w.pid) };
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
