import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultWorkerBinPath } from '../../server/worker-build/paths.js';
import { run } from '../../server/worker-build/exec.js';
import { checkNode } from '../../server/src/diagnostics/doctorChecks.js';
import packageJson from '../../package.json' with { type: 'json' };

const PINNED_MEDIASOUP = packageJson.dependencies.mediasoup;

const DOCTOR = new URL('../../server/src/cli/doctor.ts', import.meta.url).pathname;

function doctor(env: NodeJS.ProcessEnv = {}) {
	return run(process.execPath, ['--import', 'tsx', DOCTOR], {
		env: { ...process.env, ...env },
		timeoutMs: 30_000,
	});
}

describe('npm run doctor', () => {
	it('reports versions, the worker binary and a passing RTP self-test', async () => {
		const result = await doctor();

		assert.equal(result.code, 0, result.stdout + result.stderr);
		assert.match(result.stdout, /\[ok {2}\] Node\.js +v(2[4-9]|[3-9]\d)\.\d+\.\d+ \(\/.*node\)/);
		assert.match(
			result.stdout,
			new RegExp(`\\[ok {2}\\] mediasoup +${PINNED_MEDIASOUP.replaceAll('.', '\\.')}\n`)
		);
		assert.match(
			result.stdout,
			/worker binary +\/.*mediasoup-worker — (built offline|mediasoup's prebuilt)/
		);

		const selfTest =
			/self-test +(\d+) RTP packets sent, (\d+) in \(producer\), (\d+) out \(consumer\), (\d+) received intact/.exec(
				result.stdout
			);

		assert.ok(selfTest, result.stdout);

		const [sent, packetsIn, packetsOut, intact] = selfTest.slice(1).map(Number);

		assert.equal(sent, 100);
		assert.ok(packetsIn >= 95 && packetsOut >= 95 && intact >= 95, selfTest[0]);
	});

	it('fails on a Node.js older than 22, with the line that fixes it', () => {
		const old = checkNode('v20.20.2', '/usr/bin/node');

		assert.equal(old.status, 'fail');
		assert.match(
			old.detail,
			/Node\.js v20\.20\.2 is too old: Skylark needs 22 or newer \(24 LTS recommended\) \(\/usr\/bin\/node\)/
		);
		assert.match(old.fix ?? '', /npm ci.*node_modules\/\.bin\/node \(Node 24 LTS\)/);
		assert.equal(checkNode('v22.0.0', '/x/node').status, 'ok');
		assert.equal(checkNode('v24.22.3', '/x/node').fix, undefined);
	});

	it('warns when ICE candidates would carry a private address (works locally, fails remotely)', async () => {
		const privateListen = await doctor({ LISTEN_IP: '10.0.0.5', ANNOUNCED_ADDRESS: '' });

		assert.equal(privateListen.code, 0, 'a warning is not a failure');
		assert.match(
			privateListen.stdout,
			/\[WARN\] network +ICE candidates will carry 10\.0\.0\.5 .*private address/
		);
		assert.match(privateListen.stdout, /→ behind NAT, set ANNOUNCED_ADDRESS/);

		const announced = await doctor({ LISTEN_IP: '10.0.0.5', ANNOUNCED_ADDRESS: '203.0.113.7' });

		assert.match(
			announced.stdout,
			/\[ok {2}\] network +listening on 10\.0\.0\.5, announcing 203\.0\.113\.7/
		);
	});

	it('fails with what to do when the worker binary is corrupt', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-doctor-'));
		const corrupt = path.join(dir, 'mediasoup-worker');

		try {
			fs.writeFileSync(corrupt, fs.readFileSync(defaultWorkerBinPath()).subarray(0, 100_000), {
				mode: 0o755,
			});

			const result = await doctor({ MEDIASOUP_WORKER_BIN: corrupt });

			assert.equal(result.code, 1);
			assert.match(result.stdout, /\[FAIL\] worker binary +.*does not run as a mediasoup worker/);
			assert.match(result.stdout, /→ .*run `npm run worker:ensure`/);
			assert.doesNotMatch(result.stdout, /self-test/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
