import { startNginx } from './nginx.js';

export interface Balancer {
	readonly url: string;
	stop(): Promise<void>;
}

/**
 * Debian's nginx on loopback as a plain round-robin load balancer in front of
 * `backends` (http://127.0.0.1:port URLs): WebSocket upgrade passed through,
 * no sticky sessions. A backend that refuses connections is skipped
 * (nginx's default proxy_next_upstream). The same configuration as the
 * README's example, with its own prefix and temp paths.
 */
export async function startBalancer(backends: string[]): Promise<Balancer> {
	const servers = backends
		.map((url) => `server ${new URL(url).host} max_fails=1 fail_timeout=5s;`)
		.join('\n    ');

	const nginx = await startNginx(
		'nginx',
		(port, dir) => `daemon off;
worker_processes 1;
user root;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream skylark {
    ${servers}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://skylark;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host;
      proxy_read_timeout 1h;
      proxy_connect_timeout 2s;
    }
  }
}
`
	);

	return {
		url: `http://127.0.0.1:${nginx.port}`,
		stop: () => nginx.stop(),
	};
}
