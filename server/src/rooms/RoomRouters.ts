import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { Logger } from '../logging/logger.js';
import { mediaCodecs } from '../media/mediaCodecs.js';
import type { PooledWorker, WorkerPool } from '../media/WorkerPool.js';
import { PipeRegistry } from './PipeRegistry.js';

/** One of a room's routers, and the worker it runs on. */
export interface RoomRouter {
	readonly router: types.Router;
	readonly worker: PooledWorker;
}

export type RoomRoutersEvents = {
	newrouter: [RoomRouter];
};

/**
 * The routers of one room, at most one per worker. New peers go to the
 * current router until its worker is full, then to a router on the
 * least-loaded worker. A peer consumes on its own router: producers from
 * other routers are piped there on demand, once per producer per router, and
 * the pipe closes when its last consumer is gone.
 */
export class RoomRouters extends mediasoup.extras.EnhancedEventEmitter<RoomRoutersEvents> {
	readonly #roomId: string;
	readonly #pool: WorkerPool;
	readonly #logger: Logger;
	readonly #byWorker = new Map<PooledWorker, Promise<RoomRouter>>();
	readonly #routers = new Set<RoomRouter>();
	readonly #pipes = new PipeRegistry();
	#home: RoomRouter;
	#current: RoomRouter;

	static async create(roomId: string, pool: WorkerPool, logger: Logger): Promise<RoomRouters> {
		const worker = pool.leastLoaded();
		const home = {
			worker,
			router: await worker.worker.createRouter({ mediaCodecs, appData: { roomId } }),
		};

		return new RoomRouters(roomId, pool, home, logger);
	}

	private constructor(roomId: string, pool: WorkerPool, home: RoomRouter, logger: Logger) {
		super();
		this.#roomId = roomId;
		this.#pool = pool;
		this.#logger = logger;
		this.#home = home;
		this.#current = home;
		this.#routers.add(home);
		this.#byWorker.set(home.worker, Promise.resolve(home));
	}

	/** The room's first router: active-speaker detection runs there. */
	get home(): RoomRouter {
		return this.#home;
	}

	get all(): readonly RoomRouter[] {
		return [...this.#routers];
	}

	/** Pipes currently open into this room's routers (for tests and metrics). */
	get pipeCount(): number {
		return this.#pipes.size;
	}

	/** Where a new peer's transports go. */
	async placeNewPeer(): Promise<RoomRouter> {
		const current = this.#current;
		const alive = !current.worker.worker.closed;

		if (alive && !this.#pool.isFull(current.worker)) {
			return current;
		}

		const target = this.#pool.leastLoaded();

		if (
			alive &&
			(target === current.worker ||
				this.#pool.utilisation(target) >= this.#pool.utilisation(current.worker))
		) {
			return current; // every worker is as full: stay put rather than spread for nothing
		}

		this.#current = await this.#routerOn(target);
		this.#logger.info('room spreads to another worker', {
			workerPid: target.worker.pid,
			routers: this.#routers.size,
		});

		return this.#current;
	}

	/**
	 * A router in place of one whose worker died: on that worker's replacement
	 * when it comes up in time, else on the least-loaded live worker.
	 */
	async replace(lost: RoomRouter): Promise<RoomRouter> {
		this.#routers.delete(lost);
		this.#byWorker.delete(lost.worker);

		const router = await this.#routerOn(await this.#pool.liveWorkerInsteadOf(lost.worker));

		if (this.#home === lost) {
			this.#home = router;
		}

		if (this.#current === lost) {
			this.#current = router;
		}

		return router;
	}

	#routerOn(worker: PooledWorker): Promise<RoomRouter> {
		let pending = this.#byWorker.get(worker);

		if (!pending) {
			pending = worker.worker
				.createRouter({ mediaCodecs, appData: { roomId: this.#roomId } })
				.then((router) => {
					const roomRouter = { worker, router };

					this.#routers.add(roomRouter);
					this.safeEmit('newrouter', roomRouter);

					return roomRouter;
				});
			this.#byWorker.set(worker, pending);
			pending.catch(() => this.#byWorker.delete(worker));
		}

		return pending;
	}

	/**
	 * Makes a producer on `from` consumable on `to` (a no-op on the same
	 * router). Returns the function that ends this use of the pipe.
	 */
	async useProducerOn(producerId: string, from: RoomRouter, to: RoomRouter): Promise<() => void> {
		if (from === to) {
			return () => undefined;
		}

		return this.#pipes.acquire(`${producerId}>${to.router.id}`, async () => {
			const { pipeProducer } = await from.router.pipeToRouter({ producerId, router: to.router });

			return pipeProducer!;
		});
	}

	/** Same as useProducerOn, for a data producer. */
	async useDataProducerOn(dataProducerId: string, from: RoomRouter, to: RoomRouter): Promise<() => void> {
		if (from === to) {
			return () => undefined;
		}

		return this.#pipes.acquire(`${dataProducerId}>${to.router.id}`, async () => {
			const { pipeDataProducer } = await from.router.pipeToRouter({
				dataProducerId,
				router: to.router,
			});

			return pipeDataProducer!;
		});
	}

	close(): void {
		for (const { router } of this.#routers) {
			router.close();
		}
	}
}
