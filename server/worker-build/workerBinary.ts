import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { run } from './exec.js';

/** How the worker binary in use was obtained. */
export type WorkerOrigin = 'prebuilt' | 'built-offline' | 'env';

/** Written next to an installed binary (and into the cache) so tools can tell where it came from. */
export interface WorkerRecord {
	origin: WorkerOrigin;
	mediasoupVersion: string;
	sha256: string;
	/** Only for offline builds: the id string compiled into the binary. */
	buildId?: string;
	obtainedAt: string;
}

export function sha256File(file: string): string {
	return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function readRecord(file: string): WorkerRecord | undefined {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as WorkerRecord;
	} catch {
		return undefined;
	}
}

export function writeRecord(file: string, record: WorkerRecord): void {
	fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * Checks that a file is a runnable mediasoup worker and, when a record is
 * given, that it is exactly the binary the record describes. Returns the
 * reason it is unusable, or undefined when it is fine.
 */
export async function checkWorkerBinary(file: string, record?: WorkerRecord): Promise<string | undefined> {
	if (!fs.existsSync(file)) {
		return `${file} does not exist`;
	}

	if (record) {
		const sha = sha256File(file);

		if (sha !== record.sha256) {
			return `${file} is corrupt or was replaced (sha256 ${sha.slice(0, 12)}…, expected ${record.sha256.slice(0, 12)}…)`;
		}

		if (record.buildId && !fs.readFileSync(file).includes(record.buildId)) {
			return `${file} does not carry its build id ${record.buildId}`;
		}
	}

	// mediasoup's main.cpp exits with 41 when MEDIASOUP_VERSION is missing:
	// reaching that line proves the binary loads and its libraries resolve.
	const result = await run(file, [], { env: {}, timeoutMs: 10_000 }).catch((error: Error) => ({
		code: null,
		signal: null,
		stdout: '',
		stderr: error.message,
		timedOut: false,
	}));

	if (result.code !== 41) {
		const why = result.timedOut ? 'timed out' : `exit ${result.code ?? result.signal}`;

		return `${file} does not run as a mediasoup worker (${why}): ${result.stderr.trim().split('\n')[0] ?? ''}`;
	}

	return undefined;
}
