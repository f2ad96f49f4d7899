/* global process -- run by node in the container */
// The URL of a path on this container's Skylark: the address its HTTP server
// binds to (HTTP_LISTEN_IP, else LISTEN_IP), loopback when that is a wildcard.
export function localUrl(path) {
	const bound = process.env.HTTP_LISTEN_IP || process.env.LISTEN_IP || '0.0.0.0';
	const host = bound === '0.0.0.0' ? '127.0.0.1' : bound === '::' ? '::1' : bound;
	const port = process.env.PORT || '3000';

	return `http://${host.includes(':') ? `[${host}]` : host}:${port}${path}`;
}
