import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { freePortRange } from './ports.js';
import { TEST_AUTH_SECRET } from './tokens.js';

const MAIN = new URL('../../server/src/main.ts', import.meta.url).pathname;

/** The "Skylark listening" log record a node prints once it serves. */
export interface ListeningLog {
	message: 'Skylark listening';
	port: number;
	node: string;
	mediasoup: string;
	workers: number;
}

export interface SkylarkProcess {
	child: ChildProcess;
	url: string;
	listening: ListeningLog;
	exited: Promise<number | null>;
}

/**
 * Starts `npm start`'s entry point as its own process, the way pm2 or systemd
 * would, with `node` (a path, or a name looked up on PATH as npm scripts do),
 * and resolves once it listens.
 */
export async function startSkylarkProcess(
	env: Record<string, string> = {},
	node: string = process.execPath
): Promise<SkylarkProcess> {
	const child = spawn(node, ['--import', 'tsx', MAIN], {
		env: {
			...process.env,
			PORT: '0',
			LISTEN_IP: '127.0.0.1',
			RTC_PORT: String(await freePortRange(1)),
			NUM_WORKERS: '1',
			AUTH_SECRET: TEST_AUTH_SECRET,
			LOG_LEVEL: 'info',
			...env,
		},
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const exited = once(child, 'exit').then(([code]) => code as number | null);
	// Every line is read to the end: a child whose stdout pipe is left unread,
	// or closed, blocks or dies on its next log line.
	const lines = createInterface({ input: child.stdout! });
	const listening = await new Promise<ListeningLog>((resolve, reject) => {
		lines.on('line', (line) => {
			const log = parseLogLine(line);

			// SKYLARK_TEST_LOGS=1 shows what the nodes log, for debugging a test.
			if (process.env.SKYLARK_TEST_LOGS) {
				process.stderr.write(`[${env.NODE_ID ?? child.pid}] ${line}\n`);
			}

			if (log?.message === 'Skylark listening') {
				resolve(log as ListeningLog);
			}
		});
		void exited.then((code) => reject(new Error(`Skylark exited before listening (code ${code})`)));
	});

	return { child, url: `http://127.0.0.1:${listening.port}`, listening, exited };
}

function parseLogLine(line: string): { message?: string } | undefined {
	try {
		return JSON.parse(line) as { message?: string };
	} catch {
		return undefined;
	}
}
