/**
 * The package's types as one file, dist/skylark.d.ts, with the types it uses
 * from mediasoup-client, socket.io-client and protobufjs written in: the
 * bundles carry those libraries inside, so an app installs none of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOrThrow } from '../server/worker-build/exec.js';

const SDK_DIR = path.dirname(new URL(import.meta.url).pathname);
const BIN = path.join(SDK_DIR, '..', 'node_modules', '.bin');
const INLINED = [
	'mediasoup-client',
	'socket.io-client',
	'engine.io-client',
	'engine.io-parser',
	'@socket.io/component-emitter',
	'events-alias',
	'protobufjs',
	'long',
];

export async function buildPackageTypes(outFile: string): Promise<void> {
	await runOrThrow(path.join(BIN, 'dts-bundle-generator'), [
		'--project',
		path.join(SDK_DIR, 'tsconfig.json'),
		'--no-banner',
		// Checked below, once the alias is fixed; the fresh-app test compiles against it too.
		'--no-check',
		'--external-inlines',
		...INLINED,
		'--out-file',
		outFile,
		'--',
		path.join(SDK_DIR, 'src', 'index.ts'),
	]);

	// The SDK's modules alias the protocol's namespace (`import pb = skylark.v1`); the
	// bundler writes those references as `skylark.pb.X`, which does not exist.
	fs.writeFileSync(outFile, fs.readFileSync(outFile, 'utf8').replaceAll('skylark.pb.', 'skylark.v1.'));

	await runOrThrow(path.join(BIN, 'tsc'), [
		'--noEmit',
		'--strict',
		'--skipLibCheck',
		'false',
		'--target',
		'ES2022',
		'--module',
		'nodenext',
		'--moduleResolution',
		'nodenext',
		'--lib',
		'ES2022,DOM,DOM.Iterable',
		// Something is needed here (the command line cannot say "none"); Node's types add nothing the SDK uses.
		'--types',
		'node',
		outFile,
	]);
}
