/**
 * The slice of Skylark's HTTP API the dashboard reads: the admin API's node,
 * cluster and room views (behind the admin key) and the readiness probe.
 */

export interface WorkerView {
	index: number;
	pid: number;
	alive: boolean;
	cpu: number;
	load: { routers: number; transports: number; producers: number; consumers: number };
}

export interface RoomSummary {
	id: string;
	/** The node hosting it; in a cluster, rooms on other nodes have only id, peers and node. */
	node: string;
	createdAt?: string;
	peers: number;
	routers?: { workerIndex: number; workerPid: number }[];
	pipes?: number;
}

export interface NodeView {
	id: string;
	url: string;
	region?: string;
	state: string;
	load: { cpu: number[]; rooms: number; peers: number; consumers: number };
	lastSeen: string;
}

export interface PeerView {
	id: string;
	identity: string;
	displayName: string;
	role: string;
	connected: boolean;
	workerIndex: number;
	transports: { direction: string; iceState?: string }[];
	producers: { kind: string; paused: boolean; score: number[] }[];
	consumers: { kind: string; paused: boolean; score: number }[];
}

export interface RoomDetail extends Omit<RoomSummary, 'peers'> {
	peers: PeerView[];
}

/** A room spread over nodes by the webinar cascade (GET /cluster `cascade`). */
export interface CascadeView {
	room: string;
	origin?: string;
	originPipes: number;
	edges: { node: string; viewers: number; pipes: number }[];
	viewers: Record<string, number>;
}

export interface NodeSnapshot {
	cascade: CascadeView[];
	/** The node the dashboard talks to. */
	node: string;
	nodes: NodeView[];
	workers: WorkerView[];
	ready: boolean;
	draining: boolean;
	rooms: RoomSummary[];
}

/** An admin request the server refused; `status` 401 means the key is wrong. */
export class AdminApiError extends Error {
	constructor(readonly status: number) {
		super(status === 401 ? 'wrong admin API key' : `the server answered ${status}`);
	}
}

export class AdminClient {
	constructor(private readonly key: string) {}

	async snapshot(): Promise<NodeSnapshot> {
		const [health, ready, rooms, cluster] = await Promise.all([
			this.#get<{ workers: WorkerView[] }>('/node'),
			fetch('/readyz').then((r) => r.json() as Promise<{ ready: boolean; draining: boolean }>),
			this.#get<{ rooms: RoomSummary[] }>('/rooms'),
			this.#get<{ node: string; nodes: NodeView[]; cascade?: CascadeView[] }>('/cluster'),
		]);

		return {
			node: cluster.node,
			nodes: cluster.nodes,
			cascade: cluster.cascade ?? [],
			workers: health.workers,
			ready: ready.ready,
			draining: ready.draining,
			rooms: rooms.rooms,
		};
	}

	room(id: string): Promise<RoomDetail> {
		return this.#get<RoomDetail>(`/rooms/${encodeURIComponent(id)}`);
	}

	async #get<T>(path: string): Promise<T> {
		const res = await fetch(path, { headers: { authorization: `Bearer ${this.key}` } });

		if (!res.ok) {
			throw new AdminApiError(res.status);
		}

		return (await res.json()) as T;
	}
}
