/**
 * `tsx server/worker-build/cli.ts ensure [--force] [--source auto|prebuilt|offline]`
 *
 * Runs as the project's postinstall: makes sure mediasoup has a working
 * worker binary even on a machine that cannot reach GitHub or PyPI.
 */
import { parseArgs } from 'node:util';
import { ensureWorker, type WorkerSourcePolicy } from './ensure.js';
import { info } from './log.js';

const SOURCES: readonly WorkerSourcePolicy[] = ['auto', 'prebuilt', 'offline'];

async function main(): Promise<void> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			force: { type: 'boolean', default: false },
			source: { type: 'string', default: process.env.SKYLARK_WORKER_SOURCE ?? 'auto' },
		},
	});
	const command = positionals[0] ?? 'ensure';
	const source = values.source as WorkerSourcePolicy;

	if (command !== 'ensure') {
		throw new Error(
			`unknown command "${command}"; usage: cli.ts ensure [--force] [--source auto|prebuilt|offline]`
		);
	}

	if (!SOURCES.includes(source)) {
		throw new Error(`--source must be one of ${SOURCES.join(', ')} (got "${source}")`);
	}

	const result = await ensureWorker({
		source,
		force: values.force,
		prebuiltTimeoutMs: Number(process.env.SKYLARK_PREBUILT_TIMEOUT_MS) || 60_000,
	});

	info(
		`mediasoup-worker ${result.record.mediasoupVersion} ready (${result.record.origin}, ${result.action}): ${result.binary}`
	);
}

main().catch((error: Error) => {
	process.stderr.write(`[skylark setup] ERROR: ${error.message}\n`);
	process.stderr.write('[skylark setup] See README.md "Troubleshooting the worker build".\n');
	process.exit(1);
});
