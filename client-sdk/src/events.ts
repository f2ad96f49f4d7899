import type { enhancedEvents } from 'mediasoup-client';
import type {
	ConnectionStateChange,
	DataMessage,
	RemotePeer,
	RemoteTrack,
	RemoteTrackInfo,
} from './models.js';
import type { SkylarkError } from './SkylarkError.js';

export type SkylarkEvents = {
	peerJoined: [RemotePeer];
	peerLeft: [RemotePeer];
	/** Another peer published a track (emitted whether or not it is subscribed). */
	trackPublished: [RemotePeer, RemoteTrackInfo];
	trackSubscribed: [RemoteTrack];
	trackUnsubscribed: [RemoteTrack];
	trackPaused: [RemotePeer, RemoteTrackInfo];
	trackResumed: [RemotePeer, RemoteTrackInfo];
	activeSpeaker: [peerId: string];
	connectionStateChanged: [ConnectionStateChange];
	data: [DataMessage];
	roomClosed: [reason: string];
	/** Fresh TURN credentials from the server were applied to the transports. */
	iceServersUpdated: [];
	error: [SkylarkError];
};

/** Emits one of SkylarkClient's events; handed to the parts that produce them. */
export type EmitEvent = enhancedEvents.EnhancedEventEmitter<SkylarkEvents>['safeEmit'];
