/**
 * Builds the SDK for browsers into client-sdk/dist/: an ES module
 * (skylark.esm.js), a script-tag bundle exposing `window.Skylark`
 * (skylark.js), the demo page's and the dashboard's scripts (demo.js,
 * dashboard.js), `.d.ts` types (types/) and the package's single types file
 * (skylark.d.ts). Prints each SDK bundle's minified and gzipped size.
 */
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { runOrThrow } from '../server/worker-build/exec.js';
import { assertLean, leanBrowserBundle } from './buildPlugins.js';
import { bundleSize, formatSize } from './bundleSize.js';
import { buildPackageTypes } from './packageTypes.js';

const SDK_DIR = path.dirname(new URL(import.meta.url).pathname);
const DIST = path.join(SDK_DIR, 'dist');
/** Browser pages the server serves; each is <page>/<page>.ts bundled to dist/<page>.js. */
const PAGES = ['demo', 'dashboard'] as const;
const BUNDLES = { esm: 'skylark.esm.js', script: 'skylark.js' } as const;

const common: esbuild.BuildOptions = {
	bundle: true,
	platform: 'browser',
	target: ['chrome100', 'firefox100', 'safari15'],
	sourcemap: true,
	minify: true,
	logLevel: 'warning',
	legalComments: 'linked',
	metafile: true,
	plugins: [leanBrowserBundle],
};

const sdk = (format: 'esm' | 'iife', file: string) =>
	esbuild.build({
		...common,
		entryPoints: [path.join(SDK_DIR, 'src', 'index.ts')],
		format,
		...(format === 'iife' ? { globalName: 'Skylark' } : {}),
		outfile: path.join(DIST, file),
	});

const [esm, script] = await Promise.all([
	sdk('esm', BUNDLES.esm),
	sdk('iife', BUNDLES.script),
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
	buildPackageTypes(path.join(DIST, 'skylark.d.ts')),
]);

assertLean(esm.metafile!, BUNDLES.esm);
assertLean(script.metafile!, BUNDLES.script);

for (const file of Object.values(BUNDLES)) {
	process.stdout.write(`${formatSize(bundleSize(path.join(DIST, file)))}\n`);
}
