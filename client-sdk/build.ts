/**
 * Builds the SDK for browsers into client-sdk/dist/: an ES module
 * (skylark.esm.js), a script-tag bundle exposing `window.Skylark`
 * (skylark.js), the demo page's and the dashboard's scripts (demo.js,
 * dashboard.js) and `.d.ts` types (types/).
 */
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { runOrThrow } from '../server/worker-build/exec.js';

const SDK_DIR = path.dirname(new URL(import.meta.url).pathname);
const DIST = path.join(SDK_DIR, 'dist');
/** Browser pages the server serves; each is <page>/<page>.ts bundled to dist/<page>.js. */
const PAGES = ['demo', 'dashboard'] as const;

const common: esbuild.BuildOptions = {
	bundle: true,
	platform: 'browser',
	target: ['chrome100', 'firefox100', 'safari15'],
	sourcemap: true,
	minify: true,
	logLevel: 'warning',
	legalComments: 'linked',
};

await Promise.all([
	esbuild.build({
		...common,
		entryPoints: [path.join(SDK_DIR, 'src', 'index.ts')],
		format: 'esm',
		outfile: path.join(DIST, 'skylark.esm.js'),
	}),
	esbuild.build({
		...common,
		entryPoints: [path.join(SDK_DIR, 'src', 'index.ts')],
		format: 'iife',
		globalName: 'Skylark',
		outfile: path.join(DIST, 'skylark.js'),
	}),
	...PAGES.map((page) =>
		esbuild.build({
			...common,
			entryPoints: [path.join(SDK_DIR, page, `${page}.ts`)],
			format: 'iife',
			outfile: path.join(DIST, `${page}.js`),
		})
	),
	runOrThrow(path.join(SDK_DIR, '..', 'node_modules', '.bin', 'tsc'), [
		'-p',
		path.join(SDK_DIR, 'tsconfig.json'),
		'--declaration',
		'--emitDeclarationOnly',
	]),
]);
