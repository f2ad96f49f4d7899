import { Router } from 'express';
import type { WorkerPool } from '../media/WorkerPool.js';

/**
 * Probes, public and minimal: they say nothing an attacker could use (worker
 * pids and load are in the keyed admin API, `GET /node`).
 * `GET /healthz`: the process answers (liveness).
 * `GET /readyz`: 200 only while at least one worker runs and the node is not
 * draining, so a load balancer sends no joins to a node that cannot host them.
 */
export function healthRoutes(pool: WorkerPool, node: { draining: boolean }): Router {
	const router = Router();

	router.get('/healthz', (_req, res) => {
		res.json({ status: 'ok' });
	});

	router.get('/readyz', (_req, res) => {
		const ready = pool.alive.length > 0 && !node.draining;

		res.status(ready ? 200 : 503).json({ ready, draining: node.draining });
	});

	return router;
}
