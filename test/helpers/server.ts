import { loadConfig } from '../../server/src/config/loadConfig.js';
import { createLogger } from '../../server/src/logging/logger.js';
import { startSkylark, type Skylark } from '../../server/src/Skylark.js';
import { freePortRange } from './ports.js';
import { TEST_AUTH_SECRET } from './tokens.js';

/** Starts a real Skylark node on loopback with real workers; `env` overrides settings. */
export async function startTestServer(env: Record<string, string> = {}): Promise<Skylark> {
	const numWorkers = Number(env.NUM_WORKERS ?? 1);
	const config = loadConfig({
		PORT: '0',
		LISTEN_IP: '127.0.0.1',
		RTC_PORT: String(await freePortRange(numWorkers)),
		NUM_WORKERS: String(numWorkers),
		AUTH_SECRET: TEST_AUTH_SECRET,
		// The demo page gets its tokens from GET /dev/token.
		DEV_MODE: 'true',
		...env,
	});

	return startSkylark(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'error', false));
}
