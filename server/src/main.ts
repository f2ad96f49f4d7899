/** `npm start`: loads the configuration, starts a Skylark node and stops it on SIGINT/SIGTERM. */
import { ConfigError, loadConfig } from './config/loadConfig.js';
import { createLogger } from './logging/logger.js';
import { startSkylark } from './Skylark.js';

async function main(): Promise<void> {
	const config = loadConfig();
	const logger = createLogger(config.LOG_LEVEL);
	const skylark = await startSkylark(config, logger);

	const shutdown = async (signal: string) => {
		logger.info('shutting down', { signal });
		await skylark.close();
		process.exit(0);
	};

	process.once('SIGINT', () => void shutdown('SIGINT'));
	process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: Error) => {
	const message =
		error instanceof ConfigError
			? error.message
			: `Skylark failed to start: ${error.stack ?? error.message}`;

	process.stderr.write(`${message}\n`);
	process.exit(1);
});
