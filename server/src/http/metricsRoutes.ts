import { Router } from 'express';
import type { Metrics } from '../telemetry/metrics.js';

/** `GET /metrics` in Prometheus text format. Keep it off the public internet (firewall or proxy rule). */
export function metricsRoutes(metrics: Metrics): Router {
	const router = Router();

	router.get('/metrics', async (_req, res) => {
		res.type(metrics.registry.contentType).send(await metrics.text());
	});

	return router;
}
