import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleSize } from '../../client-sdk/bundleSize.js';
import { run } from '../../server/worker-build/exec.js';

const SDK = new URL('../../client-sdk/', import.meta.url).pathname;
/**
 * The budget of each SDK bundle, minified: 486 kB before the lean codec, 289 kB
 * after it; screen share, devices, adaptive stream, dynacast, connection
 * quality and end-to-end encryption then added 12 kB.
 */
const MAX_MINIFIED_BYTES = 320_000;

describe('client SDK build (npm run build:sdk)', function () {
	this.timeout(120_000);

	it(`keeps each bundle within ${MAX_MINIFIED_BYTES / 1000} kB minified`, () => {
		for (const file of ['skylark.esm.js', 'skylark.js']) {
			const size = bundleSize(path.join(SDK, 'dist', file));

			assert.ok(size.minifiedBytes <= MAX_MINIFIED_BYTES, `${file}: ${size.minifiedBytes} bytes`);
			assert.ok(
				size.gzippedBytes < size.minifiedBytes / 3,
				`${file}: ${size.gzippedBytes} bytes gzipped`
			);
		}
	});

	it('generates API docs from the source with TypeDoc', async () => {
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-docs-'));

		try {
			const typedoc = path.join(SDK, '..', 'node_modules', '.bin', 'typedoc');
			const result = await run(typedoc, ['--options', 'typedoc.json', '--out', out], {
				cwd: SDK,
				timeoutMs: 100_000,
			});

			assert.equal(result.code, 0, result.stdout + result.stderr);

			const index = fs.readFileSync(path.join(out, 'index.html'), 'utf8');

			assert.match(index, /@skylark\/client/);
			assert.ok(fs.existsSync(path.join(out, 'functions', 'connect.html')));

			const client = fs.readFileSync(path.join(out, 'classes', 'SkylarkClient.html'), 'utf8');

			for (const method of ['join', 'publish', 'subscribe', 'leave', 'diagnose']) {
				assert.match(client, new RegExp(`id="${method.toLowerCase()}"`), method);
			}
		} finally {
			fs.rmSync(out, { recursive: true, force: true });
		}
	});
});
