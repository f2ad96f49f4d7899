import type { enhancedEvents } from 'mediasoup-client';
import type {
	ConnectionQuality,
	ConnectionStateChange,
	DataMessage,
	LocalPublication,
	RemotePeer,
	RemoteTrack,
	RemoteTrackInfo,
} from './models.js';
import type { DeviceList, ScreenShare } from './devices.js';
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
	/** Signaling dropped and came back; the same peer (and all its media) carries on. */
	reconnected: [];
	/** The server's media worker died: the SDK is publishing and subscribing again. */
	mediaReset: [reason: string];
	/** … and has finished: media flows again. */
	mediaRestored: [];
	/** An operator muted one of this client's tracks (it has stopped sending it). */
	publicationMuted: [LocalPublication];
	/** The server is shutting down; what is left of the room closes at the deadline. */
	serverDraining: [deadline: Date];
	/**
	 * In a cluster: the room goes on on another node (this one drains, or died),
	 * and the SDK is joining it there, with the same tracks.
	 */
	roomMoving: [reason: string];
	/** … and has: media flows again, through the node at this URL. */
	roomMoved: [url: string];
	/**
	 * Dynacast: the layers of this simulcast publication above `maxSpatialLayer`
	 * are paused, since nobody receives them (or resumed, as someone does again).
	 */
	publicationLayers: [LocalPublication, maxSpatialLayer: number];
	/** A participant's connection quality changed (`peerId` is this client's own for its own). */
	connectionQualityChanged: [peerId: string, quality: ConnectionQuality, score: number];
	/** A screen share ended (stopScreenShare, or the browser's own "stop sharing"). */
	screenShareEnded: [ScreenShare];
	/**
	 * A published camera or microphone went away (unplugged): `recovered`
	 * when the publication goes on from the default device.
	 */
	deviceLost: [LocalPublication, recovered: boolean];
	/** Devices were plugged in or out. */
	devicesChanged: [DeviceList];
	/** Fresh TURN credentials from the server were applied to the transports. */
	iceServersUpdated: [];
	error: [SkylarkError];
};

/** Emits one of SkylarkClient's events; handed to the parts that produce them. */
export type EmitEvent = enhancedEvents.EnhancedEventEmitter<SkylarkEvents>['safeEmit'];
