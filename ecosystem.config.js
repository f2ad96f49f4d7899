// pm2 process file. Fork mode, one instance: a Skylark process owns all of
// this host's mediasoup workers (one per core), so pm2 cluster mode would
// start competing worker pools on the same RTC ports.
// Start: `npm run build && pm2 start ecosystem.config.js`.
import * as path from 'node:path';

export const apps = [
	{
		name: 'skylark',
		script: 'dist/server/src/main.js',
		// The project's own Node.js 24 (npm ci installs it as node_modules/.bin/node):
		// pm2 otherwise runs the script with the Node it was started with.
		interpreter: path.join(import.meta.dirname, 'node_modules', '.bin', 'node'),
		exec_mode: 'fork',
		instances: 1,
		// SIGTERM drains for up to DRAIN_TIMEOUT_MS (default 60 s); pm2 must wait
		// longer than that before it sends SIGKILL. `pm2 reload skylark` then
		// drains the old process before starting the new one.
		kill_timeout: 70_000,
		// Signal node alone: mediasoup workers close themselves on SIGTERM/SIGINT,
		// and pm2's default tree kill would cut every call before the drain begins.
		treekill: false,
		env: {
			NODE_ENV: 'production',
			// Production never hands out development tokens; set AUTH_SECRET in the environment.
			DEV_MODE: 'false',
		},
	},
];

export default { apps };
