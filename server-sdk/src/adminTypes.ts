/**
 * What the admin API answers, as described by `GET /api/openapi.json`
 * (a test checks the client against a live server's description).
 */
import type { GrantName } from './grants.js';
import type { WebhookEgress, WebhookRecording } from './webhookEvents.js';

export interface RoomSummary {
	id: string;
	/** The node hosting the room. */
	node: string;
	peers: number;
	/** Only for rooms on the node that answered. */
	createdAt?: string;
	routers?: { workerIndex: number; workerPid: number }[];
	pipes?: number;
}

export interface TransportView {
	id: string;
	direction: 'send' | 'recv';
	type: 'webrtc' | 'plain';
	closed: boolean;
	bytesReceived: number;
	bytesSent: number;
	recvBitrate: number;
	sendBitrate: number;
	iceState?: string;
	iceSelectedTuple?: Record<string, unknown> | null;
	dtlsState?: string;
	sctpState?: string | null;
	tuple?: Record<string, unknown>;
}

export interface PeerView {
	id: string;
	identity: string;
	displayName: string;
	role: 'participant' | 'presenter' | 'viewer';
	connected: boolean;
	workerIndex: number;
	transports: TransportView[];
	producers: {
		id: string;
		kind: 'audio' | 'video';
		source?: string;
		/** Its publisher encrypts end to end: the server forwards ciphertext. */
		encrypted: boolean;
		type: string;
		paused: boolean;
		score: number[];
	}[];
	consumers: {
		id: string;
		producerId: string;
		kind: 'audio' | 'video';
		type: string;
		paused: boolean;
		producerPaused: boolean;
		score: number;
		producerScore: number;
	}[];
}

export interface RoomDetail extends Omit<RoomSummary, 'peers' | 'node'> {
	peers: PeerView[];
}

export type Recording = WebhookRecording;

export interface StartRecordingOptions {
	/** Record one participant; without it and `producerIds`, the whole room. */
	peerId?: string;
	/** Record chosen tracks. */
	producerIds?: string[];
	engine?: 'ffmpeg' | 'gstreamer';
	video?: 'copy' | 'transcode';
	videoBitrateKbps?: number;
	videoHeight?: number;
}

export interface IngestOptions {
	/** The participant's display name. */
	name: string;
	audio?: 'opus';
	video?: 'vp8' | 'vp9' | 'h264';
	/** SRTP (AES_CM_128_HMAC_SHA1_80) instead of plain RTP. */
	srtp?: boolean;
}

export interface IngestTrack {
	kind: 'audio' | 'video';
	ip: string;
	port: number;
	rtcpPort: number;
	payloadType: number;
	ssrc: number;
	clockRate: number;
	srtp?: { cryptoSuite: string; keyBase64: string };
	[more: string]: unknown;
}

export interface Ingest {
	roomId: string;
	/** End it with `deleteIngest(roomId, peerId)`. */
	peerId: string;
	displayName: string;
	tracks: IngestTrack[];
	/** A ready FFmpeg command: put your input after `-re`. */
	ffmpeg: string;
	ffmpegOutputArgs: string[];
}

export interface CreateTokenOptions {
	room: string;
	identity: string;
	name?: string;
	/** Default: publish, subscribe, data. */
	grants?: GrantName[];
	/** 60–86400, default 3600. */
	ttlSeconds?: number;
}

export interface TokenResult {
	token: string;
	expiresIn: number;
}

export interface ClusterNode {
	id: string;
	url: string;
	region?: string;
	state: 'serving' | 'draining';
	load: Record<string, unknown>;
	lastSeen: string;
}

export interface ClusterView {
	/** The node that answered. */
	node: string;
	clustered: boolean;
	nodes: ClusterNode[];
	rooms: { id: string; node: string; epoch: number; peers: number; viewers: number }[];
	/** Rooms spread over nodes by the webinar cascade. */
	cascade: CascadeRoomView[];
}

/** One room of the webinar cascade: its origin (publishers) and its edges (viewers). */
export interface CascadeRoomView {
	room: string;
	origin?: string;
	/** Producers the origin pipes out, over all its edges. */
	originPipes: number;
	edges: { node: string; viewers: number; pipes: number }[];
	/** Viewers per node id, origin included. */
	viewers: Record<string, number>;
}

export interface NodeView {
	pid: number;
	/** Node.js version. */
	node: string;
	mediasoup: string;
	draining: boolean;
	rooms: number;
	workers: {
		index: number;
		pid: number;
		alive: boolean;
		load: Record<string, unknown>;
		/** Fraction of one core, smoothed. */
		cpu: number;
		webRtcServerPort?: number;
	}[];
}

export interface DrainResult {
	draining: true;
	roomsLeft: number;
}

export type EgressOutputOptions =
	| { kind: 'rtmp'; url: string }
	| { kind: 'rtmp'; urls: string[] }
	| { kind: 'hls'; segmentSeconds?: number; windowSegments?: number }
	| { kind: 'file'; format?: 'mp4' | 'mkv' };

export type StartEgressOptions = (EgressOutputOptions | { outputs: EgressOutputOptions[] }) & {
	/** composite (default): the room composed; track: one participant (peerId) copied, H.264 only. */
	type?: 'composite' | 'track';
	layout?: 'grid' | 'speaker' | 'single';
	/** The participant of a single layout or a track egress. */
	peerId?: string;
	/** e.g. "1280x720". */
	resolution?: string;
	fps?: number;
	videoBitrateKbps?: number;
	audioBitrateKbps?: number;
};

export type Egress = WebhookEgress;
