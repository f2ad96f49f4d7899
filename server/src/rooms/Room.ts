import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { skylark } from '../../../protos/index.js';
import type { Logger } from '../logging/logger.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import {
	Peer,
	producerInfo,
	type DataProducerAppData,
	type PeerOptions,
	type ProducerAppData,
} from './Peer.js';
import type { PlainListen } from './peerTransports.js';
import type { RoomObserver } from './RoomObserver.js';
import { RoomRouters, type RoomRouter } from './RoomRouters.js';
import { watchKeyFrames } from '../media/keyFrameTiming.js';

export interface RoomOptions extends PlainListen {
	/** How long an empty room stays open for a peer to come back. */
	emptyGraceMs: number;
	activeSpeakerIntervalMs: number;
}

export type RoomEvents = {
	close: [reason: string];
};

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
	readonly #observer: RoomObserver;
	#activeSpeaker: types.ActiveSpeakerObserver;
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
		const activeSpeaker = await routers.home.router.createActiveSpeakerObserver({
			interval: options.activeSpeakerIntervalMs,
		});

		return new Room(id, routers, activeSpeaker, options, observer, log);
	}

	private constructor(
		id: string,
		routers: RoomRouters,
		activeSpeaker: types.ActiveSpeakerObserver,
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
		this.#activeSpeaker = activeSpeaker;
		this.#listenToActiveSpeaker();
		this.#watchWorker(routers.home);
		routers.on('newrouter', (roomRouter) => this.#watchWorker(roomRouter));
		this.logger.info('room created', { workerPid: routers.home.worker.worker.pid });
	}

	get closed(): boolean {
		return this.#closed;
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

		if (this.peers.size === 0 && !this.#closed) {
			this.#emptyTimer = setTimeout(() => this.close('empty'), this.options.emptyGraceMs);
		}
	}

	/** The producer with this id and the peer that owns it. */
	findProducer(producerId: string): { producer: types.Producer<ProducerAppData>; owner: Peer } | undefined {
		for (const owner of this.peers.values()) {
			const producer = owner.producers.get(producerId);

			if (producer) {
				return { producer, owner };
			}
		}

		return undefined;
	}

	findDataProducer(dataProducerId: string): { dataProducer: types.DataProducer; owner: Peer } | undefined {
		for (const owner of this.peers.values()) {
			const dataProducer = owner.dataProducers.get(dataProducerId);

			if (dataProducer) {
				return { dataProducer, owner };
			}
		}

		return undefined;
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
			await this.#observeSpeech(peer, producer);
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
	peersVisibleTo(peer: Peer): Peer[] {
		return [...this.peers.values()].filter((p) => p !== peer && (p.canProduce || peer.canProduce));
	}

	broadcast(notification: skylark.v1.Notification.$Properties, except?: Peer): void {
		for (const peer of this.peers.values()) {
			if (peer !== except) {
				peer.notify(notification);
			}
		}
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
		this.routers.close();
		this.logger.info('room closed', { reason });
		this.safeEmit('close', reason);
		this.#observer.safeEmit('roomclosed', this, reason);
	}

	/** Tells the peers who can see `peer` that it joined or left. */
	#announcePresence(peer: Peer, notification: skylark.v1.Notification.$Properties): void {
		for (const other of this.peersVisibleTo(peer)) {
			other.notify(notification);
		}
	}

	/** Dominant-speaker detection runs on the home router: audio from other routers is piped there. */
	async #observeSpeech(peer: Peer, producer: types.Producer<ProducerAppData>): Promise<void> {
		const release = await this.routers.useProducerOn(producer.id, peer.router, this.routers.home);

		producer.observer.once('close', release);
		await this.#activeSpeaker.addProducer({ producerId: producer.id });
	}

	#listenToActiveSpeaker(): void {
		this.#activeSpeaker.on('dominantspeaker', ({ producer }) => {
			const { peerId } = producer.appData as ProducerAppData;

			this.broadcast({ activeSpeaker: { peerId, producerId: producer.id } });
			this.#observer.safeEmit('activespeaker', this, peerId);
		});
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
			this.#activeSpeaker = await replacement.router.createActiveSpeakerObserver({
				interval: this.options.activeSpeakerIntervalMs,
			});
			this.#listenToActiveSpeaker();

			for (const peer of this.peers.values()) {
				for (const producer of peer.producers.values()) {
					if (producer.kind === 'audio') {
						await this.#observeSpeech(peer, producer);
					}
				}
			}
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
