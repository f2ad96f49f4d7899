import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

/** `npm run soak -- --minutes 3`, as a user runs it: the soak checks itself and exits 1 on a problem. */
describe('soak (3 minutes of mixed load)', function () {
	this.timeout(8 * 60_000);

	it('no memory, descriptor, mediasoup-object or map growth after warm-up, and nothing left after', async () => {
		const child = spawn(process.execPath, ['server/src/cli/skylark.mjs', 'soak', '--minutes', '3'], {
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let out = '';

		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));

		const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

		process.stdout.write(out.replace(/^/gm, '      '));
		assert.equal(code, 0, out);
		// The series: a header, its rule, minutes 0 to 3 and the reading after the load.
		assert.equal(out.split('\n').filter((line) => line.startsWith('|')).length, 7, out);
		assert.match(out, /killed worker \d+/);
		assert.match(out, /recording stopped \(finished\)/);
	});
});
