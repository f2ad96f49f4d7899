/**
 * `npm start`: loads the configuration and starts a Skylark node.
 *
 * The first SIGTERM (or SIGINT) drains: no new joins, /readyz answers 503,
 * clients are told, and the node waits up to DRAIN_TIMEOUT_MS for rooms to
 * empty before closing the rest. A second signal exits at once. Either way no
 * mediasoup-worker process outlives this one.
 */
import { ConfigError, loadConfig } from './config/loadConfig.js';
import { NODE_FIX, nodeVersionProblem } from './diagnostics/nodeRuntime.js';
import { createLogger } from './logging/logger.js';
import { startSkylark } from './Skylark.js';

async function main(): Promise<void> {
	const nodeProblem = nodeVersionProblem(process.version);

	// pm2, systemd and Docker start this file with whatever `node` they are
	// given, not through npm scripts: say so plainly rather than fail later.
	if (nodeProblem) {
		process.stderr.write(`${nodeProblem} (${process.execPath})\n→ ${NODE_FIX}\n`);
		process.exit(1);
	}

	const config = loadConfig();
	const logger = createLogger(config.LOG_LEVEL);
	const skylark = await startSkylark(config, logger);
	let stopping = false;

	const stop = async (signal: NodeJS.Signals) => {
		if (stopping) {
			logger.warn('second signal: exiting now', { signal });
			skylark.pool.killNow();

			process.exit(1);
		}

		stopping = true;
		logger.info('draining before shutdown', { signal, timeoutMs: config.DRAIN_TIMEOUT_MS });
		await skylark.drain(config.DRAIN_TIMEOUT_MS);
		await skylark.close();
		logger.info('stopped');
		process.exit(0);
	};

	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => void stop(signal));
	}
}

main().catch((error: Error) => {
	const message =
		error instanceof ConfigError
			? error.message
			: `Skylark failed to start: ${error.stack ?? error.message}`;

	process.stderr.write(`${message}\n`);
	process.exit(1);
});
