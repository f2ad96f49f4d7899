import * as assert from 'node:assert/strict';
import type { Skylark } from '../../server/src/Skylark.js';
import { childProcesses } from '../helpers/processes.js';
import { startTestServer } from '../helpers/server.js';

describe('HTTP health endpoints', () => {
	let skylark: Skylark;

	before(async () => {
		skylark = await startTestServer({ NUM_WORKERS: '2' });
	});

	after(async () => {
		await skylark.close();
	});

	it('GET /healthz reports every worker with its pid and load', async () => {
		const res = await fetch(`${skylark.url}/healthz`);
		const body = (await res.json()) as {
			status: string;
			workers: { pid: number; alive: boolean; webRtcServerPort: number }[];
		};

		assert.equal(res.status, 200);
		assert.equal(body.status, 'ok');
		assert.equal(body.workers.length, 2);
		assert.deepEqual(body.workers.map((w) => w.pid).sort(), childProcesses('mediasoup-worker').sort());
		assert.ok(body.workers.every((w) => w.alive));
		assert.equal(body.workers[1].webRtcServerPort, body.workers[0].webRtcServerPort + 1);
	});

	it('GET /readyz is 200 while workers run', async () => {
		const res = await fetch(`${skylark.url}/readyz`);

		assert.equal(res.status, 200);
		assert.deepEqual(await res.json(), {
			ready: true,
			draining: false,
			workersAlive: 2,
			workersTotal: 2,
		});
	});
});
