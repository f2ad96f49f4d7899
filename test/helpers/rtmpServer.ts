import { startNginx } from './nginx.js';

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
	const nginx = await startNginx(
		'nginx-rtmp',
		(port, dir) => `load_module /usr/lib/nginx/modules/ngx_rtmp_module.so;
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
      record_path ${dir};
      record_unique off;
    }
  }
}
`
	);

	return {
		url: `rtmp://127.0.0.1:${nginx.port}/live`,
		recordDir: nginx.dir,
		stop: () => nginx.stop(),
	};
}
