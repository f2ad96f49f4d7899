/**
 * What the browser bundles swap in at build time, to keep the SDK small
 * without changing its source:
 *
 * - protobuf: protos/gen/skylark.js (protobufjs' static code, ~118 kB
 *   minified, plus its runtime) becomes protos/lite/skylark.ts, a codec of a
 *   few kB over a generated schema, with the same behaviour
 *   (test/protos/liteCodec.test.ts);
 * - mediasoup-client: its entry module also loads the test-only FakeHandler
 *   and fake parameters (~23 kB); the SDK takes `Device` and
 *   `enhancedEvents`, so only those modules are bundled. Every browser
 *   handler stays.
 */
import type * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const SDK_DIR = path.dirname(new URL(import.meta.url).pathname);
const LITE_PROTOS = path.join(SDK_DIR, '..', 'protos', 'lite', 'skylark.ts');
const STATIC_PROTOS = path.join(SDK_DIR, '..', 'protos', 'gen', 'skylark.js');
const MEDIASOUP_INDEX = createRequire(import.meta.url).resolve('mediasoup-client');
const MEDIASOUP_LIB = path.dirname(MEDIASOUP_INDEX);
const MEDIASOUP_VERSION = (
	JSON.parse(fs.readFileSync(path.join(MEDIASOUP_LIB, '..', 'package.json'), 'utf8')) as { version: string }
).version;

/** The runtime exports of mediasoup-client the SDK uses, from the modules that define them. */
const MEDIASOUP_ENTRY = `
export { Device } from ${JSON.stringify(path.join(MEDIASOUP_LIB, 'Device.js'))};
export * as enhancedEvents from ${JSON.stringify(path.join(MEDIASOUP_LIB, 'enhancedEvents.js'))};
`;

export const leanBrowserBundle: esbuild.Plugin = {
	name: 'skylark-lean-browser-bundle',
	setup(build) {
		build.onResolve({ filter: /[\\/]gen[\\/]skylark\.js$/ }, (args) =>
			path.resolve(args.resolveDir, args.path) === STATIC_PROTOS ? { path: LITE_PROTOS } : undefined
		);
		build.onResolve({ filter: /^mediasoup-client$/ }, () => ({
			path: 'mediasoup-client',
			namespace: 'skylark-mediasoup-entry',
		}));
		build.onLoad({ filter: /^mediasoup-client$/, namespace: 'skylark-mediasoup-entry' }, () => ({
			contents: MEDIASOUP_ENTRY,
			resolveDir: MEDIASOUP_LIB,
			loader: 'js',
		}));
		// mediasoup-client's own modules reach back to its entry for `version` (RemoteSdp's ICE username).
		build.onResolve({ filter: /^[./]+$/ }, (args) =>
			path.join(path.resolve(args.resolveDir, args.path), 'index.js') === MEDIASOUP_INDEX
				? { path: 'mediasoup-client/version', namespace: 'skylark-mediasoup-entry' }
				: undefined
		);
		build.onLoad({ filter: /\/version$/, namespace: 'skylark-mediasoup-entry' }, () => ({
			contents: `export const version = ${JSON.stringify(MEDIASOUP_VERSION)};`,
			loader: 'js',
		}));
	},
};

/** Fails the build if a swapped-out module slipped back in (an import path the plugin does not know). */
export function assertLean(metafile: esbuild.Metafile, bundle: string): void {
	const heavy = Object.keys(metafile.inputs).filter(
		(input) =>
			input.includes('node_modules/protobufjs/') ||
			input.endsWith('protos/gen/skylark.js') ||
			input.includes('mediasoup-client/lib/test/') ||
			input.endsWith('mediasoup-client/lib/index.js')
	);

	if (heavy.length) {
		throw new Error(`${bundle} bundles what the lean build replaces: ${heavy.join(', ')}`);
	}
}
