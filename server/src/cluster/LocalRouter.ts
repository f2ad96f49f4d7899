import {
	ClusterRouter,
	type LocalRoomsView,
	type NodeLoad,
	type NodeRecord,
	type NodeRunState,
	type PlaceOptions,
	type Placement,
	RoomAbsentError,
	type RoomRecord,
} from './ClusterRouter.js';

export interface NodeIdentity {
	nodeId: string;
	region?: string;
	/** This node's load, read when someone asks. */
	load: () => NodeLoad;
	rooms: LocalRoomsView;
}

/**
 * Single-node mode (no REDIS_URL): every room lives here, and the cluster is
 * this one node. Nothing to coordinate, nothing to wait for.
 */
export class LocalRouter extends ClusterRouter {
	readonly nodeId: string;
	readonly clustered = false;
	#url = '';
	#state: NodeRunState = 'serving';
	readonly #startedAt = Date.now();
	readonly #identity: NodeIdentity;

	constructor(identity: NodeIdentity) {
		super();
		this.nodeId = identity.nodeId;
		this.#identity = identity;
	}

	get url(): string {
		return this.#url;
	}

	async start(url: string): Promise<void> {
		this.#url = url;
	}

	async close(): Promise<void> {}

	async placeRoom(roomId: string, options: PlaceOptions): Promise<Placement> {
		if (!options.mayCreate && !this.#identity.rooms.has(roomId)) {
			throw new RoomAbsentError(roomId);
		}

		return { kind: 'local', epoch: 1, continued: false };
	}

	async releaseRoom(): Promise<void> {}

	hosts(roomId: string): boolean {
		return this.#identity.rooms.has(roomId);
	}

	async setDraining(): Promise<void> {
		this.#state = 'draining';
	}

	async nodes(): Promise<NodeRecord[]> {
		return [
			{
				id: this.nodeId,
				url: this.#url,
				region: this.#identity.region,
				state: this.#state,
				load: this.#identity.load(),
				startedAt: this.#startedAt,
				lastSeen: Date.now(),
			},
		];
	}

	async rooms(): Promise<RoomRecord[]> {
		return this.#identity.rooms
			.list()
			.map((room) => ({ ...room, node: this.nodeId, epoch: 1, since: 1, updatedAt: Date.now() }));
	}

	async remoteOwner(): Promise<NodeRecord | undefined> {
		return undefined;
	}

	async claimOnce(): Promise<boolean> {
		return true;
	}
}
