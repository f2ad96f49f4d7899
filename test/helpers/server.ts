import { loadConfig } from '../../server/src/config/loadConfig.js';
import { createLogger } from '../../server/src/logging/logger.js';
import { startSkylark, type Skylark } from '../../server/src/Skylark.js';
import { freePortRange } from './ports.js';

/** Starts a real Skylark node on loopback with real workers; `env` overrides settings. */
export async function startTestServer(env: Record<string, string> = {}): Promise<Skylark> {
	const numWorkers = Number(env.NUM_WORKERS ?? 1);
	const config = loadConfig({
		PORT: '0',
		LISTEN_IP: '127.0.0.1',
		RTC_PORT: String(await freePortRange(numWorkers)),
		NUM_WORKERS: String(numWorkers),
		...env,
	});

	return startSkylark(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'error', false));
}
