import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { freePortRange } from './ports.js';

export interface RedisServer {
	readonly port: number;
	readonly url: string;
	/** Stops it (SIGKILL by default: Redis "dies"). */
	stop(signal?: NodeJS.Signals): Promise<void>;
	/** Starts it again on the same port, empty (persistence is off). */
	restart(): Promise<void>;
}

/** Spawns Debian's redis-server on 127.0.0.1 with persistence off; resolves once it accepts connections. */
async function spawnRedis(port: number): Promise<ChildProcess> {
	const child = spawn(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--protected-mode',
			'yes',
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	const exited = once(child, 'exit');

	for await (const line of createInterface({ input: child.stdout! })) {
		if (/Ready to accept connections/.test(line)) {
			child.stdout!.resume();

			return child;
		}
	}

	throw new Error(`redis-server on port ${port} exited before it was ready (${String((await exited)[0])})`);
}

/** A real Redis for cluster tests, on a free loopback port. */
export async function startRedis(): Promise<RedisServer> {
	const port = await freePortRange(1);
	let child = await spawnRedis(port);
	const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = once(child, 'exit');

			child.kill(signal);
			await exited;
		}
	};

	return {
		port,
		url: `redis://127.0.0.1:${port}`,
		stop,
		async restart() {
			await stop();
			child = await spawnRedis(port);
		},
	};
}
