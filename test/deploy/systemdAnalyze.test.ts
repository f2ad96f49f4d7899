/**
 * `systemd-analyze verify` on deploy/systemd/skylark.service. The systemd
 * package is installed by test/setup/systemPackages.ts before the tests run,
 * so a missing systemd-analyze fails this test rather than skipping it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { DEPLOY } from './deployFormats.js';

describe('deploy files', function () {
	this.timeout(60_000);

	it('systemd-analyze verify accepts the unit without warnings', () => {
		const unit = path.join(DEPLOY, 'systemd', 'skylark.service');
		const result = spawnSync('systemd-analyze', ['verify', '--man=no', unit], { encoding: 'utf8' });

		assert.ifError(result.error);

		const warnings = `${result.stdout}\n${result.stderr}`
			.split('\n')
			.filter((line) => line.includes('skylark.service'));

		assert.equal(result.status, 0, result.stderr);
		assert.deepEqual(warnings, []);
	});
});
