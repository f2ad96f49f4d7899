import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePortRange } from './ports.js';
import { until } from './within.js';

export interface Nginx {
	readonly port: number;
	/** Its prefix directory: the configuration, pid, logs and whatever the configuration writes there. */
	readonly dir: string;
	stop(): Promise<void>;
}

/**
 * Debian's nginx in the foreground with its own prefix in a temporary
 * directory, listening on a free loopback port. `config` writes the
 * configuration for that port and directory; this resolves once the port
 * takes connections.
 */
export async function startNginx(
	what: string,
	config: (port: number, dir: string) => string
): Promise<Nginx> {
	const port = await freePortRange(1);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-nginx-'));

	fs.writeFileSync(path.join(dir, 'nginx.conf'), config(port, dir));

	const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const exited = once(child, 'exit');

	await until(
		() =>
			new Promise<boolean>((resolve) => {
				const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));

				socket.on('error', () => resolve(false));
			}),
		10_000,
		`${what} listening`
	);

	return {
		port,
		dir,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
