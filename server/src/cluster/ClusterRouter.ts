import * as mediasoup from 'mediasoup';

/** What a node publishes about its load (refreshed every heartbeat). */
export interface NodeLoad {
	/** Per worker, fraction of one core (smoothed). */
	cpu: number[];
	consumers: number;
	rooms: number;
	peers: number;
	/** The node's own judgement: it can take no more rooms (every worker over its limits). */
	full: boolean;
	/** Rooms this node is the origin (with edges linked) or an edge of. */
	cascade?: CascadeRoomLoad[];
}

/** One room of the webinar cascade, as one node sees it. */
export interface CascadeRoomLoad {
	room: string;
	role: 'origin' | 'edge';
	/** Viewers of the room on this node. */
	viewers: number;
	/** Producers piped: to its edges (origin), or in from its origin (edge). */
	pipes: number;
	/** Edge: its origin's node id. */
	origin?: string;
	/** Origin: the nodes linked to it as edges. */
	edges?: string[];
}

export type NodeRunState = 'serving' | 'draining';

/** One node of the cluster, as the registry holds it. */
export interface NodeRecord {
	id: string;
	/** How clients (and other nodes) reach its HTTP API and signaling. */
	url: string;
	region?: string;
	state: NodeRunState;
	load: NodeLoad;
	startedAt: number;
	/** When the record was last written (ms since the epoch). */
	lastSeen: number;
}

/** Where a room lives, as the registry holds it. */
export interface RoomRecord {
	id: string;
	node: string;
	/** Fencing token: grows with every claim, so a stale owner can be told apart. */
	epoch: number;
	/** The epoch the room's life began at: unchanged when it moves between nodes. */
	since: number;
	peers: number;
	/** Of the peers, how many are viewers (the cascade keeps the origin's below ORIGIN_MAX_VIEWERS). */
	viewers: number;
	updatedAt: number;
}

/** The answer to "where does a join for this room go?". */
export type Placement =
	/** Host it here. `continued`: the room lived on another node before (it moved or that node died). */
	| { kind: 'local'; epoch: number; continued: boolean }
	/** Another node hosts it: the client goes there with the ticket. */
	| { kind: 'redirect'; url: string; ticket: string; node: string }
	/** A viewer served here, as an edge of the room, whose publishers are on `origin`. */
	| { kind: 'edge'; origin: CascadeOrigin };

/** The node a room's publishers are on, as an edge needs to reach it. */
export interface CascadeOrigin {
	id: string;
	url: string;
}

export interface PlaceOptions {
	/** From a JoinRedirect. */
	ticket?: string;
	/** Whether the caller may create the room if it exists nowhere (the token's roomCreate grant). */
	mayCreate: boolean;
	/** A viewer (publishes nothing): it may be served by an edge node instead of the room's origin. */
	viewer?: boolean;
}

/** Why a room stops being hosted here. */
export type RoomRelease = 'closed' | 'moving';

export type ClusterEvents = {
	/** Another node holds this room with a newer epoch: stop hosting it, send its clients there. */
	roomlost: [roomId: string];
	/** A room whose node died and that nobody rejoined was removed (reported by one node only). */
	roomabandoned: [roomId: string];
};

/** The rooms this node hosts, as the cluster needs to know them. */
export interface LocalRoomsView {
	/** Every room hosted here, with its peer count. */
	list(): { id: string; peers: number; viewers: number }[];
	has(roomId: string): boolean;
	/** Viewers of the room here, with joins in flight. */
	viewers(roomId: string): number;
	/** Whether this node can take one more peer in the room. */
	hasRoomFor(roomId: string): boolean;
}

/**
 * Where rooms live, and who is in the service. The rooms and signaling layers
 * call only this; single-node mode is LocalRouter, a cluster is RedisRouter.
 * (LiveKit's routing.Router, with LocalRouter and RedisRouter, is the model.)
 */
export abstract class ClusterRouter extends mediasoup.extras.EnhancedEventEmitter<ClusterEvents> {
	abstract readonly nodeId: string;
	abstract readonly url: string;
	/** True when several nodes may share the service (rooms can live elsewhere). */
	abstract readonly clustered: boolean;
	/** Joins the registry; `url` is only known once the HTTP server listens. */
	abstract start(url: string): Promise<void>;
	abstract close(): Promise<void>;
	/**
	 * Where a join for `roomId` goes. A ticket (from a redirect) says this node
	 * was chosen. Throws ClusterUnavailableError when deciding needs the
	 * registry and it cannot be reached, TicketError for a bad ticket, and
	 * RoomAbsentError when the room exists nowhere and `mayCreate` is false.
	 */
	abstract placeRoom(roomId: string, options: PlaceOptions): Promise<Placement>;
	/** The room is no longer hosted here: it closed, or its clients are moving to another node. */
	abstract releaseRoom(roomId: string, why: RoomRelease): Promise<void>;
	/** Whether this node hosts the room as its owner (its origin). */
	abstract hosts(roomId: string): boolean;
	/** Takes this node out of placement (it drains). */
	abstract setDraining(): Promise<void>;
	abstract nodes(): Promise<NodeRecord[]>;
	abstract rooms(): Promise<RoomRecord[]>;
	/** The node hosting `roomId`, when it is another live node. */
	abstract remoteOwner(roomId: string): Promise<NodeRecord | undefined>;
	/**
	 * True for exactly one caller in the whole cluster per key, so an event
	 * several nodes see (a room finishing after its node died) is sent once.
	 */
	abstract claimOnce(key: string): Promise<boolean>;

	/** Round trips to the registry so far, by what they were for (for metrics and benches). */
	commandCounts(): ReadonlyMap<string, number> {
		return new Map();
	}
}

/** The registry (Redis) cannot be reached, and the request needs it. Retry later. */
export class ClusterUnavailableError extends Error {
	constructor(
		message: string,
		readonly retryAfterMs: number
	) {
		super(message);
		this.name = 'ClusterUnavailableError';
	}
}

/** The room exists nowhere in the cluster, and the caller may not create it. */
export class RoomAbsentError extends Error {
	constructor(roomId: string) {
		super(`room "${roomId}" does not exist and the access token may not create rooms`);
		this.name = 'RoomAbsentError';
	}
}

/** A redirect ticket that is forged, expired, or meant for another room or node. */
export class TicketError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TicketError';
	}
}
