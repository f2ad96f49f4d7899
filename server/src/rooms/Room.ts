import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { skylark } from '../../../protos/index.js';
import type { Logger } from '../logging/logger.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import { Peer, producerInfo, type PeerOptions, type ProducerAppData } from './Peer.js';
import { RoomRouters, type RoomRouter } from './RoomRouters.js';

export interface RoomOptions {
	/** How long an empty room stays open for a peer to come back. */
	emptyGraceMs: number;
	activeSpeakerIntervalMs: number;
	/** Where plain transports listen (WebRTC transports use the workers' WebRtcServers). */
	listenIp: string;
	announcedAddress?: string;
}

export type RoomEvents = {
	close: [reason: string];
};

/**
 * A room: its routers (one per worker it spans), its peers, and the
 * notifications that keep every peer's view of the room current.
 */
export class Room extends mediasoup.extras.EnhancedEventEmitter<RoomEvents> {
	readonly id: string;
	readonly routers: RoomRouters;
	readonly peers = new Map<string, Peer>();
	readonly logger: Logger;
	readonly #options: RoomOptions;
	readonly #activeSpeaker: types.ActiveSpeakerObserver;
	#emptyTimer?: NodeJS.Timeout;
	#closed = false;

	static async create(id: string, pool: WorkerPool, options: RoomOptions, logger: Logger): Promise<Room> {
		const log = logger.child({ roomId: id });
		const routers = await RoomRouters.create(id, pool, log);
		const activeSpeaker = await routers.home.router.createActiveSpeakerObserver({
			interval: options.activeSpeakerIntervalMs,
		});

		return new Room(id, routers, activeSpeaker, options, log);
	}

	private constructor(
		id: string,
		routers: RoomRouters,
		activeSpeaker: types.ActiveSpeakerObserver,
		options: RoomOptions,
		logger: Logger
	) {
		super();
		this.id = id;
		this.routers = routers;
		this.#activeSpeaker = activeSpeaker;
		this.#options = options;
		this.logger = logger;

		activeSpeaker.on('dominantspeaker', ({ producer }) => {
			const { peerId } = producer.appData as ProducerAppData;

			this.broadcast({ activeSpeaker: { peerId, producerId: producer.id } });
		});
		this.#watchWorker(routers.home);
		routers.on('newrouter', (roomRouter) => this.#watchWorker(roomRouter));
		this.logger.info('room created', { workerPid: routers.home.worker.worker.pid });
	}

	#watchWorker({ router }: RoomRouter): void {
		router.on('workerclose', () => this.close('worker-closed'));
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

		return peer;
	}

	/** Removes a peer, tells the others, and closes the room after a grace period once it is empty. */
	removePeer(peer: Peer, reason: string): void {
		if (!this.peers.delete(peer.id)) {
			return;
		}

		for (const producer of peer.producers.values()) {
			this.broadcast({ producerClosed: { peerId: peer.id, producerId: producer.id } }, peer);
		}

		for (const dataProducer of peer.dataProducers.values()) {
			this.broadcast(
				{ dataProducerClosed: { peerId: peer.id, dataProducerId: dataProducer.id } },
				peer
			);
		}

		peer.close();
		this.#announcePresence(peer, { peerLeft: { peerId: peer.id } });
		peer.logger.info('peer left', { reason });

		if (this.peers.size === 0 && !this.#closed) {
			this.#emptyTimer = setTimeout(() => this.close('empty'), this.#options.emptyGraceMs);
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
	 * Makes a new producer known to the room: other peers are told, and audio
	 * joins active-speaker detection (which runs on the home router, so audio
	 * from other routers is piped there for as long as it lives).
	 */
	async announceProducer(peer: Peer, producer: types.Producer<ProducerAppData>): Promise<void> {
		peer.addProducer(producer);

		if (producer.kind === 'audio') {
			const release = await this.routers.useProducerOn(producer.id, peer.router, this.routers.home);

			producer.observer.once('close', release);
			await this.#activeSpeaker.addProducer({ producerId: producer.id });
		}

		this.broadcast({ newProducer: { peerId: peer.id, producer: producerInfo(producer) } }, peer);
	}

	createWebRtcTransport(peer: Peer, direction: 'send' | 'recv'): Promise<types.WebRtcTransport> {
		const numSctpStreams = peer.sctpCapabilities?.numStreams ?? { OS: 1024, MIS: 1024 };
		const { router, worker } = peer.router;

		return router.createWebRtcTransport({
			...(worker.webRtcServer
				? { webRtcServer: worker.webRtcServer }
				: { listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }] }),
			enableUdp: true,
			enableTcp: true,
			preferUdp: true,
			enableSctp: peer.sctpCapabilities !== undefined,
			numSctpStreams,
			initialAvailableOutgoingBitrate: 1_000_000,
			appData: { peerId: peer.id, direction },
		});
	}

	/**
	 * A plain (S)RTP transport on the peer's router. Sending transports learn
	 * the client's address from its first packet (comedia).
	 */
	createPlainTransport(
		peer: Peer,
		options: { direction: 'send' | 'recv'; srtp: boolean }
	): Promise<types.PlainTransport> {
		return peer.router.router.createPlainTransport({
			listenInfo: {
				protocol: 'udp',
				ip: this.#options.listenIp,
				announcedAddress: this.#options.announcedAddress,
			},
			rtcpMux: true,
			comedia: options.direction === 'send',
			enableSrtp: options.srtp,
			srtpCryptoSuite: 'AES_CM_128_HMAC_SHA1_80',
			appData: { peerId: peer.id, direction: options.direction },
		});
	}

	/**
	 * The other peers `peer` knows about (a symmetric relation). Viewers do not
	 * see each other: a webinar's thousand viewers would otherwise cost a
	 * million join notifications that tell no one anything useful.
	 */
	peersVisibleTo(peer: Peer): Peer[] {
		return [...this.peers.values()].filter((p) => p !== peer && (p.canProduce || peer.canProduce));
	}

	/** Tells the peers who can see `peer` that it joined or left. */
	#announcePresence(peer: Peer, notification: skylark.v1.Notification.$Properties): void {
		for (const other of this.peersVisibleTo(peer)) {
			other.channel.notify(notification);
		}
	}

	broadcast(notification: skylark.v1.Notification.$Properties, except?: Peer): void {
		for (const peer of this.peers.values()) {
			if (peer !== except) {
				peer.channel.notify(notification);
			}
		}
	}

	/** Closes the room: peers still in it are told why, then everything is torn down. */
	close(reason: string): void {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		clearTimeout(this.#emptyTimer);
		this.broadcast({ roomClosing: { reason } });

		for (const peer of this.peers.values()) {
			peer.close();
		}

		this.peers.clear();
		this.routers.close();
		this.logger.info('room closed', { reason });
		this.safeEmit('close', reason);
	}
}
