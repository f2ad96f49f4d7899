import type { NodeRecord } from './ClusterRouter.js';
import type { RedisConnection } from './RedisConnection.js';
import type { redisKeys } from './redisSchema.js';

/**
 * The cluster's nodes as Redis knows them: each node writes its own record
 * with a TTL every heartbeat (a dead node's record expires) and reads
 * everyone's. Between reads, `live` answers from the last one.
 */
export class NodeRegistry {
	readonly #redis: RedisConnection;
	readonly #keys: ReturnType<typeof redisKeys>;
	readonly #ttlMs: number;
	/** This node's record as it is now (its load changes between heartbeats). */
	readonly #self: () => NodeRecord;
	#nodes: NodeRecord[] = [];

	constructor(options: {
		redis: RedisConnection;
		keys: ReturnType<typeof redisKeys>;
		ttlMs: number;
		self: () => NodeRecord;
	}) {
		this.#redis = options.redis;
		this.#keys = options.keys;
		this.#ttlMs = options.ttlMs;
		this.#self = options.self;
	}

	/** Every node of the last read (this one included once it has registered). */
	get known(): readonly NodeRecord[] {
		return this.#nodes;
	}

	/** Writes this node's record, which expires unless written again within the TTL. */
	async register(record: NodeRecord): Promise<void> {
		await this.#redis.run('heartbeat', (redis) =>
			Promise.all([
				redis.set(this.#keys.node(record.id), JSON.stringify(record), { PX: this.#ttlMs }),
				redis.sAdd(this.#keys.nodes, record.id),
			])
		);
	}

	async unregister(nodeId: string): Promise<void> {
		await this.#redis.run('unregister', (redis) =>
			Promise.all([redis.del(this.#keys.node(nodeId)), redis.sRem(this.#keys.nodes, nodeId)])
		);
	}

	/** Reads every node's record; ids whose record expired are removed from the set. */
	async refresh(): Promise<readonly NodeRecord[]> {
		const ids = await this.#redis.run('read-nodes', (redis) => redis.sMembers(this.#keys.nodes));
		const raws = ids.length
			? await this.#redis.run('read-nodes', (redis) => redis.mGet(ids.map((id) => this.#keys.node(id))))
			: [];
		const nodes: NodeRecord[] = [];
		const gone: string[] = [];

		raws.forEach((raw, i) => (raw ? nodes.push(JSON.parse(raw) as NodeRecord) : gone.push(ids[i])));
		this.#nodes = nodes;

		if (gone.length) {
			await this.#redis.run('read-nodes', (redis) => redis.sRem(this.#keys.nodes, gone));
		}

		return nodes;
	}

	/** A node from the last read (or this node) that is still within its TTL. */
	live(id: string): NodeRecord | undefined {
		const self = this.#self();
		const node = id === self.id ? self : this.#nodes.find((n) => n.id === id);

		return node && Date.now() - node.lastSeen <= this.#ttlMs ? node : undefined;
	}

	/**
	 * The live record of the node an entry names. The last read may not have
	 * it yet (a node that just started), and taking a room from a live owner
	 * by mistake would split it: on a miss, Redis is asked for that one record.
	 */
	async owner(id: string): Promise<NodeRecord | undefined> {
		const known = this.live(id);

		if (known || id === this.#self().id) {
			return known;
		}

		const raw = await this.#redis.run('read-node', (redis) => redis.get(this.#keys.node(id)));

		if (!raw) {
			return undefined;
		}

		const node = JSON.parse(raw) as NodeRecord;

		this.#nodes = [...this.#nodes.filter((n) => n.id !== id), node];

		return this.live(id);
	}
}
