import express, { Router } from 'express';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../paths.js';

/**
 * The demo page at `/` and the SDK bundles under `/sdk/`. The bundles are
 * built by `npm run build`; without them the page explains what to run.
 */
export function demoRoutes(): Router {
	const sdkDir = path.join(repoRoot(), 'client-sdk');
	const dist = path.join(sdkDir, 'dist');
	const router = Router();

	router.get('/', (_req, res) => {
		if (!fs.existsSync(path.join(dist, 'demo.js'))) {
			res.status(503).type('text/plain').send('The demo page is not built: run `npm run build`.\n');

			return;
		}

		res.sendFile(path.join(sdkDir, 'demo', 'index.html'));
	});
	router.use('/demo', express.static(path.join(sdkDir, 'demo')));
	router.get('/demo.js', (_req, res) => res.sendFile(path.join(dist, 'demo.js')));
	router.use('/sdk', express.static(dist, { index: false }));

	return router;
}
