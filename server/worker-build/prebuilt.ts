import * as path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { run } from './exec.js';
import { mediasoupPackageDir } from './paths.js';

/**
 * Runs mediasoup's own postinstall, unchanged, to fetch its prebuilt worker
 * from GitHub releases. Its fallback (a meson build whose dependencies come
 * from GitHub and PyPI) is switched off by pointing PYTHON at a program that
 * fails: Skylark's offline build replaces that fallback. Returns the reason it
 * failed, or undefined on success.
 */
export async function fetchPrebuiltWorker(timeoutMs: number): Promise<string | undefined> {
	const dir = mediasoupPackageDir();
	const result = await run(process.execPath, [path.join(dir, 'npm-scripts.mjs'), 'postinstall'], {
		cwd: dir,
		env: { ...process.env, PYTHON: '/bin/false', MEDIASOUP_WORKER_BIN: '' },
		timeoutMs,
	});

	if (result.code === 0) {
		return undefined;
	}

	if (result.timedOut) {
		return `no answer within ${timeoutMs / 1000} s`;
	}

	const reason = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`)
		.split('\n')
		.find((line) =>
			/failed to download|no available mediasoup-worker prebuilt|checking fetched/i.test(line)
		);

	return (reason ?? 'mediasoup postinstall failed').replace(/^.*downloadPrebuiltWorker\(\) \| /, '').trim();
}
