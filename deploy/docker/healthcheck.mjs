/* global process, fetch, AbortSignal -- run by node in the container */
// Docker HEALTHCHECK: exits 0 when GET /healthz answers 200 (liveness).
// It connects to the address Skylark's HTTP server binds to (HTTP_LISTEN_IP,
// else LISTEN_IP), using loopback when that is a wildcard address.
const bound = process.env.HTTP_LISTEN_IP || process.env.LISTEN_IP || '0.0.0.0';
const host = bound === '0.0.0.0' ? '127.0.0.1' : bound === '::' ? '::1' : bound;
const port = process.env.PORT || '3000';
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/healthz`;

try {
	const response = await fetch(url, { signal: AbortSignal.timeout(4000) });

	process.exit(response.ok ? 0 : 1);
} catch {
	process.exit(1);
}
