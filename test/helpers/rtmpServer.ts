import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePortRange } from './ports.js';
import { until } from './within.js';

export interface RtmpServer {
	/** Push here: rtmp://127.0.0.1:<port>/live/<stream key>. */
	readonly url: string;
	/** Where nginx records each stream it receives: <dir>/<stream key>.flv. */
	readonly recordDir: string;
	stop(): Promise<void>;
}

/**
 * Debian's nginx with its RTMP module (libnginx-mod-rtmp) on loopback: an
 * RTMP ingest that records every stream it is sent to an FLV file, as a
 * CDN's ingest would take it in.
 */
export async function startRtmpServer(): Promise<RtmpServer> {
	const port = await freePortRange(1);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-rtmp-'));
	const recordDir = path.join(dir, 'record');

	fs.mkdirSync(recordDir);
	fs.writeFileSync(
		path.join(dir, 'nginx.conf'),
		`load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;
daemon off;
worker_processes 1;
user root;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
rtmp {
  server {
    listen 127.0.0.1:${port};
    application live {
      live on;
      record all;
      record_path ${recordDir};
      record_unique off;
    }
  }
}
`
	);

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
		'nginx-rtmp listening'
	);

	return {
		url: `rtmp://127.0.0.1:${port}/live`,
		recordDir,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
