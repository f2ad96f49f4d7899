import type { types } from 'mediasoup';
import { setTimeout as sleep } from 'node:timers/promises';
import { io, type Socket } from 'socket.io-client';
import type { CascadeOrigin, ClusterRouter } from '../cluster/ClusterRouter.js';
import type { Tickets } from '../cluster/tickets.js';
import type { Logger } from '../logging/logger.js';
import { KEY_FRAME_REQUEST_DELAY_MS, watchKeyFrames } from '../media/keyFrameTiming.js';
import type { ProducerAppData } from '../rooms/Peer.js';
import { PipeRegistry } from '../rooms/PipeRegistry.js';
import type { Room, Upstream } from '../rooms/Room.js';
import { ProducerNotFoundError, UpstreamError } from '../rooms/roomErrors.js';
import {
	CASCADE_NAMESPACE,
	decodeNotification,
	type EdgeToOrigin,
	type OriginToEdge,
	type PipedDataProducer,
	type PipedProducer,
	type PipeTuple,
	type Reply,
} from './cascadeProtocol.js';
import { applyOriginNotification } from './originNotifications.js';
import { createNodePipe, tupleOf, type PipeSettings } from './pipeTransports.js';

type EdgeSocket = Socket<OriginToEdge, EdgeToOrigin>;

export interface EdgeLinkOptions {
	nodeId: string;
	cluster: ClusterRouter;
	/** Signs the link's ticket (CASCADE_AUDIENCE, cluster secret). */
	tickets: Tickets;
	pipes: PipeSettings;
	lingerMs: number;
	logger: Logger;
}

/** Answers slower than this mean the origin is in trouble: the viewer's request fails, and may be retried. */
const REQUEST_TIMEOUT_MS = 5000;
/** After losing its origin, how long an edge looks for the room's next one before sending its viewers to rejoin. */
const RELINK_GIVE_UP_MS = 60_000;
const RELINK_POLL_MS = 500;

/**
 * The edge's end of a room's link to its origin. It mirrors the origin's
 * publishers into the room here (RemotePeers) and, as the room's Upstream,
 * pipes in each producer on its first subscriber: one pipe per producer,
 * shared by every viewer here and closed PIPE_LINGER_MS after the last.
 * When the origin goes away, the mirrored publishers leave, and the link
 * finds the room's next origin (the cluster re-places it when its publishers
 * rejoin) and links there.
 */
export class EdgeLink implements Upstream {
	readonly room: Room;
	readonly #options: EdgeLinkOptions;
	readonly #logger: Logger;
	readonly #pipes: PipeRegistry;
	#origin: CascadeOrigin;
	#socket?: EdgeSocket;
	#transport?: Promise<types.PipeTransport>;
	#closed = false;

	constructor(room: Room, origin: CascadeOrigin, options: EdgeLinkOptions) {
		this.room = room;
		this.#origin = origin;
		this.#options = options;
		this.#pipes = new PipeRegistry({ lingerMs: options.lingerMs });
		this.#logger = options.logger.child({ roomId: room.id });
		room.once('close', () => this.close());
	}

	/** The node the room's publishers are on now. */
	get origin(): CascadeOrigin {
		return this.#origin;
	}

	/** Producers and data producers piped in now (lingering ones included). */
	get pipes(): number {
		return this.#pipes.size;
	}

	/** Links to the origin and mirrors its publishers; UpstreamError when it cannot. */
	async start(): Promise<void> {
		await this.#connect(this.#origin);
	}

	acquire(producerId: string): Promise<() => void> {
		return this.#pipes.acquire(producerId, () => this.#pipeIn(producerId));
	}

	acquireData(dataProducerId: string): Promise<() => void> {
		return this.#pipes.acquire(`data:${dataProducerId}`, () => this.#pipeDataIn(dataProducerId));
	}

	/** Bytes received from the origin so far. */
	async bytesReceived(): Promise<number> {
		const transport = await this.#transport?.catch(() => undefined);
		const stats = transport && !transport.closed ? await transport.getStats().catch(() => []) : [];

		return stats.reduce((sum, s) => sum + s.bytesReceived, 0);
	}

	close(): void {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		this.#dropOrigin();
	}

	async #connect(origin: CascadeOrigin): Promise<void> {
		const ticket = await this.#options.tickets.sign({
			room: this.room.id,
			node: origin.id,
			epoch: 0,
			since: 0,
		});
		const socket: EdgeSocket = io(new URL(CASCADE_NAMESPACE, origin.url).toString(), {
			auth: { room: this.room.id, ticket, edge: this.#options.nodeId },
			transports: ['websocket'],
			reconnection: false,
			timeout: REQUEST_TIMEOUT_MS,
		});

		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => fail(new Error('no snapshot in time')), REQUEST_TIMEOUT_MS);
			const fail = (error: Error) => {
				clearTimeout(timer);
				socket.close();
				reject(
					new UpstreamError(`cannot link to origin ${origin.id} (${origin.url}): ${error.message}`)
				);
			};

			socket.once('connect_error', fail);
			socket.once('snapshot', (frames) => {
				clearTimeout(timer);
				socket.off('connect_error', fail);
				this.#linked(socket, origin, frames);
				resolve();
			});
		});
	}

	#linked(socket: EdgeSocket, origin: CascadeOrigin, snapshot: Uint8Array[]): void {
		this.#socket = socket;
		this.#origin = origin;

		for (const frame of snapshot) {
			applyOriginNotification(this.room, decodeNotification(frame));
		}

		socket.on('notification', (frame) => {
			const notification = decodeNotification(frame);

			// The origin's room moves to another node: the disconnect that follows finds it there.
			if (notification.roomClosing && !notification.roomClosing.rejoin) {
				this.room.close(notification.roomClosing.reason ?? 'closed');
			} else {
				applyOriginNotification(this.room, notification);
			}
		});
		socket.on('pipePaused', (id) => void this.room.findProducer(id)?.producer.pause());
		socket.on('pipeResumed', (id) => void this.room.findProducer(id)?.producer.resume());
		socket.on('pipeClosed', (id) => {
			this.room.findProducer(id)?.producer.close();
			this.room.findDataProducer(id)?.dataProducer.close();
		});
		socket.on('disconnect', (reason) => {
			if (this.#socket === socket && !this.#closed) {
				this.#logger.warn('link to the origin lost: looking for the room’s next origin', {
					origin: origin.id,
					reason,
				});
				this.#dropOrigin();
				void this.#relink();
			}
		});
		this.#logger.info('linked to the origin', { origin: origin.id, publishers: snapshot.length });
	}

	/** Forgets everything that came from the origin: its publishers leave, the pipes close. */
	#dropOrigin(): void {
		const socket = this.#socket;

		this.#socket = undefined;
		socket?.close();
		this.#pipes.closeAll();
		void this.#transport?.then((t) => t.close()).catch(() => undefined);
		this.#transport = undefined;
		[...this.room.remotePeers.keys()].forEach((id) => this.room.removeRemotePeer(id));
	}

	/**
	 * Waits for the room to have a live origin again, and links to it. If the
	 * room came to live here (a publisher rejoined through this node), this
	 * node is its origin now and the link ends. Gives up after a minute: the
	 * viewers are then told to rejoin, which places them afresh.
	 */
	async #relink(): Promise<void> {
		const deadline = Date.now() + RELINK_GIVE_UP_MS;

		while (!this.#closed && Date.now() < deadline) {
			await sleep(RELINK_POLL_MS);

			if (this.#options.cluster.hosts(this.room.id)) {
				this.room.upstream = undefined;
				this.room.edge = false;
				this.close();
				this.#logger.info('the room’s origin is this node now');

				return;
			}

			const owner = await this.#options.cluster.remoteOwner(this.room.id).catch(() => undefined);

			if (owner?.state === 'serving' && !this.#closed) {
				try {
					await this.#connect({ id: owner.id, url: owner.url });

					return;
				} catch (error) {
					this.#logger.debug('relink failed', {
						origin: owner.id,
						error: (error as Error).message,
					});
				}
			}
		}

		if (!this.#closed) {
			this.room.close('origin-lost', { rejoin: true });
		}
	}

	async #pipeIn(producerId: string): Promise<types.Producer<ProducerAppData>> {
		const transport = await this.#openTransport();
		const piped = await this.#request<PipedProducer>('pipe', (s) =>
			s.emitWithAck('pipe', { producerId })
		);
		const remote = this.room.remotePeers.get(piped.appData.peerId);

		if (!remote || transport.closed) {
			this.#socket?.emit('unpipe', { producerId });
			throw new ProducerNotFoundError(`producer ${producerId} not found in this room`);
		}

		const producer = await transport.produce<ProducerAppData>({
			id: producerId,
			kind: piped.kind,
			rtpParameters: piped.rtpParameters,
			paused: piped.paused,
			// This edge's viewers' keyframe requests go up as one per window, like the origin's.
			keyFrameRequestDelay: KEY_FRAME_REQUEST_DELAY_MS,
			appData: piped.appData,
		});

		producer.observer.once('close', () => this.#socket?.emit('unpipe', { producerId }));
		remote.addProducer(producer);

		if (producer.kind === 'video') {
			await watchKeyFrames(producer);
		}

		return producer;
	}

	async #pipeDataIn(dataProducerId: string): Promise<types.DataProducer> {
		const transport = await this.#openTransport();
		const piped = await this.#request<PipedDataProducer>('pipeData', (s) =>
			s.emitWithAck('pipeData', { dataProducerId })
		);
		const remote = this.room.remotePeers.get(piped.appData.peerId);

		if (!remote || transport.closed) {
			this.#socket?.emit('unpipeData', { dataProducerId });
			throw new ProducerNotFoundError(`data producer ${dataProducerId} not found in this room`);
		}

		const dataProducer = await transport.produceData({
			id: dataProducerId,
			sctpStreamParameters: piped.sctpStreamParameters,
			label: piped.label,
			protocol: piped.protocol,
			appData: piped.appData,
		});

		dataProducer.observer.once('close', () => this.#socket?.emit('unpipeData', { dataProducerId }));
		remote.addDataProducer(dataProducer);

		return dataProducer;
	}

	/** This edge's end of the pipe from the origin, opened on first use (again after a worker died). */
	#openTransport(): Promise<types.PipeTransport> {
		if (!this.#transport) {
			const opening = (async () => {
				const transport = await createNodePipe(this.room.routers.home.router, this.#options.pipes);

				try {
					await transport.connect(
						await this.#request<PipeTuple>('openPipe', (s) =>
							s.emitWithAck('openPipe', tupleOf(transport))
						)
					);
				} catch (error) {
					transport.close();
					throw error;
				}

				transport.observer.once('close', () => {
					if (this.#transport === opening) {
						this.#transport = undefined;
					}
				});

				return transport;
			})();

			this.#transport = opening;
			opening.catch(() => {
				if (this.#transport === opening) {
					this.#transport = undefined;
				}
			});
		}

		return this.#transport;
	}

	/** One request to the origin, answered within REQUEST_TIMEOUT_MS; its refusal as a typed error. */
	async #request<T>(
		what: string,
		send: (socket: ReturnType<EdgeSocket['timeout']>) => Promise<Reply<T>>
	): Promise<T> {
		const socket = this.#socket;

		if (!socket?.connected) {
			throw new UpstreamError(`the link to the room’s origin is down`);
		}

		let reply: Reply<T>;

		try {
			reply = await send(socket.timeout(REQUEST_TIMEOUT_MS));
		} catch (error) {
			throw new UpstreamError(`the origin did not answer ${what}: ${(error as Error).message}`);
		}

		if (!reply.ok) {
			throw reply.notFound
				? new ProducerNotFoundError(reply.error)
				: new UpstreamError(`the origin refused ${what}: ${reply.error}`);
		}

		return reply.value;
	}
}
