/**
 * The events Skylark POSTs to WEBHOOK_URLS, as typed objects. Every event
 * has `id` (unique, also in the X-Skylark-Delivery header), `event` (also in
 * X-Skylark-Event) and `createdAt` (ms since the epoch).
 */

export interface WebhookRoom {
	id: string;
}

export interface WebhookParticipant {
	/** The peer id, unique per join. */
	id: string;
	/** The token's `sub`. */
	identity: string;
	name: string;
	role: 'participant' | 'presenter' | 'viewer';
}

export interface WebhookTrack {
	id: string;
	kind: 'audio' | 'video';
	/** What the client said it is: "camera", "microphone", "screen", ... */
	source?: string;
}

/** A recording as the admin API shows it (`GET /rooms/{roomId}/recordings/{recordingId}`). */
export interface WebhookRecording {
	id: string;
	roomId: string;
	target:
		{ type: 'room' } | { type: 'peer'; peerId: string } | { type: 'producers'; producerIds: string[] };
	state: 'recording' | 'stopping' | 'finished' | 'failed';
	error: string | null;
	engine: 'ffmpeg' | 'gstreamer';
	path: string;
	createdAt: string;
	durationSeconds: number;
	sizeBytes: number;
	files: unknown[];
}

/** An egress as the admin API shows it (`GET /rooms/{roomId}/egress/{egressId}`). */
export interface WebhookEgress {
	id: string;
	roomId: string;
	type: 'composite' | 'track';
	state: 'starting' | 'active' | 'stopping' | 'ended' | 'failed';
	error: string | null;
	endReason: string | null;
	layout?: 'grid' | 'speaker' | 'single';
	peerId?: string;
	resolution?: string;
	fps?: number;
	createdAt: string;
	startedAt: string | null;
	stoppedAt: string | null;
	durationSeconds: number;
	/** Encoded bit/s over the last seconds. */
	bitrate: number;
	/** HLS: the playlist's path on the node (needs a token or the signature of signedPlaylistUrl). */
	playlistUrl?: string;
	signedPlaylistUrl?: string;
	outputs: {
		type: 'rtmp' | 'hls' | 'file';
		/** RTMP URL without its stream key, HLS directory or file path. */
		target: string;
		state: 'starting' | 'active' | 'retrying' | 'failed' | 'ended';
		error: string | null;
		attempts: number;
		bytes: number;
	}[];
	[more: string]: unknown;
}

interface Base<E extends string> {
	id: string;
	event: E;
	createdAt: number;
}

export interface RoomStartedEvent extends Base<'room.started'> {
	room: WebhookRoom;
}

export interface RoomFinishedEvent extends Base<'room.finished'> {
	room: WebhookRoom;
	/** e.g. "empty", "closed-by-admin", "node-died". */
	reason: string;
}

export interface ParticipantJoinedEvent extends Base<'participant.joined'> {
	room: WebhookRoom;
	participant: WebhookParticipant;
}

export interface ParticipantLeftEvent extends Base<'participant.left'> {
	room: WebhookRoom;
	participant: WebhookParticipant;
	reason: string;
}

export interface TrackPublishedEvent extends Base<'track.published'> {
	room: WebhookRoom;
	participant: WebhookParticipant;
	track: WebhookTrack;
}

export interface TrackUnpublishedEvent extends Base<'track.unpublished'> {
	room: WebhookRoom;
	participant: WebhookParticipant;
	track: WebhookTrack;
}

export interface RecordingStartedEvent extends Base<'recording.started'> {
	recording: WebhookRecording;
}

export interface RecordingFailedEvent extends Base<'recording.failed'> {
	recording: WebhookRecording;
	/** The file that failed. */
	file: string;
	/** The recorder's own words, e.g. "No space left on device". */
	error: string | null;
}

export interface RecordingFinishedEvent extends Base<'recording.finished'> {
	recording: WebhookRecording;
	reason: string;
}

export interface EgressStartedEvent extends Base<'egress.started'> {
	egress: WebhookEgress;
}

/** An egress's state or one of its outputs' changed (an RTMP output retrying, say). */
export interface EgressUpdatedEvent extends Base<'egress.updated'> {
	egress: WebhookEgress;
}

export interface EgressEndedEvent extends Base<'egress.ended'> {
	/** state ended, or failed with its error. */
	egress: WebhookEgress;
	reason: string;
}

export interface WorkerDiedEvent extends Base<'worker.died'> {
	worker: { index: number; pid: number };
	error: string;
}

/** Any Skylark webhook event; narrow it on `event`. */
export type WebhookEvent =
	| RoomStartedEvent
	| RoomFinishedEvent
	| ParticipantJoinedEvent
	| ParticipantLeftEvent
	| TrackPublishedEvent
	| TrackUnpublishedEvent
	| RecordingStartedEvent
	| RecordingFailedEvent
	| RecordingFinishedEvent
	| EgressStartedEvent
	| EgressUpdatedEvent
	| EgressEndedEvent
	| WorkerDiedEvent;

export type WebhookEventName = WebhookEvent['event'];

/** Every event name Skylark sends (a receiver may get others from a newer server). */
export const WEBHOOK_EVENT_NAMES: readonly WebhookEventName[] = [
	'room.started',
	'room.finished',
	'participant.joined',
	'participant.left',
	'track.published',
	'track.unpublished',
	'recording.started',
	'recording.failed',
	'recording.finished',
	'egress.started',
	'egress.updated',
	'egress.ended',
	'worker.died',
];
