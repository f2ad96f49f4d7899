import * as assert from 'node:assert/strict';
import type { Skylark } from '../../server/src/Skylark.js';
import { childProcesses } from '../helpers/processes.js';
import { startTestServer } from '../helpers/server.js';

const ADMIN_API_KEY = 'health-test-admin-key-0123456789';

describe('HTTP health endpoints', () => {
	let skylark: Skylark;

	before(async () => {
		skylark = await startTestServer({ NUM_WORKERS: '2', ADMIN_API_KEY });
	});

	after(async () => {
		await skylark.close();
	});

	it('GET /healthz answers liveness and nothing more (no pids, no load)', async () => {
		const res = await fetch(`${skylark.url}/healthz`);

		assert.equal(res.status, 200);
		assert.deepEqual(await res.json(), { status: 'ok' });
	});

	it('GET /readyz is 200 while workers run, and says only whether the node is ready or draining', async () => {
		const res = await fetch(`${skylark.url}/readyz`);

		assert.equal(res.status, 200);
		assert.deepEqual(await res.json(), { ready: true, draining: false });
	});

	it('GET /node (admin key) reports every worker with its pid, load and port', async () => {
		assert.equal((await fetch(`${skylark.url}/node`)).status, 401);

		const res = await fetch(`${skylark.url}/node`, {
			headers: { authorization: `Bearer ${ADMIN_API_KEY}` },
		});
		const body = (await res.json()) as {
			pid: number;
			node: string;
			workers: { pid: number; alive: boolean; webRtcServerPort: number }[];
		};

		assert.equal(res.status, 200);
		assert.equal(body.pid, process.pid);
		assert.equal(body.node, process.version);
		assert.equal(body.workers.length, 2);
		assert.deepEqual(body.workers.map((w) => w.pid).sort(), childProcesses('mediasoup-worker').sort());
		assert.ok(body.workers.every((w) => w.alive));
		assert.equal(body.workers[1].webRtcServerPort, body.workers[0].webRtcServerPort + 1);
	});
});
