import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import { createWorker } from './createWorker.js';
import type { Logger } from '../logging/logger.js';
import { once } from 'node:events';
import { sampleWorkerCpu, type CpuGauge } from './workerCpu.js';
import { trackWorkerLoad, type WorkerLoad } from './workerLoad.js';

/** Closes a worker and resolves once its process has exited. */
export async function closeWorkerProcess(worker: types.Worker): Promise<void> {
	if (worker.subprocessClosed) {
		return;
	}

	const exited = once(worker, 'subprocessclose');

	worker.close();
	await exited;
}

export interface WebRtcServerSettings {
	listenIp: string;
	announcedAddress?: string;
	/** Worker i listens on basePort + i, UDP and TCP. */
	basePort: number;
}

/** When a worker counts as full: new peers' media then goes to another worker. */
export interface WorkerLimits {
	maxConsumers: number;
	/** Fraction of one core (0–1), from getResourceUsage() sampled every cpuSampleMs. */
	maxCpu: number;
	cpuSampleMs: number;
}

export interface WorkerPoolOptions {
	numWorkers: number;
	logLevel: types.WorkerLogLevel;
	/** One WebRtcServer per worker, so a deployment opens a few ports, not a range. */
	webRtcServer?: WebRtcServerSettings;
	limits?: WorkerLimits;
}

const DEFAULT_LIMITS: WorkerLimits = { maxConsumers: 500, maxCpu: 0.85, cpuSampleMs: 2000 };

export interface PooledWorker {
	readonly index: number;
	readonly worker: types.Worker;
	readonly webRtcServer?: types.WebRtcServer;
	readonly load: Readonly<WorkerLoad>;
	readonly cpu: CpuGauge;
}

export interface WorkerState {
	index: number;
	pid: number;
	alive: boolean;
	load: WorkerLoad;
	/** Smoothed CPU use, fraction of one core. */
	cpu: number;
	webRtcServerPort?: number;
}

export type WorkerPoolEvents = {
	workerdied: [PooledWorker, Error];
	workerreplaced: [dead: PooledWorker, fresh: PooledWorker];
};

const REPLACE_ATTEMPTS = 5;
/** How long a room waits for a dead worker's replacement before moving to another worker. */
const REPLACEMENT_WAIT_MS = 3000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs the mediasoup workers of this host and picks one for new work. A
 * worker that dies is replaced at the same index (same RTC port); the rooms
 * it carried move on their own (Room).
 */
export class WorkerPool extends mediasoup.extras.EnhancedEventEmitter<WorkerPoolEvents> {
	readonly #entries: PooledWorker[] = [];
	readonly #replacing = new Map<PooledWorker, Promise<PooledWorker | undefined>>();
	#restarts = 0;
	readonly #options: WorkerPoolOptions;
	readonly #limits: WorkerLimits;
	readonly #logger: Logger;
	#closed = false;

	private constructor(options: WorkerPoolOptions, logger: Logger) {
		super();
		this.#options = options;
		this.#limits = options.limits ?? DEFAULT_LIMITS;
		this.#logger = logger.child({ component: 'worker-pool' });
	}

	static async create(options: WorkerPoolOptions, logger: Logger): Promise<WorkerPool> {
		const pool = new WorkerPool(options, logger);

		try {
			for (let index = 0; index < options.numWorkers; index++) {
				pool.#entries.push(await pool.#startWorker(index));
			}
		} catch (error) {
			await pool.close();
			throw error;
		}

		return pool;
	}

	async #startWorker(index: number): Promise<PooledWorker> {
		const worker = await createWorker({ logLevel: this.#options.logLevel });
		const load = trackWorkerLoad(worker);
		let webRtcServer: types.WebRtcServer | undefined;
		const server = this.#options.webRtcServer;

		try {
			if (server) {
				const port = server.basePort + index;
				const listen = { ip: server.listenIp, announcedAddress: server.announcedAddress, port };

				webRtcServer = await worker.createWebRtcServer({
					listenInfos: [
						{ ...listen, protocol: 'udp' },
						{ ...listen, protocol: 'tcp' },
					],
				});
			}
		} catch (error) {
			await closeWorkerProcess(worker);
			throw new Error(
				`worker ${index}: cannot listen on RTC port ${server!.basePort + index}: ${(error as Error).message}`
			);
		}

		const cpu = sampleWorkerCpu(worker, this.#limits.cpuSampleMs);
		const entry: PooledWorker = { index, worker, webRtcServer, load, cpu };

		worker.observer.once('close', () => cpu.stop());
		worker.on('died', (error) => {
			this.#logger.error('mediasoup worker died', {
				workerPid: worker.pid,
				index,
				error: error.message,
			});
			this.safeEmit('workerdied', entry, error);
			this.#replacing.set(entry, this.#replace(entry));
		});
		this.#logger.info('mediasoup worker started', { workerPid: worker.pid, index });

		return entry;
	}

	/** Starts a new worker in a dead one's place, retrying a few times (its port may linger briefly). */
	async #replace(dead: PooledWorker): Promise<PooledWorker | undefined> {
		for (let attempt = 1; attempt <= REPLACE_ATTEMPTS && !this.#closed; attempt++) {
			try {
				const fresh = await this.#startWorker(dead.index);

				if (this.#closed) {
					await closeWorkerProcess(fresh.worker);

					return undefined;
				}

				this.#entries[dead.index] = fresh;
				this.#restarts++;
				this.#logger.warn('mediasoup worker replaced', {
					index: dead.index,
					workerPid: fresh.worker.pid,
					attempt,
				});
				this.safeEmit('workerreplaced', dead, fresh);

				return fresh;
			} catch (error) {
				this.#logger.error('cannot replace dead worker', {
					index: dead.index,
					attempt,
					error: (error as Error).message,
				});
				await delay(200 * attempt);
			}
		}

		return undefined;
	}

	/**
	 * A live worker to use instead of a dead one: its replacement when that
	 * comes up within REPLACEMENT_WAIT_MS, else the least-loaded live worker.
	 */
	async liveWorkerInsteadOf(dead: PooledWorker): Promise<PooledWorker> {
		// Routers hear 'workerclose' before the pool hears 'died': let that land first.
		await new Promise((resolve) => setImmediate(resolve));

		const replacement = this.#replacing.get(dead);

		if (replacement) {
			const fresh = await Promise.race([replacement, delay(REPLACEMENT_WAIT_MS).then(() => undefined)]);

			if (fresh && !fresh.worker.closed) {
				return fresh;
			}
		}

		return this.leastLoaded();
	}

	/** Workers started to replace dead ones since start-up. */
	get restarts(): number {
		return this.#restarts;
	}

	get workers(): readonly PooledWorker[] {
		return this.#entries;
	}

	get alive(): PooledWorker[] {
		return this.#entries.filter((e) => !e.worker.closed && !e.worker.died);
	}

	/** How full a worker is: the larger of its consumer and CPU use, each relative to its limit. */
	utilisation(entry: PooledWorker): number {
		return Math.max(
			entry.load.consumers / this.#limits.maxConsumers,
			entry.cpu.value / this.#limits.maxCpu
		);
	}

	/** A worker at or above either limit takes no new peers' media while another has room. */
	isFull(entry: PooledWorker): boolean {
		return this.utilisation(entry) >= 1;
	}

	/** The live worker with the lowest utilisation (fewest routers on a tie). */
	leastLoaded(): PooledWorker {
		const candidates = this.alive;

		if (candidates.length === 0) {
			throw new Error('no mediasoup worker is running');
		}

		return candidates.reduce((best, e) => {
			const [u, b] = [this.utilisation(e), this.utilisation(best)];

			return u < b || (u === b && e.load.routers < best.load.routers) ? e : best;
		});
	}

	state(): WorkerState[] {
		return this.#entries.map((e) => ({
			index: e.index,
			pid: e.worker.pid,
			alive: !e.worker.closed && !e.worker.died,
			load: { ...e.load },
			cpu: Number(e.cpu.value.toFixed(3)),
			webRtcServerPort: this.#options.webRtcServer
				? this.#options.webRtcServer.basePort + e.index
				: undefined,
		}));
	}

	/**
	 * Kills every worker process at once (SIGKILL), for an exit that cannot
	 * wait: a worker told to close gently may still be tearing down transports
	 * when this process is gone.
	 */
	killNow(): void {
		this.#closed = true;

		for (const { worker } of this.#entries) {
			try {
				process.kill(worker.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
	}

	/** Closes every worker and resolves once their processes have exited. */
	async close(): Promise<void> {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		// A replacement still starting closes itself on seeing #closed: wait for it too.
		await Promise.all(this.#replacing.values());
		await Promise.all(this.#entries.map((e) => closeWorkerProcess(e.worker)));
	}
}
