import type { Logger } from '../logging/logger.js';
import {
	ClusterRouter,
	ClusterUnavailableError,
	type NodeRecord,
	type NodeRunState,
	type PlaceOptions,
	type Placement,
	RoomAbsentError,
	type RoomRecord,
	type RoomRelease,
} from './ClusterRouter.js';
import { NodeRegistry } from './NodeRegistry.js';
import { RecentPlacements } from './RecentPlacements.js';
import { RedisConnection } from './RedisConnection.js';
import type { NodeIdentity } from './LocalRouter.js';
import { chooseNode } from './nodeSelection.js';
import { placeViewer } from './viewerPlacement.js';
import { ASSERT_SCRIPT, CLAIM_SCRIPT, redisKeys, RELEASE_SCRIPT, type StoredRoom } from './redisSchema.js';
import { Tickets, type Ticket } from './tickets.js';

export interface RedisRouterOptions extends NodeIdentity {
	redisUrl: string;
	keyPrefix: string;
	/** Shared by every node: signs redirect tickets. */
	secret: string;
	/** How often the node record and its rooms are written. */
	heartbeatMs: number;
	/** How long a node record outlives its last heartbeat: a dead node is gone after this. */
	nodeTtlMs: number;
	/** Viewers a room's origin takes before further viewers go to edge nodes. */
	originMaxViewers: number;
	logger: Logger;
}

/** Placements this node made count against their target for this long (their load shows them later). */
const RECENT_PLACEMENT_MS = 5000;
/** How often one node of the cluster looks for rooms whose node died and nobody rejoined. */
const SWEEP_MS = 15_000;

/**
 * The cluster through Redis (see redisSchema.ts for what is stored). Each
 * node writes its record every heartbeat; a room is claimed atomically for
 * the least-loaded serving node, with a fencing epoch; a join that reaches
 * another node is redirected with a signed ticket. While Redis is away, rooms
 * this node hosts carry on and joins to them keep working; joins that need a
 * placement get ClusterUnavailableError with a retry hint.
 */
export class RedisRouter extends ClusterRouter {
	readonly nodeId: string;
	readonly clustered = true;
	readonly #options: RedisRouterOptions;
	readonly #keys: ReturnType<typeof redisKeys>;
	readonly #tickets: Tickets;
	readonly #redis: RedisConnection;
	readonly #logger: Logger;
	readonly #startedAt = Date.now();
	/** Rooms hosted here: the epoch they were claimed at, and the one their life began at. */
	readonly #held = new Map<string, { epoch: number; since: number }>();
	/** Placements this node made lately, per target node (times). */
	readonly #recent = new RecentPlacements(RECENT_PLACEMENT_MS);
	readonly #registry: NodeRegistry;
	#state: NodeRunState = 'serving';
	#url = '';
	#timer?: NodeJS.Timeout;
	#lastSweep = 0;
	#closed = false;

	constructor(options: RedisRouterOptions) {
		super();
		this.nodeId = options.nodeId;
		this.#options = options;
		this.#keys = redisKeys(options.keyPrefix);
		this.#tickets = new Tickets(options.secret);
		this.#logger = options.logger.child({ component: 'cluster', nodeId: options.nodeId });
		// Back after an outage (perhaps empty): register again and re-assert every room at once.
		this.#redis = new RedisConnection(options.redisUrl, this.#logger, () => void this.#heartbeat());
		this.#registry = new NodeRegistry({
			redis: this.#redis,
			keys: this.#keys,
			ttlMs: options.nodeTtlMs,
			self: () => this.#record(),
		});
	}

	get url(): string {
		return this.#url;
	}

	override commandCounts(): ReadonlyMap<string, number> {
		return this.#redis.counts;
	}

	async start(url: string): Promise<void> {
		this.#url = url;

		await this.#redis.connect();
		await this.#heartbeat();
		this.#timer = setInterval(() => void this.#heartbeat(), this.#options.heartbeatMs);
		this.#timer.unref();
		this.#logger.info('joined the cluster', {
			url,
			region: this.#options.region,
			nodes: this.#registry.known.length,
		});
	}

	async close(): Promise<void> {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		clearInterval(this.#timer);

		for (const roomId of [...this.#held.keys()]) {
			await this.releaseRoom(roomId, 'closed');
		}

		await this.#registry.unregister(this.nodeId).catch(() => undefined);
		this.#redis.destroy();
	}

	async placeRoom(roomId: string, { ticket, mayCreate, viewer }: PlaceOptions): Promise<Placement> {
		if (ticket) {
			const granted = await this.#tickets.verify(ticket, roomId, this.nodeId);

			if (granted.origin) {
				return { kind: 'edge', origin: granted.origin };
			}

			// The origin has the last word on its viewer count (entry nodes decide on counts seconds old).
			const crowded = viewer && this.#options.rooms.viewers(roomId) >= this.#options.originMaxViewers;

			return (
				(crowded && (await this.#placeViewerElsewhere(roomId, granted, granted.via))) ||
				this.#hostHere(roomId, granted)
			);
		}

		const held = this.#held.get(roomId);

		// A room this node hosts needs no registry: joins to it work while Redis is away.
		if (held && this.#options.rooms.has(roomId)) {
			const crowded = viewer && this.#options.rooms.viewers(roomId) >= this.#options.originMaxViewers;

			return (
				(crowded && (await this.#placeViewerElsewhere(roomId, held))) || {
					kind: 'local',
					epoch: held.epoch,
					continued: false,
				}
			);
		}

		for (let attempt = 0; attempt < 3; attempt++) {
			const raw =
				(await this.#redis.run('read-room', (redis) => redis.hGet(this.#keys.rooms, roomId))) ?? '';
			const entry = raw ? (JSON.parse(raw) as StoredRoom) : undefined;

			if (entry?.node === this.nodeId && this.#state === 'serving') {
				return this.#hostHere(roomId, entry);
			}

			const owner = entry ? await this.#registry.owner(entry.node) : undefined;

			if (entry && owner?.state === 'serving') {
				return viewer
					? this.#placeViewer(roomId, owner, entry, entry.viewers ?? 0)
					: this.#redirect(roomId, owner, entry);
			}

			if (!entry && !mayCreate) {
				throw new RoomAbsentError(roomId);
			}

			// No entry, or its node died or drains: the room goes to the least-loaded serving node.
			const target = this.#choose();

			if (!target) {
				throw new ClusterUnavailableError('no node of the cluster can host a new room now', 2000);
			}

			const [claimed, written] = (await this.#redis.run('claim', (redis) =>
				redis.eval(CLAIM_SCRIPT, {
					keys: [this.#keys.rooms, this.#keys.epochs],
					arguments: [roomId, raw, target.id, String(Date.now())],
				})
			)) as [number, string];

			if (claimed !== 1) {
				continue;
			}

			const placed = JSON.parse(written) as StoredRoom;

			this.#recent.note(target.id);

			return target.id === this.nodeId
				? this.#hostHere(roomId, placed)
				: this.#redirect(roomId, target, placed);
		}

		throw new ClusterUnavailableError(`the placement of room "${roomId}" kept changing`, 200);
	}

	async releaseRoom(roomId: string, why: RoomRelease): Promise<void> {
		const held = this.#held.get(roomId);

		if (!held) {
			return;
		}

		this.#held.delete(roomId);

		// A moving room keeps its entry: it names this draining node, so the next
		// join claims it elsewhere and the room's life (`since`) carries on.
		if (why === 'moving') {
			return;
		}

		await this.#redis
			.run('release', (redis) =>
				redis.eval(RELEASE_SCRIPT, {
					keys: [this.#keys.rooms],
					arguments: [roomId, this.nodeId, String(held.epoch)],
				})
			)
			.catch((error: Error) =>
				// Left behind, the entry names this live node; the next join re-claims the room.
				this.#logger.warn('could not release a room in redis', { roomId, why, error: error.message })
			);
	}

	hosts(roomId: string): boolean {
		return this.#held.has(roomId);
	}

	async setDraining(): Promise<void> {
		this.#state = 'draining';
		await this.#heartbeat();
	}

	async nodes(): Promise<NodeRecord[]> {
		return [...(await this.#registry.refresh())];
	}

	async rooms(): Promise<RoomRecord[]> {
		const all = await this.#redis.run('list-rooms', (redis) => redis.hGetAll(this.#keys.rooms));

		return Object.entries(all).map(([id, raw]) => {
			const entry = JSON.parse(raw) as StoredRoom;

			return { id, ...entry, viewers: entry.viewers ?? 0 };
		});
	}

	async remoteOwner(roomId: string): Promise<NodeRecord | undefined> {
		const raw = await this.#redis.run('read-room', (redis) => redis.hGet(this.#keys.rooms, roomId));
		const entry = raw ? (JSON.parse(raw) as StoredRoom) : undefined;

		return entry && entry.node !== this.nodeId ? this.#registry.owner(entry.node) : undefined;
	}

	async claimOnce(key: string): Promise<boolean> {
		const set = await this.#redis.run('claim-once', (redis) =>
			redis.set(this.#keys.once(key), this.nodeId, { NX: true, PX: 600_000 })
		);

		return set === 'OK';
	}

	/**
	 * A viewer of a room that lives on `origin`: the origin while it has fewer
	 * than ORIGIN_MAX_VIEWERS, else an edge (see viewerPlacement.ts). `via`:
	 * the node it entered through, when that is not this node.
	 */
	async #placeViewer(
		roomId: string,
		origin: NodeRecord,
		at: { epoch: number; since: number },
		/** At the origin, as far as this node knows (without the viewers it sent there lately). */
		originViewers: number,
		via?: NodeRecord
	): Promise<Placement> {
		const now = Date.now();
		const sentToOrigin = this.#recent.count(`origin:${roomId}`, now);
		const target = placeViewer({
			origin,
			entry: via ?? this.#record(),
			nodes: [...this.#registry.known],
			originViewers: originViewers + sentToOrigin,
			maxOriginViewers: this.#options.originMaxViewers,
			// Another entry node's own limits are not known here: its load record must do.
			entryHasRoom: via ? true : this.#options.rooms.hasRoomFor(roomId),
			now,
			staleAfterMs: this.#options.nodeTtlMs,
			recentlyPlaced: (id) => this.#recent.count(`viewer:${id}`, now),
		});

		if (!target) {
			throw new ClusterUnavailableError(
				`no node of the cluster can take a viewer of "${roomId}" now`,
				2000
			);
		}

		if (target.kind === 'origin') {
			this.#recent.note(`origin:${roomId}`, now);

			return origin.id === this.nodeId
				? this.#hostHere(roomId, at)
				: this.#redirect(roomId, origin, at, { via: this.nodeId });
		}

		const edge = target.node;
		const cascadeOrigin = { id: origin.id, url: origin.url };

		this.#recent.note(`viewer:${edge.id}`, now);

		return edge.id === this.nodeId
			? { kind: 'edge', origin: cascadeOrigin }
			: this.#redirect(roomId, edge, at, { origin: cascadeOrigin });
	}

	/**
	 * The origin (this node) has its fill of viewers: one more goes to an
	 * edge, on the node it entered through (`via`) when that can take it.
	 */
	async #placeViewerElsewhere(
		roomId: string,
		at: { epoch: number; since: number },
		via?: string
	): Promise<Placement | undefined> {
		const entryNode = via && via !== this.nodeId ? this.#registry.live(via) : undefined;
		const placement = await this.#placeViewer(
			roomId,
			this.#record(),
			at,
			this.#options.rooms.viewers(roomId),
			entryNode
		);

		return placement.kind === 'local' ? undefined : placement;
	}

	#hostHere(roomId: string, at: { epoch: number; since: number }): Placement {
		const held = this.#held.get(roomId);

		if (!held || held.epoch < at.epoch) {
			this.#held.set(roomId, { epoch: at.epoch, since: at.since });
		}

		return { kind: 'local', epoch: at.epoch, continued: at.since !== at.epoch };
	}

	async #redirect(
		roomId: string,
		node: NodeRecord,
		at: { epoch: number; since: number },
		cascade: Pick<Ticket, 'origin' | 'via'> = {}
	): Promise<Placement> {
		const ticket = await this.#tickets.sign({
			room: roomId,
			node: node.id,
			epoch: at.epoch,
			since: at.since,
			...cascade,
		});

		return { kind: 'redirect', url: node.url, ticket, node: node.id };
	}

	#choose(): NodeRecord | undefined {
		const now = Date.now();

		return chooseNode([...this.#registry.known.filter((n) => n.id !== this.nodeId), this.#record()], {
			region: this.#options.region,
			now,
			staleAfterMs: this.#options.nodeTtlMs,
			preferred: this.nodeId,
			recentlyPlaced: (id) => this.#recent.count(id, now),
		});
	}

	#record(): NodeRecord {
		return {
			id: this.nodeId,
			url: this.#url,
			region: this.#options.region,
			state: this.#state,
			load: this.#options.load(),
			startedAt: this.#startedAt,
			lastSeen: Date.now(),
		};
	}

	async #heartbeat(): Promise<void> {
		if (this.#closed) {
			return;
		}

		try {
			const record = this.#record();
			const hosted = this.#options.rooms.list().flatMap((room) => {
				const held = this.#held.get(room.id);

				return held
					? [
							room.id,
							String(held.epoch),
							String(held.since),
							String(room.peers),
							String(room.viewers),
						]
					: [];
			});

			await this.#registry.register(record);

			if (hosted.length) {
				const lost = (await this.#redis.run('assert', (redis) =>
					redis.eval(ASSERT_SCRIPT, {
						keys: [this.#keys.rooms, this.#keys.epochs],
						arguments: [this.nodeId, String(record.lastSeen), ...hosted],
					})
				)) as string[];

				for (const roomId of lost) {
					this.#held.delete(roomId);
					this.#logger.warn('another node holds this room with a newer epoch: handing it over', {
						roomId,
					});
					this.safeEmit('roomlost', roomId);
				}
			}

			await this.#registry.refresh();
			await this.#sweep();
		} catch (error) {
			this.#logger.debug('heartbeat failed', { error: (error as Error).message });
		}
	}

	/**
	 * Rooms whose node died and that nobody rejoined (a rejoin would have
	 * claimed them) are removed, once per cluster, and reported as finished.
	 */
	async #sweep(): Promise<void> {
		const now = Date.now();

		if (
			now - this.#lastSweep < SWEEP_MS ||
			!(await this.claimOnce(`sweep:${Math.floor(now / SWEEP_MS)}`))
		) {
			return;
		}

		this.#lastSweep = now;

		for (const room of await this.rooms()) {
			const orphaned =
				!this.#registry.live(room.node) && now - room.updatedAt > this.#options.nodeTtlMs * 2;

			if (orphaned) {
				const released = await this.#redis.run('release', (redis) =>
					redis.eval(RELEASE_SCRIPT, {
						keys: [this.#keys.rooms],
						arguments: [room.id, room.node, String(room.epoch)],
					})
				);

				if (released === 1) {
					this.safeEmit('roomabandoned', room.id);
				}
			}
		}
	}
}
