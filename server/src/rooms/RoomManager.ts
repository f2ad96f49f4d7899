import type { Logger } from '../logging/logger.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import { Room, type RoomOptions } from './Room.js';

/** The rooms of this node: created on first join on the least-loaded worker, forgotten when closed. */
export class RoomManager {
	readonly #rooms = new Map<string, Room>();
	readonly #creating = new Map<string, Promise<Room>>();
	readonly #pool: WorkerPool;
	readonly #options: RoomOptions;
	readonly #logger: Logger;

	constructor(pool: WorkerPool, options: RoomOptions, logger: Logger) {
		this.#pool = pool;
		this.#options = options;
		this.#logger = logger;
	}

	get rooms(): ReadonlyMap<string, Room> {
		return this.#rooms;
	}

	get(roomId: string): Room | undefined {
		return this.#rooms.get(roomId);
	}

	/** The open room with this id, creating it if needed; concurrent joins of a new room share one. */
	async getOrCreate(roomId: string): Promise<Room> {
		const existing = this.#rooms.get(roomId);

		if (existing && !existing.closed) {
			return existing;
		}

		let pending = this.#creating.get(roomId);

		if (!pending) {
			pending = Room.create(roomId, this.#pool, this.#options, this.#logger).finally(() =>
				this.#creating.delete(roomId)
			);
			this.#creating.set(roomId, pending);
		}

		const room = await pending;

		if (!this.#rooms.has(roomId)) {
			this.#rooms.set(roomId, room);
			room.once('close', () => this.#rooms.delete(roomId));
		}

		return room;
	}

	closeAll(reason: string): void {
		for (const room of [...this.#rooms.values()]) {
			room.close(reason);
		}
	}
}
