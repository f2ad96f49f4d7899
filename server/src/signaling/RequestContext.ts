import type { skylark } from '../../../protos/index.js';
import type { AccessClaims } from '../auth/accessTokens.js';
import type { CascadeOrigin, ClusterRouter } from '../cluster/ClusterRouter.js';
import type { IceServerSettings } from '../connectivity/iceServers.js';
import type { Logger } from '../logging/logger.js';
import type { Peer } from '../rooms/Peer.js';
import type { PeerChannel } from '../rooms/PeerChannel.js';
import type { Room } from '../rooms/Room.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { invalidState } from './SignalingError.js';

type Request = skylark.v1.Request;

/** Every method a client can call. */
export type Method = NonNullable<Request['method']>;

/** The body of a request for method M. */
export type RequestBody<M extends Method> = NonNullable<Request[M]>;

/** What a handler answers: one `result` member of Response, without the id. */
export type ResponseResult = Omit<skylark.v1.Response.$Properties, 'id' | 'error'>;

/** One client connection's state, seen by the request handlers. */
export interface Session {
	readonly channel: PeerChannel;
	readonly logger: Logger;
	/** Verified in the socket.io handshake. */
	readonly claims: AccessClaims;
	/** Set by join, cleared by leave. */
	membership?: { room: Room; peer: Peer };
	/**
	 * Takes over a peer whose connection dropped (see the resume handler),
	 * replaying notifications after `lastSeq`; false if some were lost.
	 */
	resumed(membership: { room: Room; peer: Peer }, lastSeq: number): boolean;
}

/** Node settings request handlers need. */
export interface SignalingPolicy {
	/** Whether clients may use plain (S)RTP transports, and where those may send. */
	plainTransports: 'off' | 'loopback' | 'any';
	maxPeersPerRoom: number;
	maxProducersPerPeer: number;
	/** Media plus data consumers one peer may hold. */
	maxConsumersPerPeer: number;
	maxDataProducersPerPeer: number;
	/** Largest data-channel message, each way (SCTP max send/receive message size). */
	maxDataMessageBytes: number;
	maxRooms: number;
	iceServers: IceServerSettings;
	/** Shared with the node: set while it drains, so joins are refused. */
	node: { draining: boolean };
}

/** Opens a room here as an edge of the room whose publishers are on `origin` (the cascade). */
export interface EdgeRoomOpener {
	open(roomId: string, origin: CascadeOrigin): Promise<Room>;
}

export interface RequestContext {
	readonly session: Session;
	readonly rooms: RoomManager;
	/** Where rooms live: this node alone, or a cluster. */
	readonly cluster: ClusterRouter;
	readonly edges: EdgeRoomOpener;
	readonly policy: SignalingPolicy;
}

export type Handler<M extends Method> = (
	ctx: RequestContext,
	body: RequestBody<M>
) => Promise<ResponseResult>;

/** The room and peer of a session that has joined; INVALID_STATE otherwise. */
export function joined(ctx: RequestContext): { room: Room; peer: Peer } {
	const membership = ctx.session.membership;

	if (!membership || membership.peer.closed) {
		throw invalidState('join a room first');
	}

	return membership;
}

export const OK: ResponseResult = { ok: {} };
