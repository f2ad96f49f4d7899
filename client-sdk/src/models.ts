import type { types as msc } from 'mediasoup-client';
import type { Role } from '../../protos/index.js';
import { AdaptiveStream, type AdaptiveControls } from './AdaptiveStream.js';

export type { Role };

/** A track another peer publishes, as announced by the server. */
export interface RemoteTrackInfo {
	producerId: string;
	kind: 'audio' | 'video';
	source: string;
	paused: boolean;
}

/** How well a participant's media gets through, worked out by the server from media scores and the network path. */
export type ConnectionQuality = 'excellent' | 'good' | 'poor' | 'lost';

/** Another participant of the room. */
export interface RemotePeer {
	readonly id: string;
	readonly displayName: string;
	readonly role: Role;
	/** Tracks this peer publishes, by producer id. */
	readonly tracks: Map<string, RemoteTrackInfo>;
	/** Its connection quality, once the server has told it. */
	quality?: ConnectionQuality;
}

/** What a received track's owner (the SDK) does for it: adaptive stream, and the audio output. */
export interface TrackControls extends Omit<AdaptiveControls, 'currentLayer'> {
	/** The audio output chosen with setAudioOutput, if any. */
	audioOutput(): string | undefined;
}

/** A track this client receives from another peer. */
export class RemoteTrack {
	/** Spatial/temporal layer the server currently forwards (simulcast/SVC). */
	layers?: { spatialLayer?: number; temporalLayer?: number };
	/** Quality scores (0–10) of what this client receives and of what the producer sends. */
	score?: { score: number; producerScore: number };
	readonly #controls?: TrackControls;
	readonly #attached = new Set<HTMLMediaElement>();
	#adaptive?: AdaptiveStream;
	#pinned = false;

	constructor(
		readonly peerId: string,
		readonly consumer: msc.Consumer,
		readonly source: string,
		controls?: TrackControls
	) {
		this.#controls = controls;
	}

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

	/** The elements showing or playing this track (see attach). */
	get elements(): ReadonlySet<HTMLMediaElement> {
		return this.#attached;
	}

	/**
	 * Shows or plays the track in `element`. A video gets adaptive stream
	 * unless `adaptive` is false: the layer that fits the largest visible
	 * element, and nothing while none is visible. Audio plays on the output
	 * chosen with setAudioOutput.
	 */
	attach<E extends HTMLMediaElement>(element: E, options: { adaptive?: boolean } = {}): E {
		element.srcObject = new MediaStream([this.track]);
		element.autoplay = true;
		this.#attached.add(element);

		const sinkId = this.#controls?.audioOutput();

		if (sinkId && this.kind === 'audio' && 'setSinkId' in element) {
			void element.setSinkId(sinkId).catch(() => undefined);
		}

		if (this.kind === 'video' && this.#controls && options.adaptive !== false) {
			if (!this.#adaptive) {
				this.#adaptive = new AdaptiveStream({
					...this.#controls,
					currentLayer: () => this.layers?.spatialLayer,
				});

				if (this.#pinned) {
					this.#adaptive.pin();
				}
			}

			this.#adaptive.observe(element as unknown as HTMLVideoElement);
		}

		void element.play().catch(() => undefined);

		return element;
	}

	detach(element: HTMLMediaElement): void {
		this.#attached.delete(element);
		this.#adaptive?.unobserve(element as HTMLVideoElement);
		element.srcObject = null;
	}

	/** @internal The application chose this track's layers: adaptive stream leaves them alone from now on. */
	layersChosen(): void {
		this.#pinned = true;
		this.#adaptive?.pin();
	}

	/** @internal The track is gone: stop watching its elements. */
	closed(): void {
		this.#adaptive?.close();
		this.#adaptive = undefined;
		this.#attached.clear();
	}
}

/**
 * A track this client publishes. The object stays the same for as long as
 * the track is published, even when Skylark has to publish it again after a
 * media-server crash (its `id` then changes).
 */
export class LocalPublication {
	#producer: msc.Producer;
	/** Simulcast: the highest layer sent, as dynacast last set it (all layers until it does). */
	maxSpatialLayer?: number;

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
		// A new producer sends every layer until dynacast says otherwise.
		this.maxSpatialLayer = undefined;
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
