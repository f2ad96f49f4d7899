/**
 * Generates protos/gen/skylark.{js,d.ts} from the .proto files with
 * protobufjs' pbjs/pbts, and skylark.lite.ts, the schema of the browser
 * SDK's lean codec (protos/lite/). `--check` regenerates into a temporary directory and
 * fails if the committed files differ, so stale generated code cannot land.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runOrThrow } from '../server/worker-build/exec.js';
import { liteSchema, liteSchemaSource } from './lite/generateSchema.js';

const PROTOS_DIR = path.dirname(new URL(import.meta.url).pathname);
const SOURCES = ['skylark/v1/rtc.proto', 'skylark/v1/signaling.proto'];
const BIN = path.join(PROTOS_DIR, '..', 'node_modules', '.bin');

async function generate(outDir: string): Promise<void> {
	const js = path.join(outDir, 'skylark.js');

	fs.mkdirSync(outDir, { recursive: true });
	await runOrThrow(path.join(BIN, 'pbjs'), [
		'--target',
		'static-module',
		'--wrap',
		'es6',
		'--es6',
		// Node ESM needs the file extension on a package without an exports map.
		'--dependency',
		'protobufjs/minimal.js',
		// Messages are encoded from typed plain objects and decoded; the
		// reflection-style converters and verifiers would only add weight to the SDK bundle.
		'--no-convert',
		'--no-verify',
		'--no-delimited',
		'--no-typeurl',
		'--no-service',
		'--path',
		PROTOS_DIR,
		'--out',
		js,
		...SOURCES.map((s) => path.join(PROTOS_DIR, s)),
	]);
	await runOrThrow(path.join(BIN, 'pbts'), ['--out', path.join(outDir, 'skylark.d.ts'), js]);
	// The browser SDK's lean codec reads this schema instead of the static code above (protos/lite/).
	fs.writeFileSync(path.join(outDir, 'skylark.lite.ts'), liteSchemaSource(liteSchema(PROTOS_DIR, SOURCES)));
}

async function main(): Promise<void> {
	const committed = path.join(PROTOS_DIR, 'gen');

	if (!process.argv.includes('--check')) {
		await generate(committed);

		return;
	}

	const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-proto-'));

	try {
		await generate(fresh);

		const stale = ['skylark.js', 'skylark.d.ts', 'skylark.lite.ts'].filter((file) => {
			const current = path.join(committed, file);

			return (
				!fs.existsSync(current) ||
				!fs.readFileSync(current).equals(fs.readFileSync(path.join(fresh, file)))
			);
		});

		if (stale.length) {
			throw new Error(
				`protos/gen/${stale.join(', ')} out of date: run \`npm run proto:gen\` and commit the result`
			);
		}
	} finally {
		fs.rmSync(fresh, { recursive: true, force: true });
	}
}

main().catch((error: Error) => {
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
});
