import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
	createBuildPlan,
	mesonBooleanOptions,
	mesonList,
	type BuildPlan,
} from '../../server/worker-build/buildPlan.js';
import { MissingPackagesError, missingPackages } from '../../server/worker-build/debianPackages.js';
import { cacheEntryDir, ensureWorker, usableCacheEntry } from '../../server/worker-build/ensure.js';
import { applyPatch, sourcePatches } from '../../server/worker-build/patches.js';
import {
	defaultWorkerBinPath,
	mediasoupPackageDir,
	mediasoupVersion,
	originMarkerPath,
} from '../../server/worker-build/paths.js';
import {
	checkWorkerBinary,
	readRecord,
	writeRecord,
	type WorkerRecord,
} from '../../server/worker-build/workerBinary.js';
import packageJson from '../../package.json' with { type: 'json' };

describe('offline worker build', () => {
	it("reads the source lists out of mediasoup's meson files", () => {
		const worker = path.join(mediasoupPackageDir(), 'worker');
		const meson = fs.readFileSync(path.join(worker, 'meson.build'), 'utf8');
		const options = mesonBooleanOptions(fs.readFileSync(path.join(worker, 'meson_options.txt'), 'utf8'));
		const sources = mesonList(meson, 'common_sources', options);

		assert.ok(sources.length > 150, `only ${sources.length} sources`);
		assert.ok(sources.includes('src/RTC/DtlsTransport.cpp'));
		// Added inside `if not get_option('ms_use_builtin_bwe')` (default false): missing them fails the link.
		assert.equal(options.ms_use_builtin_bwe, false);
		assert.ok(sources.includes('src/RTC/TransportCongestionControlClient.cpp'));
		assert.ok(
			!mesonList(meson, 'common_sources', { ...options, ms_use_builtin_bwe: true }).includes(
				'src/DepLibWebRTC.cpp'
			)
		);
		assert.throws(() => mesonList(meson, 'no_such_list'), /not found/);
		assert.throws(
			() =>
				mesonList(
					"if host_machine.system() == 'linux'\n  srcs += [\n  'a.cpp',\n]\nendif\nsrcs = [\n]",
					'srcs'
				),
			/condition "host_machine.system\(\) == 'linux'" around a source list is not understood/
		);
	});

	it('patches the DTLS BIO callback, and refuses when upstream code changed', () => {
		const [patch] = sourcePatches;
		const original = fs.readFileSync(path.join(mediasoupPackageDir(), 'worker', patch.file), 'utf8');
		const patched = applyPatch(original, patch);

		assert.ok(patched.includes('(operationType & BIO_CB_RETURN)'));
		assert.ok(!patched.includes('(operationType == BIO_CB_RETURN)'));
		assert.throws(() => applyPatch(patched, patch), /expected exactly one occurrence/);
	});

	it('leaves an installed binary that matches its origin record', async () => {
		const record = readRecord(originMarkerPath());
		const pinned = packageJson.dependencies.mediasoup;

		assert.ok(record, 'postinstall wrote no origin record');
		assert.equal(record.mediasoupVersion, pinned);
		assert.equal(await checkWorkerBinary(defaultWorkerBinPath(), record), undefined);

		if (record.origin === 'built-offline') {
			assert.equal(record.buildId?.replace(/\+[0-9a-f]{16}$/, ''), `SKYLARK_WORKER_BUILD_ID=${pinned}`);
		}
	});

	it('never pairs a worker built for another mediasoup with this one (old cache, stale MEDIASOUP_WORKER_BIN)', async () => {
		const installed = fs.readFileSync(defaultWorkerBinPath());
		const ownId = `SKYLARK_WORKER_BUILD_ID=${mediasoupVersion()}+`;
		const at = installed.indexOf(ownId);

		assert.ok(at > 0, 'the installed worker carries no Skylark build id');

		// The same binary, relabelled as a 3.19.3 build (same length, so it still runs).
		const old = Buffer.from(installed);

		old.write('SKYLARK_WORKER_BUILD_ID=3.19.3+', at, 'latin1');

		const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-old-'));
		const oldBin = path.join(tmp, 'mediasoup-worker');
		const savedBin = process.env.MEDIASOUP_WORKER_BIN;

		fs.writeFileSync(oldBin, old, { mode: 0o755 });

		try {
			assert.match(
				(await checkWorkerBinary(oldBin)) ?? '',
				new RegExp(
					`was built for mediasoup 3\\.19\\.3, but mediasoup ${mediasoupVersion().replaceAll('.', '\\.')} is installed`
				)
			);
			process.env.MEDIASOUP_WORKER_BIN = oldBin;
			await assert.rejects(
				ensureWorker({ source: 'offline', force: false, prebuiltTimeoutMs: 1000 }),
				/MEDIASOUP_WORKER_BIN is set but unusable: .*built for mediasoup 3\.19\.3/
			);
		} finally {
			if (savedBin === undefined) {
				delete process.env.MEDIASOUP_WORKER_BIN;
			} else {
				process.env.MEDIASOUP_WORKER_BIN = savedBin;
			}

			fs.rmSync(tmp, { recursive: true, force: true });
		}
	});

	describe('cache of built workers', () => {
		let plan: BuildPlan;
		let cacheRoot: string;
		const savedEnv = process.env.SKYLARK_WORKER_CACHE_DIR;

		before(async function () {
			this.timeout(30_000);
			plan = await createBuildPlan();
		});

		beforeEach(() => {
			cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-cache-'));
			process.env.SKYLARK_WORKER_CACHE_DIR = cacheRoot;
		});

		afterEach(() => {
			fs.rmSync(cacheRoot, { recursive: true, force: true });
			process.env.SKYLARK_WORKER_CACHE_DIR = savedEnv;
		});

		/**
		 * A worker binary that carries this plan's build id: the installed one,
		 * with the id appended (an ELF file runs the same with trailing bytes).
		 */
		function validBinary(): Buffer {
			return Buffer.concat([fs.readFileSync(defaultWorkerBinPath()), Buffer.from(plan.buildId)]);
		}

		/** Plants a cache entry holding `bytes`, with a manifest describing validBinary(). */
		function plant(bytes: Buffer, manifest: Partial<WorkerRecord> = {}): string {
			const dir = cacheEntryDir(plan);

			fs.mkdirSync(dir, { recursive: true });
			fs.writeFileSync(path.join(dir, 'mediasoup-worker'), bytes, { mode: 0o755 });
			writeRecord(path.join(dir, 'manifest.json'), {
				origin: 'built-offline',
				mediasoupVersion: plan.version,
				sha256: createHash('sha256').update(validBinary()).digest('hex'),
				buildId: plan.buildId,
				obtainedAt: new Date().toISOString(),
				...manifest,
			});

			return dir;
		}

		it('uses an intact entry', async () => {
			plant(validBinary());

			const entry = await usableCacheEntry(plan);

			assert.ok(entry);
			assert.equal(entry.record.buildId, plan.buildId);
		});

		it('detects a truncated binary and removes it so it gets rebuilt', async () => {
			const valid = validBinary();
			const dir = plant(valid.subarray(0, valid.length >> 1));

			assert.equal(await usableCacheEntry(plan), undefined);
			assert.equal(fs.existsSync(path.join(dir, 'mediasoup-worker')), false);
		});

		it('detects a binary recorded for another mediasoup version', async () => {
			const dir = plant(validBinary(), {
				mediasoupVersion: '3.18.0',
				buildId: 'SKYLARK_WORKER_BUILD_ID=3.18.0+0000000000000000',
			});

			assert.equal(await usableCacheEntry(plan), undefined);
			assert.equal(fs.existsSync(path.join(dir, 'manifest.json')), false);
		});
	});

	it('rejects files that are not a runnable worker', async () => {
		const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-bin-'));

		try {
			const truncated = path.join(tmp, 'truncated');
			const real = fs.readFileSync(defaultWorkerBinPath());

			fs.writeFileSync(truncated, real.subarray(0, 4096), { mode: 0o755 });
			assert.match((await checkWorkerBinary(truncated)) ?? '', /does not run as a mediasoup worker/);
			assert.match(
				(await checkWorkerBinary('/bin/true')) ?? '',
				/does not run as a mediasoup worker \(exit 0\)/
			);
			assert.match((await checkWorkerBinary(path.join(tmp, 'missing'))) ?? '', /does not exist/);
			assert.equal(await checkWorkerBinary(defaultWorkerBinPath()), undefined);
		} finally {
			fs.rmSync(tmp, { recursive: true, force: true });
		}
	});
});

describe('Debian build packages', () => {
	it('names exactly the missing packages, with the apt-get line that installs them', async () => {
		const missing = await missingPackages(['coreutils', 'skylark-no-such-package']);

		assert.deepEqual(missing, ['skylark-no-such-package']);

		const error = new MissingPackagesError(missing, 'building the mediasoup worker');

		assert.equal(error.message.split('\n').length, 1, 'one line, so it stands out in npm output');
		assert.match(
			error.message,
			/^missing Debian packages for building the mediasoup worker: skylark-no-such-package\. Install them with: apt-get install -y --no-install-recommends skylark-no-such-package$/
		);
	});
});
