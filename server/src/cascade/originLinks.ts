import type { Namespace } from 'socket.io';
import type { Tickets } from '../cluster/tickets.js';
import type { Logger } from '../logging/logger.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { EdgeToOrigin, OriginToEdge } from './cascadeProtocol.js';
import { OriginRelay, type OriginSocket } from './OriginRelay.js';
import type { PipeSettings } from './pipeTransports.js';

export interface OriginLinksOptions {
	nodeId: string;
	rooms: RoomManager;
	/** Signed with the cluster secret for CASCADE_AUDIENCE: only nodes of this cluster link. */
	tickets: Tickets;
	pipes: PipeSettings;
	logger: Logger;
}

/**
 * Accepts edge nodes' links on the `/cascade` namespace: a link needs a
 * cascade ticket for a room this node hosts as its origin (not as an edge).
 * Returns the live relays, for stats.
 */
export type CascadeNamespace = Namespace<
	EdgeToOrigin,
	OriginToEdge,
	Record<string, never>,
	{ room: string; edge: string }
>;

export function acceptEdgeLinks(
	namespace: CascadeNamespace,
	options: OriginLinksOptions
): ReadonlySet<OriginRelay> {
	const relays = new Set<OriginRelay>();
	const logger = options.logger.child({ component: 'cascade' });

	namespace.use((socket, next) => {
		const { room, ticket, edge } = (socket.handshake.auth ?? {}) as Record<string, unknown>;

		if (typeof room !== 'string' || typeof ticket !== 'string' || typeof edge !== 'string') {
			next(new Error('a cascade link needs { room, ticket, edge }'));

			return;
		}

		options.tickets.verify(ticket, room, options.nodeId).then(
			() => {
				const hosted = options.rooms.get(room);

				if (!hosted || hosted.closed || hosted.upstream) {
					next(new Error(`room "${room}" has no origin on this node`));

					return;
				}

				socket.data.room = room;
				socket.data.edge = edge;
				next();
			},
			(error: Error) => next(error)
		);
	});
	namespace.on('connection', (socket: OriginSocket) => {
		const room = options.rooms.get(socket.data.room);

		if (!room || room.closed) {
			socket.disconnect(true);

			return;
		}

		const relay = new OriginRelay(socket, room, socket.data.edge, options.pipes, logger);

		relays.add(relay);
		socket.on('disconnect', () => relays.delete(relay));
	});

	return relays;
}
