/**
 * Mocha root hooks for every test file. Workers a test creates are closed
 * after that test; workers a suite creates in `before` must be closed by its
 * `after`. After each test no mediasoup-worker process may run that does not
 * belong to a worker still open, and after the whole run none may run at all.
 */
import * as assert from 'node:assert/strict';
import * as mediasoup from 'mediasoup';
import { closeWorkerProcess } from '../../server/src/media/WorkerPool.js';
import { childProcesses } from '../helpers/processes.js';

const openWorkers = new Set<mediasoup.types.Worker>();
let openBeforeTest = new Set<mediasoup.types.Worker>();

mediasoup.observer.on('newworker', (worker) => {
	openWorkers.add(worker);
	worker.on('subprocessclose', () => openWorkers.delete(worker));
});

function orphanWorkerProcesses(): number[] {
	const owned = new Set([...openWorkers].map((w) => w.pid));

	return childProcesses('mediasoup-worker').filter((pid) => !owned.has(pid));
}

export const mochaHooks = {
	beforeEach() {
		openBeforeTest = new Set(openWorkers);
	},

	async afterEach() {
		await Promise.all([...openWorkers].filter((w) => !openBeforeTest.has(w)).map(closeWorkerProcess));

		const orphans = orphanWorkerProcesses();

		assert.deepEqual(
			orphans,
			[],
			`mediasoup-worker processes outlived their worker: ${orphans.join(', ')}`
		);
	},

	afterAll() {
		const left = childProcesses('mediasoup-worker');

		assert.deepEqual(
			left,
			[],
			`mediasoup-worker processes still running after all tests: ${left.join(', ')}`
		);
	},
};
