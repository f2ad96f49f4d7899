import type { Logger } from '../logging/logger.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import type { Peer } from './Peer.js';
import { Room, type RoomOptions } from './Room.js';
import { RoomObserver } from './RoomObserver.js';

export interface JoinLimits {
	maxRooms: number;
	maxPeersPerRoom: number;
}

/**
 * The rooms of this node: created on first join on the least-loaded worker,
 * forgotten when closed. Also knows every peer by its resume token, so a
 * client whose signaling dropped can get its peer back.
 */
export class RoomManager {
	/** Room and peer lifecycle events, for metrics, webhooks and dashboards. */
	readonly observer = new RoomObserver();
	readonly #rooms = new Map<string, Room>();
	readonly #creating = new Map<string, Promise<Room>>();
	/** Joins admitted but not yet in their room's peers, per room id. */
	readonly #joining = new Map<string, number>();
	readonly #byResumeToken = new Map<string, { room: Room; peer: Peer }>();
	readonly #pool: WorkerPool;
	readonly #options: RoomOptions;
	readonly #logger: Logger;

	constructor(pool: WorkerPool, options: RoomOptions, logger: Logger) {
		this.#pool = pool;
		this.#options = options;
		this.#logger = logger;
		this.observer.on('peerjoined', (room, peer) =>
			this.#byResumeToken.set(peer.resumeToken, { room, peer })
		);
		this.observer.on('peerleft', (_room, peer) => this.#byResumeToken.delete(peer.resumeToken));
		this.observer.on('roomclosed', (room) => {
			for (const [token, entry] of this.#byResumeToken) {
				if (entry.room === room) {
					this.#byResumeToken.delete(token);
				}
			}
		});
	}

	get rooms(): ReadonlyMap<string, Room> {
		return this.#rooms;
	}

	get(roomId: string): Room | undefined {
		return this.#rooms.get(roomId);
	}

	/** Joins of the room admitted here and not yet in it. */
	joining(roomId: string): number {
		return this.#joining.get(roomId) ?? 0;
	}

	/** The peer a resume token belongs to, if it is still there. */
	/** Entries in each of the manager's maps: a soak checks none of them keeps growing. */
	mapSizes(): Record<string, number> {
		return {
			rooms: this.#rooms.size,
			creating: this.#creating.size,
			joining: this.#joining.size,
			resumeTokens: this.#byResumeToken.size,
		};
	}

	byResumeToken(token: string): { room: Room; peer: Peer } | undefined {
		const entry = this.#byResumeToken.get(token);

		return entry && !entry.room.closed && !entry.peer.closed ? entry : undefined;
	}

	/**
	 * Holds a place for one join until its peer is in the room (or the join
	 * failed): call release() then. Joins in flight count against the limits,
	 * so concurrent joins cannot all pass a check made before the awaits that
	 * create the room and the peer. Returns the reason when a limit is reached.
	 */
	admitJoin(roomId: string, limits: JoinLimits): { release: () => void } | { refused: string } {
		const room = this.#rooms.get(roomId);
		const joining = this.#joining.get(roomId) ?? 0;

		if (!room && !this.#creating.has(roomId) && joining === 0) {
			const inUse = new Set([...this.#rooms.keys(), ...this.#creating.keys(), ...this.#joining.keys()]);

			if (inUse.size >= limits.maxRooms) {
				return { refused: `this node hosts its maximum of ${limits.maxRooms} rooms` };
			}
		}

		if ((room?.peers.size ?? 0) + joining >= limits.maxPeersPerRoom) {
			return { refused: `room "${roomId}" is full (${limits.maxPeersPerRoom} peers)` };
		}

		this.#joining.set(roomId, joining + 1);

		let released = false;

		return {
			release: () => {
				if (released) {
					return;
				}

				released = true;

				const left = (this.#joining.get(roomId) ?? 1) - 1;

				if (left > 0) {
					this.#joining.set(roomId, left);
				} else {
					this.#joining.delete(roomId);
				}
			},
		};
	}

	/**
	 * The open room with this id, creating it if needed; concurrent joins of a
	 * new room share one. `origin.continued`: the room lived on another node
	 * of the cluster before (it moved here); `origin.edge`: a new room is an
	 * edge of a room whose publishers are on another node.
	 */
	async getOrCreate(
		roomId: string,
		origin: { continued: boolean; edge?: boolean } = { continued: false }
	): Promise<Room> {
		const existing = this.#rooms.get(roomId);

		if (existing && !existing.closed) {
			return existing;
		}

		let pending = this.#creating.get(roomId);

		if (!pending) {
			pending = Room.create(roomId, this.#pool, this.#options, this.observer, this.#logger).finally(
				() => this.#creating.delete(roomId)
			);
			this.#creating.set(roomId, pending);
		}

		const room = await pending;

		if (!this.#rooms.has(roomId)) {
			room.continued = origin.continued;
			room.edge = origin.edge === true;
			this.#rooms.set(roomId, room);
			room.once('close', () => this.#rooms.delete(roomId));
			this.observer.safeEmit('roomcreated', room);
		}

		return room;
	}

	closeAll(reason: string): void {
		for (const room of [...this.#rooms.values()]) {
			room.close(reason);
		}
	}
}
