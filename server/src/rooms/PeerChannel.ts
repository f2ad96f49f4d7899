import type { skylark } from '../../../protos/index.js';

/** How a room reaches one peer's client: the signaling connection implements it. */
export interface PeerChannel {
	notify(notification: skylark.v1.Notification.$Properties): void;
}
