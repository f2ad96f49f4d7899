import type { types } from 'mediasoup';
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Logger } from '../logging/logger.js';
import type { Room } from '../rooms/Room.js';
import { ProducerNotFoundError } from '../rooms/roomErrors.js';
import type { RoomRouter } from '../rooms/RoomRouters.js';
import {
	dataProducerRequestSchema,
	encodeNotification,
	pipeTupleSchema,
	producerRequestSchema,
	type EdgeToOrigin,
	type OriginToEdge,
	type Reply,
} from './cascadeProtocol.js';
import { createNodePipe, tupleOf, type PipeSettings } from './pipeTransports.js';

export type OriginSocket = Socket<
	EdgeToOrigin,
	OriginToEdge,
	Record<string, never>,
	{ room: string; edge: string }
>;

/** A producer (or data producer) the origin sends down one edge's pipe. */
interface Outgoing {
	consumer: { close(): void; readonly observer: { once(event: 'close', listener: () => void): unknown } };
	/** Ends the use of the producer on the room's home router. */
	release: () => void;
}

/**
 * The origin's end of one edge's link for one room. The edge hears what a
 * viewer here would, and asks for producers as its viewers subscribe: each
 * is consumed once into the edge's pipe, whatever the number of viewers
 * there. Everything is released when the link drops (an edge that died).
 */
export class OriginRelay {
	readonly edgeNode: string;
	readonly #socket: OriginSocket;
	readonly #room: Room;
	readonly #settings: PipeSettings;
	readonly #logger: Logger;
	readonly #outgoing = new Map<string, Outgoing>();
	#transport?: Promise<types.PipeTransport>;
	#closed = false;

	constructor(socket: OriginSocket, room: Room, edgeNode: string, settings: PipeSettings, logger: Logger) {
		this.edgeNode = edgeNode;
		this.#socket = socket;
		this.#room = room;
		this.#settings = settings;
		this.#logger = logger.child({ roomId: room.id, edgeNode });

		// Relay first and snapshot in the same tick: nothing can happen in between.
		const unlink = room.addRelay({ notify: (n) => socket.emit('notification', encodeNotification(n)) });

		socket.emit(
			'snapshot',
			room.publishers().map((peer) => encodeNotification({ peerJoined: { peer } }))
		);

		const closeRoom = () => socket.disconnect(true);

		room.once('close', closeRoom);
		socket.on('disconnect', (reason) => {
			unlink();
			room.off('close', closeRoom);
			this.#close(reason);
		});
		this.#serve();
		this.#logger.info('edge linked');
	}

	get room(): Room {
		return this.#room;
	}

	/** Producers and data producers sent down this edge's pipe now. */
	get pipes(): number {
		return this.#outgoing.size;
	}

	/** Bytes sent to this edge so far. */
	async bytesSent(): Promise<number> {
		const transport = await this.#transport?.catch(() => undefined);
		const stats = transport && !transport.closed ? await transport.getStats().catch(() => []) : [];

		return stats.reduce((sum, s) => sum + s.bytesSent, 0);
	}

	#serve(): void {
		const socket = this.#socket;

		socket.on('openPipe', (edge, reply) =>
			answer(reply, pipeTupleSchema, edge, async (tuple) => {
				// The edge lost its end (a worker died there): start over with a new pair.
				if (this.#transport) {
					this.#closePipe();
				}

				this.#transport = createNodePipe(this.#room.routers.home.router, this.#settings);

				const transport = await this.#transport;

				await transport.connect(tuple);

				return tupleOf(transport);
			})
		);
		socket.on('pipe', (request, reply) =>
			answer(reply, producerRequestSchema, request, ({ producerId }) => this.#pipe(producerId))
		);
		socket.on('pipeData', (request, reply) =>
			answer(reply, dataProducerRequestSchema, request, ({ dataProducerId }) =>
				this.#pipeData(dataProducerId)
			)
		);
		socket.on('unpipe', (request) =>
			this.#unpipe(producerRequestSchema.safeParse(request).data?.producerId)
		);
		socket.on('unpipeData', (request) =>
			this.#unpipe(dataProducerRequestSchema.safeParse(request).data?.dataProducerId)
		);
	}

	async #pipe(producerId: string) {
		const { producer, owner, release } = await this.#room.acquireProducer(producerId);
		const consumer = await this.#sendDown(
			producerId,
			release,
			(home) => this.#room.routers.useProducerOn(producerId, owner.router, home),
			(transport) => transport.consume({ producerId })
		);

		consumer.on('producerpause', () => this.#socket.emit('pipePaused', producerId));
		consumer.on('producerresume', () => this.#socket.emit('pipeResumed', producerId));

		return {
			kind: consumer.kind,
			rtpParameters: consumer.rtpParameters,
			paused: consumer.producerPaused,
			appData: { peerId: producer.appData.peerId, source: producer.appData.source },
		};
	}

	async #pipeData(dataProducerId: string) {
		const { owner, release } = await this.#room.acquireDataProducer(dataProducerId);
		const consumer = await this.#sendDown(
			dataProducerId,
			release,
			(home) => this.#room.routers.useDataProducerOn(dataProducerId, owner.router, home),
			(transport) => transport.consumeData({ dataProducerId })
		);

		return {
			sctpStreamParameters: consumer.sctpStreamParameters!,
			label: consumer.label,
			protocol: consumer.protocol,
			appData: { peerId: owner.id },
		};
	}

	/**
	 * Consumes a (data) producer into this edge's pipe: brought to the room's
	 * home router first (where the pipe is), in place of any earlier copy.
	 */
	async #sendDown<C extends types.Consumer | types.DataConsumer>(
		id: string,
		releaseProducer: () => void,
		bringHome: (home: RoomRouter) => Promise<() => void>,
		consume: (transport: types.PipeTransport) => Promise<C>
	): Promise<C> {
		let releaseHome: () => void = () => undefined;
		const release = () => {
			releaseHome();
			releaseProducer();
		};
		let consumer: C;

		try {
			const transport = await this.#openTransport();

			releaseHome = await bringHome(this.#room.routers.home);
			this.#unpipe(id);
			consumer = await consume(transport);
		} catch (error) {
			release();
			throw error;
		}

		this.#track(id, { consumer, release });

		return consumer;
	}

	/** Keeps an outgoing pipe until the edge lets go of it or its producer closes here. */
	#track(id: string, outgoing: Outgoing): void {
		this.#outgoing.set(id, outgoing);
		outgoing.consumer.observer.once('close', () => {
			if (this.#outgoing.get(id) === outgoing) {
				this.#outgoing.delete(id);
				outgoing.release();
				this.#socket.emit('pipeClosed', id);
			}
		});
	}

	#unpipe(id: string | undefined): void {
		const outgoing = id ? this.#outgoing.get(id) : undefined;

		if (outgoing) {
			this.#outgoing.delete(id!);
			outgoing.consumer.close();
			outgoing.release();
		}
	}

	async #openTransport(): Promise<types.PipeTransport> {
		if (!this.#transport) {
			throw new Error('openPipe first');
		}

		return this.#transport;
	}

	#close(reason: string): void {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		this.#closePipe();
		this.#logger.info('edge unlinked', { reason });
	}

	#closePipe(): void {
		[...this.#outgoing.keys()].forEach((id) => this.#unpipe(id));
		void this.#transport?.then((t) => t.close()).catch(() => undefined);
		this.#transport = undefined;
	}
}

/** Runs a request whose input must match `schema`; any failure is replied as an error. */
function answer<S extends z.ZodType, T>(
	reply: unknown,
	schema: S,
	input: unknown,
	run: (input: z.infer<S>) => Promise<T>
): void {
	if (typeof reply !== 'function') {
		return;
	}

	const send = reply as (r: Reply<T>) => void;
	const parsed = schema.safeParse(input);

	if (!parsed.success) {
		send({ ok: false, error: `bad request: ${parsed.error.message}` });

		return;
	}

	run(parsed.data).then(
		(value) => send({ ok: true, value }),
		(error: Error) =>
			send({ ok: false, error: error.message, notFound: error instanceof ProducerNotFoundError })
	);
}
