import { jwtVerify, SignJWT } from 'jose';
import { TicketError } from './ClusterRouter.js';

/** What a redirect ticket says: the entry node chose `node` for `room`, at this epoch. */
export interface Ticket {
	room: string;
	node: string;
	epoch: number;
	/** The epoch the room's life began at (see redisSchema.ts). */
	since: number;
	/** For a viewer sent to an edge: the room's origin, which the edge links to. */
	origin?: { id: string; url: string };
	/** For a viewer sent to the origin: the node it entered through (an edge there is its next best). */
	via?: string;
}

const AUDIENCE = 'skylark-node';
/** Long enough to reconnect to another node, short enough to be useless when stolen. */
const TICKET_TTL_SECONDS = 30;

/**
 * Signs and checks redirect tickets with the secret all nodes share. A ticket
 * lets the chosen node host the room at once, without asking the registry
 * again, and proves the redirect came from a node of this cluster.
 */
export class Tickets {
	readonly #key: Uint8Array;
	readonly #audience: string;

	/** `audience` tells tickets for different purposes apart (join redirects by default). */
	constructor(secret: string, audience = AUDIENCE) {
		this.#key = new TextEncoder().encode(secret);
		this.#audience = audience;
	}

	sign(ticket: Ticket): Promise<string> {
		return new SignJWT({
			room: ticket.room,
			epoch: ticket.epoch,
			since: ticket.since,
			origin: ticket.origin,
			via: ticket.via,
		})
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setAudience(this.#audience)
			.setSubject(ticket.node)
			.setIssuedAt()
			.setExpirationTime(Math.floor(Date.now() / 1000) + TICKET_TTL_SECONDS)
			.sign(this.#key);
	}

	/** The ticket's content, if it is genuine, fresh, and for this room and node; TicketError otherwise. */
	async verify(token: string, room: string, node: string): Promise<Ticket> {
		let payload;

		try {
			({ payload } = await jwtVerify(token, this.#key, {
				audience: this.#audience,
				algorithms: ['HS256'],
			}));
		} catch (error) {
			throw new TicketError(`redirect ticket rejected: ${(error as Error).message}`);
		}

		if (
			payload.room !== room ||
			payload.sub !== node ||
			typeof payload.epoch !== 'number' ||
			typeof payload.since !== 'number'
		) {
			throw new TicketError(
				`the redirect ticket is for room "${String(payload.room)}" on node ${payload.sub}`
			);
		}

		const origin = payload.origin as Ticket['origin'];

		return {
			room,
			node,
			epoch: payload.epoch,
			since: payload.since,
			origin: typeof origin?.id === 'string' && typeof origin.url === 'string' ? origin : undefined,
			via: typeof payload.via === 'string' ? payload.via : undefined,
		};
	}
}
