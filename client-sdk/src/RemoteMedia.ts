import type { types as msc } from 'mediasoup-client';
import {
	MEDIA_KINDS,
	oneOf,
	required,
	roleFromProto,
	rtpParametersFromProto,
	skylark,
} from '../../protos/index.js';
import type { E2ee } from './e2ee/E2ee.js';
import { RemoteData } from './RemoteData.js';
import type { EmitEvent } from './events.js';
import {
	RemoteTrack,
	type RemotePeer,
	type RemoteTrackInfo,
	type TrackControls,
	type TrackStats,
} from './models.js';
import { SkylarkError } from './SkylarkError.js';
import type { SignalingChannel } from './SignalingChannel.js';

import pb = skylark.v1;

/**
 * Everything this client receives: the other peers, the tracks it consumes
 * from them, and their data channels. Mirrors the server's notifications.
 */
export class RemoteMedia {
	readonly peers = new Map<string, RemotePeer>();
	readonly tracks = new Map<string, RemoteTrack>();
	/** The other peers' data channels (chat). */
	readonly #data: RemoteData;
	/** Absent when the access token may not subscribe. */
	#transport?: msc.Transport;
	/** The speaker chosen with setAudioOutput: attached audio plays there. */
	audioOutput?: string;
	readonly #signaling: SignalingChannel;
	readonly #emit: EmitEvent;
	/** With end-to-end encryption: every frame received is decrypted before it is decoded. */
	readonly #e2ee?: E2ee;

	constructor(
		recvTransport: msc.Transport | undefined,
		signaling: SignalingChannel,
		emit: EmitEvent,
		e2ee?: E2ee
	) {
		this.#e2ee = e2ee;
		this.#transport = recvTransport;
		this.#signaling = signaling;
		this.#emit = emit;
		this.#data = new RemoteData(signaling, emit, () => this.#transport);
	}

	/** The receive transport (absent when the token may not subscribe). */
	get transport(): msc.Transport | undefined {
		return this.#transport;
	}

	addPeer(info: pb.PeerInfo.$Properties, announce = false): RemotePeer {
		const peer: RemotePeer = {
			id: required(info.peerId, 'peerId'),
			displayName: info.displayName ?? '',
			role: roleFromProto(info.role),
			tracks: new Map(),
		};

		this.peers.set(peer.id, peer);

		for (const producer of info.producers ?? []) {
			peer.tracks.set(producer.producerId ?? '', trackInfo(producer));
		}

		if (announce) {
			this.#emit('peerJoined', peer);
		}

		return peer;
	}

	removePeer(peerId: string): void {
		const peer = this.peers.get(peerId);

		if (!peer) {
			return;
		}

		this.peers.delete(peerId);

		// The server closes these consumers too; dropping them now removes the peer's media at once.
		for (const track of [...this.tracks.values()].filter((t) => t.peerId === peerId)) {
			this.closeTrack(track.id);
		}

		this.#data.closePeer(peerId);

		this.#emit('peerLeft', peer);
	}

	addTrackInfo(peerId: string, producer: pb.ProducerInfo.$Properties): RemoteTrackInfo | undefined {
		const peer = this.peers.get(peerId);

		if (!peer) {
			return undefined;
		}

		const info = trackInfo(producer);

		peer.tracks.set(info.producerId, info);
		this.#emit('trackPublished', peer, info);

		return info;
	}

	removeTrackInfo(peerId: string, producerId: string): void {
		this.peers.get(peerId)?.tracks.delete(producerId);

		for (const track of this.tracks.values()) {
			if (track.producerId === producerId) {
				this.closeTrack(track.id);
			}
		}
	}

	setTrackPaused(peerId: string, producerId: string, paused: boolean): void {
		const peer = this.peers.get(peerId);
		const info = peer?.tracks.get(producerId);

		if (peer && info) {
			info.paused = paused;
			this.#emit(paused ? 'trackPaused' : 'trackResumed', peer, info);
		}
	}

	/** Consumes a producer: the server creates the consumer paused and resumes it once this side is ready. */
	async subscribe(peerId: string, producerId: string): Promise<RemoteTrack> {
		const existing = [...this.tracks.values()].find((t) => t.producerId === producerId);

		if (existing) {
			return existing;
		}

		if (!this.#transport) {
			throw new SkylarkError('FORBIDDEN', 'the access token may not subscribe', 'subscribe');
		}

		const response = await this.#signaling.request('consume', { producerId });

		return this.#receive(required(response.consumer, 'consumer'), { resume: true });
	}

	/**
	 * Sets up the consumers the server made in the join (unpaused, on a new
	 * transport), all at once: the first one starts ICE.
	 */
	async receiveJoined(consumers: pb.ConsumerInfo.$Properties[]): Promise<void> {
		await Promise.all(consumers.map((info) => this.#receive(info, { resume: false })));
	}

	async #receive(info: pb.ConsumerInfo.$Properties, options: { resume: boolean }): Promise<RemoteTrack> {
		const transport = this.#transport;

		if (!transport) {
			throw new SkylarkError('FORBIDDEN', 'the access token may not subscribe', 'subscribe');
		}

		const peerId = required(info.peerId, 'peerId');
		const producerId = required(info.producerId, 'producerId');
		const source = info.source ?? '';
		const consumer = await transport.consume({
			id: required(info.consumerId, 'consumerId'),
			producerId,
			kind: oneOf(info.kind, MEDIA_KINDS, 'kind'),
			rtpParameters: rtpParametersFromProto(info.rtpParameters, 'rtpParameters'),
			appData: { peerId, source },
			onRtpReceiver: (receiver) =>
				this.#e2ee?.decrypt(receiver, oneOf(info.kind, MEDIA_KINDS, 'kind'), peerId),
		});
		const track = new RemoteTrack(peerId, consumer, source, this.#controlsFor(consumer));

		this.tracks.set(track.id, track);

		if (options.resume) {
			await this.#signaling.request('resumeConsumer', { consumerId: track.id });
		}

		// The producer may have gone while this subscription was being set up.
		if (!this.peers.get(peerId)?.tracks.has(producerId)) {
			this.closeTrack(track.id);
		} else {
			this.#emit('trackSubscribed', track);
		}

		return track;
	}

	/** What adaptive stream and the audio output do to one received track. */
	#controlsFor(consumer: msc.Consumer): TrackControls {
		const consumerId = consumer.id;
		const encodings = consumer.rtpParameters.encodings ?? [];
		const spatial = Number(/^[LS](\d+)/.exec(encodings[0]?.scalabilityMode ?? '')?.[1] ?? 1);

		return {
			layers: Math.max(encodings.length, spatial),
			setVisible: async (visible) => {
				if (visible) {
					await this.#signaling.request('resumeConsumer', { consumerId });
					consumer.resume();
				} else {
					consumer.pause();
					await this.#signaling.request('pauseConsumer', { consumerId });
				}
			},
			setSpatialLayer: async (spatialLayer) => {
				await this.#signaling.request('setPreferredLayers', { consumerId, spatialLayer });
			},
			audioOutput: () => this.audioOutput,
		};
	}

	/** Plays received audio on this output device from now on, attached elements included. */
	async setAudioOutput(deviceId: string): Promise<void> {
		this.audioOutput = deviceId;

		// Only audio is heard: a video element's sound is the muted track's nothing.
		for (const track of [...this.tracks.values()].filter((t) => t.kind === 'audio')) {
			for (const element of track.elements) {
				if ('setSinkId' in element) {
					await element.setSinkId(deviceId);
				}
			}
		}
	}

	async unsubscribe(track: RemoteTrack): Promise<void> {
		await this.#signaling.request('pauseConsumer', { consumerId: track.id });
		this.closeTrack(track.id);
	}

	closeTrack(consumerId: string): void {
		const track = this.tracks.get(consumerId);

		if (!track) {
			return;
		}

		this.tracks.delete(consumerId);
		track.closed();
		track.consumer.close();
		this.#emit('trackUnsubscribed', track);
	}

	updateLayers(event: pb.ConsumerLayersChanged.$Properties): void {
		const track = this.tracks.get(event.consumerId ?? '');

		if (track) {
			track.layers = {
				spatialLayer: event.spatialLayer ?? undefined,
				temporalLayer: event.temporalLayer ?? undefined,
			};
		}
	}

	updateScore(event: pb.ConsumerScore.$Properties): void {
		const track = this.tracks.get(event.consumerId ?? '');

		if (track) {
			track.score = { score: event.score ?? 0, producerScore: event.producerScore ?? 0 };
		}
	}

	/** Opens the other peer's data channels on this side and relays their messages as `data` events. */
	consumeData(peerId: string, dataProducers: pb.DataProducerInfo.$Properties[]): Promise<void> {
		return this.#data.consume(peerId, dataProducers);
	}

	/** Sets up the data consumers the server made in the join, for the data producers of `peers`. */
	receiveJoinedData(
		peers: pb.PeerInfo.$Properties[],
		dataConsumers: pb.DataConsumerInfo.$Properties[]
	): Promise<void> {
		return this.#data.receiveJoined(peers, dataConsumers);
	}

	closeData(dataProducerId: string): void {
		this.#data.close(dataProducerId);
	}

	/**
	 * Receives everything again on a new transport, after the old one died
	 * with its worker: the tracks this client had are gone (their
	 * `trackUnsubscribed` fires), and new ones come as subscribed again.
	 */
	async restart(transport: msc.Transport, autoSubscribe: boolean): Promise<void> {
		for (const id of [...this.tracks.keys()]) {
			this.closeTrack(id);
		}

		this.#transport?.close();
		this.#transport = transport;
		await this.#data.restart();

		if (autoSubscribe) {
			for (const peer of this.peers.values()) {
				for (const track of peer.tracks.values()) {
					await this.subscribe(peer.id, track.producerId).catch((error: Error) =>
						this.#emit(
							'error',
							error instanceof SkylarkError
								? error
								: new SkylarkError('INTERNAL', error.message)
						)
					);
				}
			}
		}
	}

	async getStats(): Promise<TrackStats[]> {
		const stats: TrackStats[] = [];

		for (const track of this.tracks.values()) {
			const report = await track.consumer.getStats();

			report.forEach((entry: Record<string, unknown>) => {
				if (entry.type === 'inbound-rtp') {
					stats.push({
						trackId: track.id,
						peerId: track.peerId,
						kind: track.kind,
						source: track.source,
						packetsReceived: Number(entry.packetsReceived ?? 0),
						packetsLost: Number(entry.packetsLost ?? 0),
						bytesReceived: Number(entry.bytesReceived ?? 0),
						framesDecoded: optionalNumber(entry.framesDecoded),
						frameWidth: optionalNumber(entry.frameWidth),
						frameHeight: optionalNumber(entry.frameHeight),
						jitter: optionalNumber(entry.jitter),
						freezeCount: optionalNumber(entry.freezeCount),
						totalFreezesDurationSeconds: optionalNumber(entry.totalFreezesDuration),
						nackCount: optionalNumber(entry.nackCount),
						retransmittedPacketsReceived: optionalNumber(entry.retransmittedPacketsReceived),
						concealedSamples: optionalNumber(entry.concealedSamples),
						totalSamplesReceived: optionalNumber(entry.totalSamplesReceived),
					});
				}
			});
		}

		return stats;
	}

	close(): void {
		for (const id of [...this.tracks.keys()]) {
			this.closeTrack(id);
		}

		this.#data.clear();
		this.peers.clear();
		this.#transport?.close();
	}
}

function optionalNumber(value: unknown): number | undefined {
	return value === undefined ? undefined : Number(value);
}

function trackInfo(producer: pb.ProducerInfo.$Properties): RemoteTrackInfo {
	return {
		producerId: required(producer.producerId, 'producerId'),
		kind: oneOf(producer.kind, MEDIA_KINDS, 'kind'),
		source: producer.source ?? '',
		paused: producer.paused ?? false,
	};
}
