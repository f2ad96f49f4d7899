import type { types as msc } from 'mediasoup-client';
import type { Role } from '../../protos/index.js';

export type { Role };

/** A track another peer publishes, as announced by the server. */
export interface RemoteTrackInfo {
	producerId: string;
	kind: 'audio' | 'video';
	source: string;
	paused: boolean;
}

/** Another participant of the room. */
export interface RemotePeer {
	readonly id: string;
	readonly displayName: string;
	readonly role: Role;
	/** Tracks this peer publishes, by producer id. */
	readonly tracks: Map<string, RemoteTrackInfo>;
}

/** A track this client receives from another peer. */
export class RemoteTrack {
	/** Spatial/temporal layer the server currently forwards (simulcast/SVC). */
	layers?: { spatialLayer?: number; temporalLayer?: number };
	/** Quality scores (0–10) of what this client receives and of what the producer sends. */
	score?: { score: number; producerScore: number };

	constructor(
		readonly peerId: string,
		readonly consumer: msc.Consumer,
		readonly source: string
	) {}

	get id(): string {
		return this.consumer.id;
	}

	get producerId(): string {
		return this.consumer.producerId;
	}

	get kind(): 'audio' | 'video' {
		return this.consumer.kind;
	}

	get track(): MediaStreamTrack {
		return this.consumer.track;
	}
}

/**
 * A track this client publishes. The object stays the same for as long as
 * the track is published, even when Skylark has to publish it again after a
 * media-server crash (its `id` then changes).
 */
export class LocalPublication {
	#producer: msc.Producer;

	constructor(
		producer: msc.Producer,
		readonly source: string
	) {
		this.#producer = producer;
	}

	get producer(): msc.Producer {
		return this.#producer;
	}

	/** @internal Used by the SDK when it publishes the track again. */
	replaceProducer(producer: msc.Producer): void {
		this.#producer = producer;
	}

	get id(): string {
		return this.producer.id;
	}

	get kind(): 'audio' | 'video' {
		return this.producer.kind;
	}

	get track(): MediaStreamTrack | null {
		return this.producer.track;
	}

	get paused(): boolean {
		return this.producer.paused;
	}
}

export interface DataMessage {
	peerId: string;
	label: string;
	data: string | ArrayBuffer;
}

export type TransportName = 'send' | 'recv';

export interface ConnectionStateChange {
	transport: TransportName;
	state: msc.ConnectionState;
}

/** Inbound RTP statistics of one received track. */
export interface TrackStats {
	trackId: string;
	peerId: string;
	kind: 'audio' | 'video';
	source: string;
	packetsReceived: number;
	packetsLost: number;
	bytesReceived: number;
	framesDecoded?: number;
	frameWidth?: number;
	frameHeight?: number;
	jitter?: number;
	/** Video: pauses of the picture the browser counted as freezes, and their total length. */
	freezeCount?: number;
	totalFreezesDurationSeconds?: number;
	/** NACKs this side sent, and retransmitted (RTX) packets it received: loss being repaired. */
	nackCount?: number;
	retransmittedPacketsReceived?: number;
	/** Audio: samples played out of the concealment (made up for lost or late packets), of all samples. */
	concealedSamples?: number;
	totalSamplesReceived?: number;
}
