import { Router } from 'express';
import type { WorkerPool } from '../media/WorkerPool.js';

/**
 * `GET /healthz`: the process answers (liveness), with the worker pool's state.
 * `GET /readyz`: 200 only while at least one worker runs and the node is not
 * draining, so a load balancer sends no joins to a node that cannot host them.
 */
export function healthRoutes(pool: WorkerPool, node: { draining: boolean }): Router {
	const router = Router();

	router.get('/healthz', (_req, res) => {
		res.json({ status: 'ok', pid: process.pid, workers: pool.state() });
	});

	router.get('/readyz', (_req, res) => {
		const alive = pool.alive.length;
		const ready = alive > 0 && !node.draining;

		res.status(ready ? 200 : 503).json({
			ready,
			draining: node.draining,
			workersAlive: alive,
			workersTotal: pool.workers.length,
		});
	});

	return router;
}
