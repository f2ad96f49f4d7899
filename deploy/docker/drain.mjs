/* global process, fetch -- run by node in the container */
// Kubernetes preStop hook: drains Skylark through the admin API and returns
// once its rooms have emptied (or DRAIN_TIMEOUT_MS passed). The kubelet's
// SIGTERM that follows then finds nothing left to wait for. Without
// ADMIN_API_KEY it does nothing and SIGTERM drains instead.
import { localUrl } from './localUrl.mjs';

const key = process.env.ADMIN_API_KEY;

if (!key) {
	process.exit(0);
}

try {
	const response = await fetch(localUrl('/node/drain?wait=1'), {
		method: 'POST',
		headers: { authorization: `Bearer ${key}` },
	});
	const body = await response.json();

	process.stdout.write(`skylark drain: ${response.status} ${JSON.stringify(body)}\n`);
	process.exit(response.ok ? 0 : 1);
} catch (error) {
	process.stderr.write(`skylark drain: ${error.message}\n`);
	process.exit(1);
}
