import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { skylark } from '../../../protos/index.js';
import type { Logger } from '../logging/logger.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import {
	ENCRYPTED_MEDIA_WARNING,
	Peer,
	producerInfo,
	type DataProducerAppData,
	type PeerOptions,
	type ProducerAppData,
} from './Peer.js';
import type { PlainListen } from './peerTransports.js';
import { RemotePeer } from './RemotePeer.js';
import type { PeerChannel } from './PeerChannel.js';
import type { RoomObserver } from './RoomObserver.js';
import { ConnectionQualityMonitor } from './ConnectionQuality.js';
import { Dynacast } from './Dynacast.js';
import { RoomRouters, type RoomRouter } from './RoomRouters.js';
import { SpeakerDetection } from './SpeakerDetection.js';
import { ProducerNotFoundError } from './roomErrors.js';
import { watchKeyFrames } from '../media/keyFrameTiming.js';

export interface RoomOptions extends PlainListen {
	/** How long an empty room stays open for a peer to come back. */
	emptyGraceMs: number;
	activeSpeakerIntervalMs: number;
}

export type RoomEvents = {
	close: [reason: string];
};

/** A producer's owner: a peer here, or a publisher at the room's origin (on an edge). */
export type ProducerOwner = Peer | RemotePeer;

/**
 * On an edge node, how the room gets its origin's producers: piped here on
 * the first use. Each call returns the function that ends that use.
 */
export interface Upstream {
	acquire(producerId: string): Promise<() => void>;
	acquireData(dataProducerId: string): Promise<() => void>;
}

/**
 * A room: its routers (one per worker it spans), its peers, and the
 * notifications that keep every peer's view of the room current. When a
 * worker dies, the room moves the peers it carried to a router on a live
 * worker and tells them to set their media up again.
 */
export class Room extends mediasoup.extras.EnhancedEventEmitter<RoomEvents> {
	readonly id: string;
	readonly createdAt = Date.now();
	readonly routers: RoomRouters;
	readonly peers = new Map<string, Peer>();
	readonly logger: Logger;
	readonly options: RoomOptions;
	/** In a cluster: the room lived on another node before it came here. */
	continued = false;
	/** In a cluster: its clients were sent to another node, where the room goes on. */
	handedOver = false;
	/** Hosted here as an edge of the room: its publishers are on another node (its origin). */
	edge = false;
	/** On an edge node: the room's publishers, hosted at its origin. */
	readonly remotePeers = new Map<string, RemotePeer>();
	/** On an edge node: where the origin's producers come from. */
	upstream?: Upstream;
	/** On the origin: channels to edge nodes, told what a viewer here would be told. */
	readonly #relays = new Set<PeerChannel>();
	readonly #observer: RoomObserver;
	readonly #speech: SpeakerDetection;
	/** Tells publishers which simulcast layers anyone receives. */
	readonly dynacast = new Dynacast({
		tell: (producerId, maxSpatialLayer) => {
			const owner = this.findProducer(producerId)?.owner;

			// A publisher at the origin (on an edge) is told by its own node, which sees the pipe as wanting all.
			if (owner instanceof Peer) {
				owner.notify({ publisherLayers: { producerId, maxSpatialLayer } });
			}
		},
	});
	readonly #quality = new ConnectionQualityMonitor(
		() => this.peers.values(),
		(peer, notification) => {
			peer.notify(notification);
			this.#announcePresence(peer, notification);
		}
	);
	#emptyTimer?: NodeJS.Timeout;
	#closed = false;

	static async create(
		id: string,
		pool: WorkerPool,
		options: RoomOptions,
		observer: RoomObserver,
		logger: Logger
	): Promise<Room> {
		const log = logger.child({ roomId: id });
		const routers = await RoomRouters.create(id, pool, log);
		const speech = await SpeakerDetection.create(routers, options.activeSpeakerIntervalMs);

		return new Room(id, routers, speech, options, observer, log);
	}

	private constructor(
		id: string,
		routers: RoomRouters,
		speech: SpeakerDetection,
		options: RoomOptions,
		observer: RoomObserver,
		logger: Logger
	) {
		super();
		this.id = id;
		this.routers = routers;
		this.options = options;
		this.#observer = observer;
		this.logger = logger;
		this.#speech = speech;
		speech.on('speaker', (peerId, producerId) => this.#speakerChanged(peerId, producerId));
		this.#watchWorker(routers.home);
		this.dynacast.watch(routers.home.router);
		routers.on('newrouter', (roomRouter) => {
			this.#watchWorker(roomRouter);
			this.dynacast.watch(roomRouter.router);
		});
		this.logger.info('room created', { workerPid: routers.home.worker.worker.pid });
	}

	get closed(): boolean {
		return this.#closed;
	}

	/** Warnings for what records or serves this room's media: ciphertext, if a publisher encrypts end to end. */
	get mediaWarnings(): string[] {
		const encrypted = [...this.peers.values()].some((p) =>
			[...p.producers.values()].some((producer) => producer.appData.encrypted === true)
		);

		return encrypted ? [ENCRYPTED_MEDIA_WARNING] : [];
	}

	/** Peers here that only watch (the cascade keeps a room's origin below ORIGIN_MAX_VIEWERS of them). */
	get viewerCount(): number {
		return [...this.peers.values()].filter((p) => p.role === 'viewer').length;
	}

	addPeer(options: Omit<PeerOptions, 'logger'>): Peer {
		const peer = new Peer({ ...options, logger: this.logger });

		clearTimeout(this.#emptyTimer);
		this.#announcePresence(peer, { peerJoined: { peer: peer.info() } });
		this.peers.set(peer.id, peer);
		peer.logger.info('peer joined', { displayName: peer.displayName, role: peer.role });
		this.#observer.safeEmit('peerjoined', this, peer);

		return peer;
	}

	/** Removes a peer, tells the others, and closes the room after a grace period once it is empty. */
	removePeer(peer: Peer, reason: string): void {
		if (!this.peers.has(peer.id)) {
			return;
		}

		// Closing while still a member: its producers' close handlers tell the others.
		peer.close();
		this.peers.delete(peer.id);
		this.#announcePresence(peer, { peerLeft: { peerId: peer.id } });
		peer.logger.info('peer left', { reason });
		this.#observer.safeEmit('peerleft', this, peer, reason);

		this.#closeWhenEmpty();
	}

	/** Whether nobody uses the room here: no peers, and (on the origin) no edge linked to it. */
	get empty(): boolean {
		return this.peers.size === 0 && this.#relays.size === 0;
	}

	/**
	 * Links an edge node: `channel` gets what a viewer here would (publishers
	 * coming and going, their producers, the active speaker, chat producers).
	 * The room stays open while linked. Returns the function that unlinks.
	 */
	addRelay(channel: PeerChannel): () => void {
		clearTimeout(this.#emptyTimer);
		this.#relays.add(channel);

		return () => {
			if (this.#relays.delete(channel)) {
				this.#closeWhenEmpty();
			}
		};
	}

	/** What a newly linked edge needs: every publisher here, with what it publishes. */
	publishers(): skylark.v1.PeerInfo.$Properties[] {
		return [...this.peers.values()].filter((p) => p.canProduce).map((p) => p.info());
	}

	/** On an edge: a publisher at the origin became known; the viewers here are told. */
	addRemotePeer(info: skylark.v1.PeerInfo.$Properties): RemotePeer {
		const remote = new RemotePeer(info, () => this.routers.home);

		this.removeRemotePeer(remote.id);
		this.remotePeers.set(remote.id, remote);
		this.broadcast({ peerJoined: { peer: remote.info() } });

		return remote;
	}

	/** On an edge: a publisher left the origin (or the link to it dropped). */
	removeRemotePeer(peerId: string): void {
		const remote = this.remotePeers.get(peerId);

		if (remote) {
			this.remotePeers.delete(peerId);
			remote.close();
			this.broadcast({ peerLeft: { peerId } });
		}
	}

	/** The producer with this id and its owner (on an edge, piped ones included). */
	findProducer(
		producerId: string
	): { producer: types.Producer<ProducerAppData>; owner: ProducerOwner } | undefined {
		for (const owner of this.#owners()) {
			const producer = owner.producers.get(producerId);

			if (producer) {
				return { producer, owner };
			}
		}

		return undefined;
	}

	findDataProducer(
		dataProducerId: string
	): { dataProducer: types.DataProducer; owner: ProducerOwner } | undefined {
		for (const owner of this.#owners()) {
			const dataProducer = owner.dataProducers.get(dataProducerId);

			if (dataProducer) {
				return { dataProducer, owner };
			}
		}

		return undefined;
	}

	/**
	 * The producer with this id, for one consumer: on an edge, an origin's
	 * producer is piped here first. Call `release` when the consumer is gone.
	 */
	async acquireProducer(
		producerId: string
	): Promise<{ producer: types.Producer<ProducerAppData>; owner: ProducerOwner; release: () => void }> {
		const release = await this.#acquireRemote(producerId, (r) => r.published, 'acquire');
		const found = this.findProducer(producerId);

		if (!found) {
			release();
			throw new ProducerNotFoundError(`producer ${producerId} not found in this room`);
		}

		return { ...found, release };
	}

	/** Same as acquireProducer, for a data producer. */
	async acquireDataProducer(
		dataProducerId: string
	): Promise<{ dataProducer: types.DataProducer; owner: ProducerOwner; release: () => void }> {
		const release = await this.#acquireRemote(dataProducerId, (r) => r.dataPublished, 'acquireData');
		const found = this.findDataProducer(dataProducerId);

		if (!found) {
			release();
			throw new ProducerNotFoundError(`data producer ${dataProducerId} not found in this room`);
		}

		return { ...found, release };
	}

	/**
	 * Makes a new producer known to the room. Other peers are told now, and
	 * again when it closes for whatever reason (the client, its transport, its
	 * worker dying). Audio joins active-speaker detection.
	 */
	async announceProducer(peer: Peer, producer: types.Producer<ProducerAppData>): Promise<void> {
		peer.addProducer(producer);
		producer.observer.once('close', () => {
			if (this.peers.has(peer.id)) {
				this.broadcast({ producerClosed: { peerId: peer.id, producerId: producer.id } }, peer);
			}

			this.#observer.safeEmit('trackunpublished', this, peer, producer);
		});

		if (producer.kind === 'audio') {
			await this.#speech.observe(peer, producer);
		} else {
			await watchKeyFrames(producer);
		}

		this.broadcast({ newProducer: { peerId: peer.id, producer: producerInfo(producer) } }, peer);
		this.#observer.safeEmit('trackpublished', this, peer, producer);
	}

	/** Same as announceProducer, for a data producer (chat). */
	announceDataProducer(peer: Peer, dataProducer: types.DataProducer<DataProducerAppData>): void {
		peer.addDataProducer(dataProducer);
		dataProducer.observer.once('close', () => {
			if (this.peers.has(peer.id)) {
				this.broadcast(
					{ dataProducerClosed: { peerId: peer.id, dataProducerId: dataProducer.id } },
					peer
				);
			}
		});
		this.broadcast(
			{
				newDataProducer: {
					peerId: peer.id,
					dataProducer: {
						dataProducerId: dataProducer.id,
						label: dataProducer.label,
						protocol: dataProducer.protocol,
					},
				},
			},
			peer
		);
	}

	/**
	 * The other peers `peer` knows about (a symmetric relation). Viewers do not
	 * see each other: a webinar's thousand viewers would otherwise cost a
	 * million join notifications that tell no one anything useful.
	 */
	peersVisibleTo(peer: Peer): ProducerOwner[] {
		return [
			...[...this.peers.values()].filter((p) => p !== peer && (p.canProduce || peer.canProduce)),
			...this.remotePeers.values(),
		];
	}

	/** Tells every peer here (and every linked edge) but `except`. */
	broadcast(notification: skylark.v1.Notification.$Properties, except?: Peer): void {
		for (const peer of this.peers.values()) {
			if (peer !== except) {
				peer.notify(notification);
			}
		}

		this.#relays.forEach((relay) => relay.notify(notification));
	}

	/**
	 * Closes the room: peers still in it are told why (and, with `rejoin`, to
	 * join again: the room goes on on another node), then everything is torn down.
	 */
	close(reason: string, options: { rejoin?: boolean } = {}): void {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		clearTimeout(this.#emptyTimer);
		this.broadcast({ roomClosing: { reason, rejoin: options.rejoin === true } });

		for (const peer of this.peers.values()) {
			peer.close();
		}

		this.peers.clear();
		this.remotePeers.forEach((remote) => remote.close());
		this.remotePeers.clear();
		this.#relays.clear();
		this.dynacast.close();
		this.#quality.close();
		this.routers.close();
		this.logger.info('room closed', { reason });
		this.safeEmit('close', reason);
		this.#observer.safeEmit('roomclosed', this, reason);
	}

	/** Tells the peers who can see `peer` that it joined or left (edges see publishers). */
	#announcePresence(peer: Peer, notification: skylark.v1.Notification.$Properties): void {
		for (const other of this.peersVisibleTo(peer)) {
			if (other instanceof Peer) {
				other.notify(notification);
			}
		}

		if (peer.canProduce) {
			this.#relays.forEach((relay) => relay.notify(notification));
		}
	}

	#owners(): ProducerOwner[] {
		return [...this.peers.values(), ...this.remotePeers.values()];
	}

	/** On an edge, pipes an origin's producer here when the room knows of it and it is not here yet. */
	async #acquireRemote(
		id: string,
		catalogue: (remote: RemotePeer) => ReadonlyMap<string, unknown>,
		how: keyof Upstream
	): Promise<() => void> {
		const remote = [...this.remotePeers.values()].some((r) => catalogue(r).has(id));

		return remote && this.upstream ? this.upstream[how](id) : () => undefined;
	}

	#closeWhenEmpty(): void {
		if (this.empty && !this.#closed) {
			clearTimeout(this.#emptyTimer);
			this.#emptyTimer = setTimeout(() => this.close('empty'), this.options.emptyGraceMs);
		}
	}

	#speakerChanged(peerId: string, producerId: string): void {
		this.broadcast({ activeSpeaker: { peerId, producerId } });
		this.#observer.safeEmit('activespeaker', this, peerId);
	}

	#watchWorker(roomRouter: RoomRouter): void {
		roomRouter.router.on('workerclose', () => {
			this.#recover(roomRouter).catch((error: Error) => {
				this.logger.error('room could not recover from a worker crash', { error: error.message });
				this.close('worker-died');
			});
		});
	}

	/**
	 * A worker died and took one of this room's routers, with every transport,
	 * producer and consumer on it. Peers elsewhere already heard (their
	 * consumers of the lost producers closed). The peers that lived there move
	 * to a router on a live worker and are told to set their media up again.
	 */
	async #recover(lost: RoomRouter): Promise<void> {
		if (this.#closed) {
			return;
		}

		const affected = [...this.peers.values()].filter((p) => p.router === lost);
		const wasHome = lost === this.routers.home;
		const replacement = await this.routers.replace(lost);

		if (this.#closed) {
			return;
		}

		if (wasHome) {
			await this.#speech.rehome(this.peers.values());
		}

		for (const peer of affected) {
			peer.moveTo(replacement);
			peer.notify({ mediaReset: { reason: 'worker-died' } });
		}

		this.logger.warn('room moved off a dead worker', {
			peers: affected.length,
			workerPid: replacement.worker.worker.pid,
			home: wasHome,
		});
	}
}
