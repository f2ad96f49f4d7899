/**
 * Bench helper process: a Skylark node (1 worker) on the given ports, or with
 * `--echo`, a bare socket.io server that echoes frames: the baseline that
 * shows what Skylark's protobuf decoding and request handling cost on top.
 * Prints its URL on stdout once listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { loadConfig } from '../../server/src/config/loadConfig.js';
import { createLogger } from '../../server/src/logging/logger.js';
import { startSkylark } from '../../server/src/Skylark.js';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';

if (process.argv.includes('--echo')) {
	const http = createServer();
	const io = new Server(http, { serveClient: false });

	io.on('connection', (socket) => socket.on('sk', (frame: Buffer) => socket.emit('sk', frame)));
	http.listen(0, '127.0.0.1', () => {
		process.stdout.write(`http://127.0.0.1:${(http.address() as AddressInfo).port}\n`);
	});
} else {
	const rtcPort = process.argv[2] ?? '47000';
	const skylark = await startSkylark(
		loadConfig({
			PORT: '0',
			LISTEN_IP: '127.0.0.1',
			RTC_PORT: rtcPort,
			NUM_WORKERS: '1',
			AUTH_SECRET: TEST_AUTH_SECRET,
			// The bench drives one socket as fast as it can.
			RATE_LIMIT_PER_SECOND: '100000',
			RATE_LIMIT_BURST: '100000',
		}),
		createLogger('error', false)
	);

	process.stdout.write(`${skylark.url}\n`);
	process.on('SIGTERM', () => void skylark.close().then(() => process.exit(0)));
}
