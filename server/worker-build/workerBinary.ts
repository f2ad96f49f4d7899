import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { run } from './exec.js';
import { mediasoupVersion } from './paths.js';

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

/** The mediasoup version in a Skylark build id compiled into a binary, if it carries one. */
export function builtForVersion(binary: Buffer): string | undefined {
	const at = binary.indexOf('SKYLARK_WORKER_BUILD_ID=');

	if (at === -1) {
		return undefined;
	}

	return /^SKYLARK_WORKER_BUILD_ID=([^+\0]+)\+/.exec(binary.subarray(at, at + 80).toString('latin1'))?.[1];
}

/**
 * Checks that a file is a runnable mediasoup worker for the installed
 * mediasoup and, when a record is given, that it is exactly the binary the
 * record describes. Returns the reason it is unusable, or undefined when it
 * is fine.
 */
export async function checkWorkerBinary(file: string, record?: WorkerRecord): Promise<string | undefined> {
	if (!fs.existsSync(file)) {
		return `${file} does not exist`;
	}

	// A worker speaks its own release's FlatBuffers messages: one Skylark built
	// for another mediasoup (an old cache, a stale MEDIASOUP_WORKER_BIN) must
	// never be paired with this JS package.
	const builtFor = builtForVersion(fs.readFileSync(file));

	if (builtFor && builtFor !== mediasoupVersion()) {
		return `${file} was built for mediasoup ${builtFor}, but mediasoup ${mediasoupVersion()} is installed`;
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
