import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { Peer, ProducerAppData } from './Peer.js';
import type { Room } from './Room.js';

/**
 * What happens in rooms, for monitoring (metrics, webhooks, dashboards).
 * Listeners only watch: nothing in the control flow waits for them.
 */
export type RoomObserverEvents = {
	roomcreated: [Room];
	roomclosed: [Room, reason: string];
	peerjoined: [Room, Peer];
	peerleft: [Room, Peer, reason: string];
	trackpublished: [Room, Peer, types.Producer<ProducerAppData>];
	trackunpublished: [Room, Peer, types.Producer<ProducerAppData>];
	/** The dominant speaker changed (composites put them large). */
	activespeaker: [Room, peerId: string];
};

export class RoomObserver extends mediasoup.extras.EnhancedEventEmitter<RoomObserverEvents> {}
