/**
 * The slice of Skylark's HTTP API the dashboard reads: the admin API's room
 * views (behind the admin key) and the public health endpoints.
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
	createdAt: string;
	peers: number;
	routers: { workerIndex: number; workerPid: number }[];
	pipes: number;
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

export interface NodeSnapshot {
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
		const [health, ready, rooms] = await Promise.all([
			this.#get<{ workers: WorkerView[] }>('/healthz'),
			fetch('/readyz').then((r) => r.json() as Promise<{ ready: boolean; draining: boolean }>),
			this.#get<{ rooms: RoomSummary[] }>('/rooms'),
		]);

		return { workers: health.workers, ready: ready.ready, draining: ready.draining, rooms: rooms.rooms };
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
