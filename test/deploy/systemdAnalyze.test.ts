/**
 * `systemd-analyze verify` on deploy/systemd/skylark.service. The systemd
 * package is installed by test/setup/systemPackages.ts before the tests run,
 * so a missing systemd-analyze fails this test rather than skipping it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEPLOY, ROOT } from './deployFormats.js';

/** Where the unit's install instructions put the checkout. */
const INSTALL_DIR = '/opt/skylark';

describe('deploy files', function () {
	this.timeout(60_000);

	it('systemd-analyze verify accepts the unit without warnings', () => {
		// verify checks that ExecStart's program exists: point the unit at this
		// checkout instead of /opt/skylark, as if it had been installed here.
		const text = fs.readFileSync(path.join(DEPLOY, 'systemd', 'skylark.service'), 'utf8');
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-unit-'));
		const unit = path.join(dir, 'skylark.service');

		assert.ok(text.includes(`ExecStart=${INSTALL_DIR}/`), `the unit no longer runs from ${INSTALL_DIR}`);
		fs.writeFileSync(unit, text.replaceAll(INSTALL_DIR, ROOT));

		try {
			const result = spawnSync('systemd-analyze', ['verify', '--man=no', unit], { encoding: 'utf8' });

			assert.ifError(result.error);

			const warnings = `${result.stdout}\n${result.stderr}`
				.split('\n')
				.filter((line) => line.includes('skylark.service'));

			assert.equal(result.status, 0, result.stderr);
			assert.deepEqual(warnings, []);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
