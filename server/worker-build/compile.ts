import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildPlan, CompileUnit } from './buildPlan.js';
import { runOrThrow } from './exec.js';
import { info } from './log.js';
import { applyPatch, sourcePatches } from './patches.js';

/** Writes the generated and patched inputs of the build into buildDir. */
async function prepareSources(plan: BuildPlan, buildDir: string): Promise<void> {
	const fbsOut = path.join(buildDir, 'fbs', 'FBS');

	fs.mkdirSync(fbsOut, { recursive: true });
	// Same flatc flags as mediasoup's worker/fbs/meson.build.
	await runOrThrow('flatc', [
		'--cpp',
		'--cpp-field-case-style',
		'lower',
		'--reflect-names',
		'--scoped-enums',
		'--filename-suffix',
		'',
		'-o',
		fbsOut,
		...plan.schemas,
	]);

	for (const patch of sourcePatches) {
		const target = path.join(buildDir, 'patched', patch.file);

		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(
			target,
			applyPatch(fs.readFileSync(path.join(plan.workerDir, patch.file), 'utf8'), patch)
		);
	}

	fs.writeFileSync(
		path.join(buildDir, 'skylark_build_id.cpp'),
		`// Lets Skylark recognise this binary's build inputs.\n` +
			`extern "C" __attribute__((used)) const char skylark_worker_build_id[] = "${plan.buildId}";\n`
	);
}

async function compileUnit(plan: BuildPlan, buildDir: string, unit: CompileUnit): Promise<void> {
	const object = path.join(buildDir, unit.object);

	// Objects are renamed into place only when complete, so an interrupted
	// build resumes where it stopped.
	if (fs.existsSync(object)) {
		return;
	}

	fs.mkdirSync(path.dirname(object), { recursive: true });

	const tmp = `${object}.tmp`;

	await runOrThrow(
		'g++',
		[
			...plan.cxxFlags,
			...unit.defines,
			...plan.includeDirs.map((dir) => `-I${path.resolve(buildDir, dir)}`),
			'-c',
			path.resolve(buildDir, unit.source),
			'-o',
			tmp,
		],
		{ cwd: buildDir }
	);
	fs.renameSync(tmp, object);
}

/** Compiles and links the worker in buildDir; returns the path of the linked binary. */
export async function compileWorker(plan: BuildPlan, buildDir: string): Promise<string> {
	fs.mkdirSync(buildDir, { recursive: true });
	await prepareSources(plan, buildDir);

	const jobs = Math.max(1, Number(process.env.SKYLARK_WORKER_BUILD_JOBS) || os.availableParallelism());
	const queue = [...plan.units];
	const total = queue.length;
	let done = 0;
	const started = Date.now();

	info(`compiling ${total} files with ${jobs} parallel jobs (takes several minutes on 2 cores)`);

	const workers = Array.from({ length: jobs }, async () => {
		for (let unit = queue.shift(); unit; unit = queue.shift()) {
			try {
				await compileUnit(plan, buildDir, unit);
			} catch (error) {
				// Stop handing out work: the first failure is the one to report.
				queue.length = 0;
				throw error;
			}
			done++;

			if (done % 20 === 0 || done === total) {
				info(`compiled ${done}/${total} (${Math.round((Date.now() - started) / 1000)} s)`);
			}
		}
	});

	await Promise.all(workers);

	const binary = path.join(buildDir, 'mediasoup-worker');

	info('linking mediasoup-worker');
	await runOrThrow('g++', [
		'-o',
		binary,
		...plan.units.map((u) => path.join(buildDir, u.object)),
		...plan.linkLibs,
	]);

	return binary;
}
