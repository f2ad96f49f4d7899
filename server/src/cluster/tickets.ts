import { jwtVerify, SignJWT } from 'jose';
import { TicketError } from './ClusterRouter.js';

/** What a redirect ticket says: the entry node chose `node` for `room`, at this epoch. */
export interface Ticket {
	room: string;
	node: string;
	epoch: number;
	/** The epoch the room's life began at (see redisSchema.ts). */
	since: number;
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

	constructor(secret: string) {
		this.#key = new TextEncoder().encode(secret);
	}

	sign(ticket: Ticket): Promise<string> {
		return new SignJWT({ room: ticket.room, epoch: ticket.epoch, since: ticket.since })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setAudience(AUDIENCE)
			.setSubject(ticket.node)
			.setIssuedAt()
			.setExpirationTime(Math.floor(Date.now() / 1000) + TICKET_TTL_SECONDS)
			.sign(this.#key);
	}

	/** The ticket's content, if it is genuine, fresh, and for this room and node; TicketError otherwise. */
	async verify(token: string, room: string, node: string): Promise<Ticket> {
		let payload;

		try {
			({ payload } = await jwtVerify(token, this.#key, { audience: AUDIENCE, algorithms: ['HS256'] }));
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

		return { room, node, epoch: payload.epoch, since: payload.since };
	}
}
