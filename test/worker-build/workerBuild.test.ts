import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createBuildPlan, mesonList, type BuildPlan } from '../../server/worker-build/buildPlan.js';
import { MissingPackagesError, missingPackages } from '../../server/worker-build/debianPackages.js';
import { cacheEntryDir, usableCacheEntry } from '../../server/worker-build/ensure.js';
import { applyPatch, sourcePatches } from '../../server/worker-build/patches.js';
import {
	defaultWorkerBinPath,
	mediasoupPackageDir,
	originMarkerPath,
} from '../../server/worker-build/paths.js';
import {
	checkWorkerBinary,
	readRecord,
	writeRecord,
	type WorkerRecord,
} from '../../server/worker-build/workerBinary.js';

describe('offline worker build', () => {
	it("reads the source lists out of mediasoup's meson files", () => {
		const meson = fs.readFileSync(path.join(mediasoupPackageDir(), 'worker', 'meson.build'), 'utf8');
		const sources = mesonList(meson, 'common_sources');

		assert.ok(sources.length > 150, `only ${sources.length} sources`);
		assert.ok(sources.includes('src/RTC/DtlsTransport.cpp'));
		assert.throws(() => mesonList(meson, 'no_such_list'), /not found/);
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

		assert.ok(record, 'postinstall wrote no origin record');
		assert.equal(record.mediasoupVersion, '3.19.3');
		assert.equal(await checkWorkerBinary(defaultWorkerBinPath(), record), undefined);

		if (record.origin === 'built-offline') {
			assert.match(record.buildId ?? '', /^SKYLARK_WORKER_BUILD_ID=3\.19\.3\+[0-9a-f]{16}$/);
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
