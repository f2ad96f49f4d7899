import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

const require = createRequire(import.meta.url);

/** Root of the installed `mediasoup` npm package. */
export function mediasoupPackageDir(): string {
	// `mediasoup/package.json` is not exported, so resolve the main entry
	// (node/lib/index.js) and walk up.
	return path.resolve(path.dirname(require.resolve('mediasoup')), '..', '..');
}

export function mediasoupVersion(): string {
	const pkg = require(path.join(mediasoupPackageDir(), 'package.json')) as { version: string };

	return pkg.version;
}

/** Where mediasoup's Node side looks for the worker when MEDIASOUP_WORKER_BIN is unset. */
export function defaultWorkerBinPath(): string {
	return path.join(mediasoupPackageDir(), 'worker', 'out', 'Release', 'mediasoup-worker');
}

/** Sidecar file recording how the binary at defaultWorkerBinPath() was obtained. */
export function originMarkerPath(): string {
	return `${defaultWorkerBinPath()}.skylark.json`;
}

/**
 * Cache for offline-built workers. It lives outside node_modules so that
 * `npm ci` (which deletes node_modules) reuses a build in seconds.
 */
export function workerCacheRoot(): string {
	if (process.env.SKYLARK_WORKER_CACHE_DIR) {
		return path.resolve(process.env.SKYLARK_WORKER_CACHE_DIR);
	}

	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');

	return path.join(base, 'skylark', 'mediasoup-worker');
}

/** Directory of this build tool: its compat headers and patches are build inputs. */
export const buildToolDir = path.dirname(new URL(import.meta.url).pathname);
