import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILD_PACKAGES, createBuildPlan, type BuildPlan } from './buildPlan.js';
import { compileWorker } from './compile.js';
import { ensureDebianPackages } from './debianPackages.js';
import { info, warn } from './log.js';
import { fetchPrebuiltWorker } from './prebuilt.js';
import { defaultWorkerBinPath, mediasoupVersion, originMarkerPath, workerCacheRoot } from './paths.js';
import { checkWorkerBinary, readRecord, sha256File, writeRecord, type WorkerRecord } from './workerBinary.js';

export type WorkerSourcePolicy = 'auto' | 'prebuilt' | 'offline';

export interface EnsureOptions {
	/** 'auto' tries mediasoup's prebuilt download first, then the offline build. */
	source: WorkerSourcePolicy;
	/** Ignore a valid installed or cached binary and obtain it again. */
	force: boolean;
	prebuiltTimeoutMs: number;
}

export interface EnsureResult {
	binary: string;
	record: WorkerRecord;
	/** What ensure did: kept what was there, used the cache, downloaded or built. */
	action: 'kept' | 'env' | 'prebuilt' | 'cache' | 'built';
}

export function cacheEntryDir(plan: BuildPlan): string {
	return path.join(workerCacheRoot(), `${plan.version}-${plan.key}`);
}

function installFrom(source: string, record: WorkerRecord): void {
	const target = defaultWorkerBinPath();
	const tmp = `${target}.tmp-${process.pid}`;

	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.copyFileSync(source, tmp);
	fs.chmodSync(tmp, 0o755);
	fs.renameSync(tmp, target);
	writeRecord(originMarkerPath(), record);
}

/** The cached binary for this plan, or undefined (a bad entry is removed so it gets rebuilt). */
export async function usableCacheEntry(
	plan: BuildPlan
): Promise<{ binary: string; record: WorkerRecord } | undefined> {
	const dir = cacheEntryDir(plan);
	const binary = path.join(dir, 'mediasoup-worker');
	const record = readRecord(path.join(dir, 'manifest.json'));

	if (!fs.existsSync(binary) && !record) {
		return undefined;
	}

	const problem = !record
		? 'its manifest is missing or unreadable'
		: record.mediasoupVersion !== plan.version || record.buildId !== plan.buildId
			? `it was built for ${record.buildId ?? record.mediasoupVersion}, not ${plan.buildId}`
			: await checkWorkerBinary(binary, record);

	if (problem) {
		warn(`discarding cached worker in ${dir}: ${problem}`);
		fs.rmSync(path.join(dir, 'mediasoup-worker'), { force: true });
		fs.rmSync(path.join(dir, 'manifest.json'), { force: true });

		return undefined;
	}

	return { binary, record: record! };
}

async function buildOffline(plan: BuildPlan): Promise<{ binary: string; record: WorkerRecord }> {
	const dir = cacheEntryDir(plan);
	const started = Date.now();
	const built = await compileWorker(plan, path.join(dir, 'build'));
	const record: WorkerRecord = {
		origin: 'built-offline',
		mediasoupVersion: plan.version,
		sha256: sha256File(built),
		buildId: plan.buildId,
		obtainedAt: new Date().toISOString(),
	};
	const problem = await checkWorkerBinary(built, record);

	if (problem) {
		throw new Error(`the freshly built worker is unusable: ${problem}`);
	}

	const binary = path.join(dir, 'mediasoup-worker');

	fs.renameSync(built, binary);
	writeRecord(path.join(dir, 'manifest.json'), record);
	fs.rmSync(path.join(dir, 'build'), { recursive: true, force: true });
	info(
		`built mediasoup-worker ${plan.version} in ${Math.round((Date.now() - started) / 1000)} s; cached in ${dir}`
	);

	return { binary, record };
}

async function offlineBuildPlan(): Promise<BuildPlan> {
	// The plan's key includes the Debian library versions, so the packages come first.
	await ensureDebianPackages(BUILD_PACKAGES, 'building the mediasoup worker');

	return createBuildPlan();
}

/** The record of the installed binary when it is sound and still what this checkout would build. */
async function keepInstalled(version: string): Promise<WorkerRecord | undefined> {
	const record = readRecord(originMarkerPath());

	if (record?.mediasoupVersion !== version) {
		return undefined;
	}

	if (record.origin === 'built-offline' && record.buildId !== (await offlineBuildPlan()).buildId) {
		info('the installed worker was built from other inputs; replacing it');

		return undefined;
	}

	const problem = await checkWorkerBinary(defaultWorkerBinPath(), record);

	if (problem) {
		warn(`replacing the installed worker: ${problem}`);

		return undefined;
	}

	return record;
}

/**
 * Leaves a working mediasoup worker where mediasoup looks for it, in this
 * order: MEDIASOUP_WORKER_BIN; the binary already installed; mediasoup's own
 * prebuilt download; Skylark's cache of offline builds; an offline build from
 * the C++ sources inside the mediasoup npm package against Debian's libraries.
 */
export async function ensureWorker(options: EnsureOptions): Promise<EnsureResult> {
	const version = mediasoupVersion();
	const envBin = process.env.MEDIASOUP_WORKER_BIN;

	if (envBin) {
		const problem = await checkWorkerBinary(envBin);

		if (problem) {
			throw new Error(`MEDIASOUP_WORKER_BIN is set but unusable: ${problem}`);
		}

		return {
			binary: envBin,
			record: {
				origin: 'env',
				mediasoupVersion: version,
				sha256: sha256File(envBin),
				obtainedAt: new Date().toISOString(),
			},
			action: 'env',
		};
	}

	const installed = defaultWorkerBinPath();

	if (!options.force) {
		const kept = await keepInstalled(version);

		if (kept) {
			return { binary: installed, record: kept, action: 'kept' };
		}
	}

	if (options.source !== 'offline') {
		info(`trying mediasoup's prebuilt worker download for ${version}`);

		const failure = await fetchPrebuiltWorker(options.prebuiltTimeoutMs);

		if (!failure) {
			const record: WorkerRecord = {
				origin: 'prebuilt',
				mediasoupVersion: version,
				sha256: sha256File(installed),
				obtainedAt: new Date().toISOString(),
			};

			writeRecord(originMarkerPath(), record);

			return { binary: installed, record, action: 'prebuilt' };
		}

		if (options.source === 'prebuilt') {
			throw new Error(`mediasoup's prebuilt worker download failed: ${failure}`);
		}

		info(`prebuilt worker unavailable (${failure}); using Skylark's offline build`);
	}

	const plan = await offlineBuildPlan();
	const cached = options.force ? undefined : await usableCacheEntry(plan);
	const obtained = cached ?? (await buildOffline(plan));

	installFrom(obtained.binary, obtained.record);

	return { binary: installed, record: obtained.record, action: cached ? 'cache' : 'built' };
}
