import type { CascadeOrigin, CascadeRoomLoad, ClusterRouter } from '../cluster/ClusterRouter.js';
import { Tickets } from '../cluster/tickets.js';
import type { Logger } from '../logging/logger.js';
import type { Room } from '../rooms/Room.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { CASCADE_AUDIENCE } from './cascadeProtocol.js';
import { EdgeLink } from './EdgeLink.js';
import { acceptEdgeLinks, type CascadeNamespace } from './originLinks.js';
import type { OriginRelay } from './OriginRelay.js';
import type { PipeSettings } from './pipeTransports.js';

export interface CascadeOptions {
	nodeId: string;
	rooms: RoomManager;
	cluster: ClusterRouter;
	/** The cluster secret: signs and checks link tickets. */
	secret: string;
	pipes: PipeSettings;
	lingerMs: number;
	logger: Logger;
}

/** Inter-node traffic of the cascade, for metrics. */
export interface CascadeTraffic {
	pipesOut: number;
	pipesIn: number;
	bytesSent: number;
	bytesReceived: number;
}

/**
 * The webinar cascade on this node: as an origin it accepts edges' links
 * (`/cascade` on the signaling server); as an edge it hosts viewers of rooms
 * whose publishers are elsewhere, linked to their origin.
 */
export class Cascade {
	readonly #options: CascadeOptions;
	readonly #tickets: Tickets;
	readonly #logger: Logger;
	readonly #links = new Map<Room, { link: EdgeLink; ready: Promise<void> }>();
	#relays: ReadonlySet<OriginRelay> = new Set();

	constructor(options: CascadeOptions) {
		this.#options = options;
		this.#tickets = new Tickets(options.secret, CASCADE_AUDIENCE);
		this.#logger = options.logger.child({ component: 'cascade' });
	}

	/** Serves edges' links on `namespace` (the signaling server's `/cascade`). */
	acceptLinks(namespace: CascadeNamespace): void {
		this.#relays = acceptEdgeLinks(namespace, {
			nodeId: this.#options.nodeId,
			rooms: this.#options.rooms,
			tickets: this.#tickets,
			pipes: this.#options.pipes,
			logger: this.#logger,
		});
	}

	/**
	 * The room here, as an edge of `origin`, with the origin's publishers
	 * mirrored in it (a new edge links first). Concurrent viewers share one link.
	 */
	async open(roomId: string, origin: CascadeOrigin): Promise<Room> {
		const room = await this.#options.rooms.getOrCreate(roomId, { continued: false, edge: true });

		// Hosted here as its origin after all (it moved here): nothing to link.
		if (!room.edge) {
			return room;
		}

		let entry = this.#links.get(room);

		if (!entry) {
			const link = new EdgeLink(room, origin, {
				nodeId: this.#options.nodeId,
				cluster: this.#options.cluster,
				tickets: this.#tickets,
				pipes: this.#options.pipes,
				lingerMs: this.#options.lingerMs,
				logger: this.#logger,
			});
			const created = { link, ready: link.start() };

			entry = created;
			room.upstream = link;
			this.#links.set(room, created);
			room.once('close', () => this.#links.delete(room));
			created.ready.catch(() => {
				this.#links.delete(room);
				room.upstream = undefined;
				link.close();

				if (room.empty) {
					room.close('origin-unreachable');
				}
			});
		}

		await entry.ready;

		return room;
	}

	/** What this node tells the cluster about the cascade, at each heartbeat. */
	load(): CascadeRoomLoad[] {
		const origins = new Map<Room, CascadeRoomLoad>();

		for (const relay of this.#relays) {
			const entry = origins.get(relay.room) ?? {
				room: relay.room.id,
				role: 'origin' as const,
				viewers: relay.room.viewerCount,
				pipes: 0,
				edges: [],
			};

			entry.pipes += relay.pipes;
			entry.edges!.push(relay.edgeNode);
			origins.set(relay.room, entry);
		}

		const edges = [...this.#links.values()]
			.filter(({ link }) => link.room.edge)
			.map(({ link }) => ({
				room: link.room.id,
				role: 'edge' as const,
				viewers: link.room.viewerCount,
				pipes: link.pipes,
				origin: link.origin.id,
			}));

		return [...origins.values(), ...edges];
	}

	async traffic(): Promise<CascadeTraffic> {
		const relays = [...this.#relays];
		const links = [...this.#links.values()].map((e) => e.link);
		const [sent, received] = await Promise.all([
			Promise.all(relays.map((r) => r.bytesSent())),
			Promise.all(links.map((l) => l.bytesReceived())),
		]);

		return {
			pipesOut: relays.reduce((sum, r) => sum + r.pipes, 0),
			pipesIn: links.reduce((sum, l) => sum + l.pipes, 0),
			bytesSent: sent.reduce((a, b) => a + b, 0),
			bytesReceived: received.reduce((a, b) => a + b, 0),
		};
	}
}
