import { randomBytes, randomUUID } from 'node:crypto';
import type { types } from 'mediasoup';
import type { skylark } from '../../../protos/index.js';
import { roleToProto, type Role } from '../../../protos/index.js';
import type { Grants } from '../auth/grants.js';
import type { Logger } from '../logging/logger.js';
import type { PeerChannel } from './PeerChannel.js';
import type { RoomRouter } from './RoomRouters.js';

export type PeerRole = Role;

/** WebRTC for browsers and the SDK; plain (S)RTP for load tests and media gateways. */
export type PeerTransport = types.WebRtcTransport | types.PlainTransport;

/** What Skylark attaches to every producer, so any holder of one knows whose it is. */
export type ProducerAppData = {
	peerId: string;
	source: string;
	/** The publisher encrypts its frames end to end: what the server forwards is ciphertext. */
	encrypted?: boolean;
};

/** What a recording, egress or WHEP viewer of an end-to-end encrypted room is told. */
export const ENCRYPTED_MEDIA_WARNING =
	'media in this room is end-to-end encrypted: what the server records or serves is ciphertext it cannot decode';
export type DataProducerAppData = { peerId: string };

export interface PeerOptions {
	displayName: string;
	/** Who the peer is, from its access token. */
	identity: string;
	role: PeerRole;
	grants: Grants;
	channel: PeerChannel;
	/** The room router this peer's transports live on. */
	router: RoomRouter;
	logger: Logger;
}

/** Recent notifications kept per peer, replayed to a client that resumes after a drop. */
const REPLAY_WINDOW = 500;

/**
 * One participant in a room: its signaling channel and the mediasoup objects
 * it owns. Closing a peer closes its transports, which closes everything on
 * them.
 *
 * The channel can drop and come back (a network blip): while detached,
 * notifications are buffered and replayed on attach. The router can change
 * when its worker dies: the peer then starts over on the new one.
 */
export class Peer {
	readonly id = randomUUID();
	/** Proves a reconnecting client is this peer (given only to it, in its join response). */
	readonly resumeToken = randomBytes(24).toString('base64url');
	readonly displayName: string;
	readonly identity: string;
	readonly role: PeerRole;
	readonly grants: Grants;
	readonly logger: Logger;
	rtpCapabilities?: types.RtpCapabilities;
	/** Set by setCapabilities: the client wants data channels, so its transports get SCTP. */
	dataChannels = false;
	sendTransport?: PeerTransport;
	recvTransport?: PeerTransport;
	readonly producers = new Map<string, types.Producer<ProducerAppData>>();
	readonly consumers = new Map<string, types.Consumer>();
	readonly dataProducers = new Map<string, types.DataProducer<DataProducerAppData>>();
	readonly dataConsumers = new Map<string, types.DataConsumer>();
	#router: RoomRouter;
	#channel?: PeerChannel;
	#seq = 0;
	#recent: skylark.v1.Notification.$Properties[] = [];
	#closed = false;
	readonly #cleanups: (() => void)[] = [];

	constructor(options: PeerOptions) {
		this.displayName = options.displayName;
		this.identity = options.identity;
		this.role = roleFor(options.role, options.grants);
		this.grants = options.grants;
		this.#channel = options.channel;
		this.#router = options.router;
		this.logger = options.logger.child({ peerId: this.id });
	}

	get closed(): boolean {
		return this.#closed;
	}

	get canProduce(): boolean {
		return this.role !== 'viewer';
	}

	/** The room router this peer's transports live on. */
	get router(): RoomRouter {
		return this.#router;
	}

	/** Whether a client is attached right now (false during a network blip). */
	get connected(): boolean {
		return this.#channel !== undefined;
	}

	/**
	 * Sends a notification, numbered, and keeps it for a while: a connection
	 * can die with notifications in flight, and a resuming client asks again
	 * for everything after the last number it handled.
	 */
	notify(notification: skylark.v1.Notification.$Properties): void {
		const numbered = { ...notification, seq: ++this.#seq };

		this.#recent.push(numbered);

		if (this.#recent.length > REPLAY_WINDOW) {
			this.#recent.shift();
		}

		this.#channel?.notify(numbered);
	}

	/** Whether `channel` is the one this peer talks through now. */
	isAttachedTo(channel: PeerChannel): boolean {
		return this.#channel === channel;
	}

	/** The client's signaling dropped: notifications are only kept until it comes back. */
	detach(): void {
		this.#channel = undefined;
	}

	/**
	 * The client is back (same peer, new connection): replays the
	 * notifications after `lastSeq`. Returns false when some of them are no
	 * longer kept.
	 */
	attach(channel: PeerChannel, lastSeq: number): boolean {
		this.#channel = channel;

		const missed = this.#recent.filter((n) => (n.seq ?? 0) > lastSeq);

		missed.forEach((notification) => channel.notify(notification));

		return lastSeq >= this.#seq - this.#recent.length;
	}

	/**
	 * Moves the peer to another router after its router's worker died. The
	 * mediasoup objects it had died with the worker; the client creates new
	 * ones when told (mediaReset).
	 */
	moveTo(router: RoomRouter): void {
		this.#router = router;
		this.sendTransport = undefined;
		this.recvTransport = undefined;
		this.producers.clear();
		this.consumers.clear();
		this.dataProducers.clear();
		this.dataConsumers.clear();
	}

	/** Runs `cleanup` when the peer closes (timers and the like that live as long as the peer). */
	onClose(cleanup: () => void): void {
		this.#cleanups.push(cleanup);
	}

	transport(id: string): PeerTransport | undefined {
		return [this.sendTransport, this.recvTransport].find((t) => t?.id === id);
	}

	addProducer(producer: types.Producer<ProducerAppData>): void {
		this.producers.set(producer.id, producer);
		producer.observer.once('close', () => this.producers.delete(producer.id));
	}

	/**
	 * Keeps the client told about a consumer's lifetime, score and layers.
	 * `release` ends the consumer's use of a pipe when it closes.
	 */
	addConsumer(consumer: types.Consumer, release: () => void): void {
		this.consumers.set(consumer.id, consumer);
		consumer.observer.once('close', () => {
			this.consumers.delete(consumer.id);
			release();
		});
		consumer.on('producerclose', () => {
			this.notify({ consumerClosed: { consumerId: consumer.id, reason: 'producer-closed' } });
		});
		consumer.on('score', (score) => {
			this.notify({
				consumerScore: {
					consumerId: consumer.id,
					score: score.score,
					producerScore: score.producerScore,
				},
			});
		});
		consumer.on('layerschange', (layers) => {
			this.notify({
				consumerLayersChanged: {
					consumerId: consumer.id,
					spatialLayer: layers?.spatialLayer,
					temporalLayer: layers?.temporalLayer,
				},
			});
		});
	}

	addDataProducer(dataProducer: types.DataProducer<DataProducerAppData>): void {
		this.dataProducers.set(dataProducer.id, dataProducer);
		dataProducer.observer.once('close', () => this.dataProducers.delete(dataProducer.id));
	}

	addDataConsumer(dataConsumer: types.DataConsumer, release: () => void): void {
		this.dataConsumers.set(dataConsumer.id, dataConsumer);
		dataConsumer.observer.once('close', () => {
			this.dataConsumers.delete(dataConsumer.id);
			release();
		});
	}

	info(): skylark.v1.PeerInfo.$Properties {
		return {
			peerId: this.id,
			displayName: this.displayName,
			role: roleToProto(this.role),
			producers: [...this.producers.values()].map(producerInfo),
			dataProducers: [...this.dataProducers.values()].map((d) => ({
				dataProducerId: d.id,
				label: d.label,
				protocol: d.protocol,
			})),
		};
	}

	close(): void {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		this.#cleanups.forEach((cleanup) => cleanup());
		this.sendTransport?.close();
		this.recvTransport?.close();
	}
}

/** The role a peer gets: a token that may not publish makes its holder a viewer, whatever it asked for. */
export function roleFor(requested: PeerRole, grants: Pick<Grants, 'canPublish'>): PeerRole {
	return grants.canPublish ? requested : 'viewer';
}

export function producerInfo(producer: types.Producer<ProducerAppData>): skylark.v1.ProducerInfo.$Properties {
	return {
		producerId: producer.id,
		kind: producer.kind,
		source: producer.appData.source,
		paused: producer.paused,
		encrypted: producer.appData.encrypted === true,
	};
}
