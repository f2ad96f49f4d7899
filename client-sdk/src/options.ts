import type { types as msc } from 'mediasoup-client';
import type { ManagerOptions, SocketOptions } from 'socket.io-client';
import type { E2eeOptions } from './e2ee/E2ee.js';
import type { RemotePeer, Role } from './models.js';

export interface ConnectOptions {
	/** Access token for the room (from your backend, or Skylark's admin API / `npm run token`). */
	token?: string;
	/** Subscribe to every track other peers publish (default true). */
	autoSubscribe?: boolean;
	/** How long a request may wait for its response (default 10 s). */
	requestTimeoutMs?: number;
	/** Relay-only ICE (`iceTransportPolicy: 'relay'`): all media through the TURN servers the server hands out. */
	forceRelay?: boolean;
	/** Connect over TCP only, ignoring the server's UDP candidates (for networks that block UDP). */
	forceTcp?: boolean;
	/** mediasoup-client handler to use instead of detecting the browser (e.g. 'Chrome111' outside browsers). */
	handlerName?: msc.BuiltinHandlerName;
	/**
	 * End-to-end encrypt media with a key every participant shares (see
	 * E2eeOptions). Peers with another key get E2EE_KEY_MISMATCH errors.
	 */
	e2ee?: E2eeOptions;
	/** Extra socket.io-client options. */
	socket?: Partial<ManagerOptions & SocketOptions>;
}

export interface JoinOptions {
	displayName: string;
	role?: Role;
}

/** What this peer may do in the room, from its access token and role. */
export interface JoinGrants {
	canPublish: boolean;
	canSubscribe: boolean;
	canPublishData: boolean;
}

export interface JoinResult {
	peerId: string;
	roomId: string;
	peers: RemotePeer[];
	/** The role the server gave: `viewer` when the token may not publish. */
	role: Role;
	grants: JoinGrants;
}
