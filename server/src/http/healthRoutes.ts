import { Router } from 'express';
import type { WorkerPool } from '../media/WorkerPool.js';

/**
 * `GET /healthz`: the process answers (liveness), with the worker pool's state.
 * `GET /readyz`: 200 only while at least one worker runs, so a load balancer
 * sends no joins to a node that cannot host media.
 */
export function healthRoutes(pool: WorkerPool): Router {
	const router = Router();

	router.get('/healthz', (_req, res) => {
		res.json({ status: 'ok', pid: process.pid, workers: pool.state() });
	});

	router.get('/readyz', (_req, res) => {
		const alive = pool.alive.length;

		res.status(alive > 0 ? 200 : 503).json({
			ready: alive > 0,
			workersAlive: alive,
			workersTotal: pool.workers.length,
		});
	});

	return router;
}
