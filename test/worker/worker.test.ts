import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import * as mediasoup from 'mediasoup';
import { childProcesses } from '../helpers/processes.js';
import packageJson from '../../package.json' with { type: 'json' };

describe('mediasoup worker', () => {
	it('starts and reports the version it was given', async () => {
		const lines: string[] = [];

		// The worker process logs its version at startup; mediasoup forwards it to these listeners.
		mediasoup.setLogEventListeners({ ondebug: (namespace, log) => lines.push(`${namespace} ${log}`) });

		try {
			const worker = await mediasoup.createWorker({ logLevel: 'debug', logTags: ['info'] });

			assert.ok(worker.pid > 0);
			assert.deepEqual(childProcesses('mediasoup-worker'), [worker.pid]);
			assert.equal(mediasoup.version, packageJson.dependencies.mediasoup);

			const dump = await worker.dump();

			assert.equal(dump.pid, worker.pid);
			assert.ok(
				lines.some((line) => line.includes(`[version:${mediasoup.version}]`)),
				`no version line among ${lines.length} worker log lines`
			);
		} finally {
			mediasoup.setLogEventListeners();
		}
	});

	it('reports a worker killed with SIGKILL as died', async () => {
		const worker = await mediasoup.createWorker({ logLevel: 'error' });
		const died = once(worker, 'died') as Promise<[Error]>;

		process.kill(worker.pid, 'SIGKILL');

		const [error] = await died;

		assert.match(error.message, /SIGKILL/);
		assert.equal(worker.died, true);
		assert.equal(worker.closed, true);
		assert.equal(worker.subprocessClosed, true);
	});
});
