import express, { Router } from 'express';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../paths.js';

const SDK_DIR = path.join(repoRoot(), 'client-sdk');
const DIST = path.join(SDK_DIR, 'dist');

/**
 * Serves one browser page built by `npm run build:sdk`: its HTML at `route`,
 * its static files under `route/` and its bundled script at `/<name>.js`.
 * Without the bundle the page says what to run instead of loading blank.
 */
function page(router: Router, route: string, name: 'demo' | 'dashboard'): void {
	const script = path.join(DIST, `${name}.js`);
	const assets = path.join(SDK_DIR, name);

	router.get(route, (_req, res) => {
		if (!fs.existsSync(script)) {
			res.status(503)
				.type('text/plain')
				.send(`The ${name} page is not built: run \`npm run build\`.\n`);

			return;
		}

		res.sendFile(path.join(assets, 'index.html'));
	});
	router.use(`/${name}`, express.static(assets, { index: false }));
	router.get(`/${name}.js`, (_req, res) => res.sendFile(script));
}

/**
 * The demo page at `/`, the operator dashboard at `/dashboard` (its data comes
 * from the admin API, so the page itself holds no secrets) and the SDK bundles
 * under `/sdk/`.
 */
export function pageRoutes(): Router {
	const router = Router();

	page(router, '/', 'demo');
	page(router, '/dashboard', 'dashboard');
	router.use('/shared', express.static(path.join(SDK_DIR, 'shared'), { index: false }));
	router.use('/sdk', express.static(DIST, { index: false }));

	return router;
}
