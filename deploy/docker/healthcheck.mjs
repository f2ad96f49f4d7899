/* global process, fetch, AbortSignal -- run by node in the container */
// Docker HEALTHCHECK: exits 0 when GET /healthz answers 200 (liveness).
import { localUrl } from './localUrl.mjs';

try {
	const response = await fetch(localUrl('/healthz'), { signal: AbortSignal.timeout(4000) });

	process.exit(response.ok ? 0 : 1);
} catch {
	process.exit(1);
}
