import type { HttpSession } from './HttpSession.js';
import { HttpProblem } from './problems.js';

/**
 * The open WHIP and WHEP sessions of this node, by id. A session is
 * forgotten when its peer leaves the room, for whatever reason.
 */
export class SessionRegistry<S extends HttpSession = HttpSession> {
	readonly #sessions = new Map<string, S>();

	/** `protocol` names the sessions in errors (WHIP, WHEP). */
	constructor(readonly protocol: string) {}

	add(session: S): void {
		this.#sessions.set(session.id, session);
		session.peer.onClose(() => this.#sessions.delete(session.id));
	}

	/** The session with this id in this room; another room's session is not found here. */
	get(roomId: string, sessionId: string): S | undefined {
		const session = this.#sessions.get(sessionId);

		return session && session.room.id === roomId && !session.closed ? session : undefined;
	}

	/** The session, or the 404 a PATCH or DELETE on an unknown session URL gets. */
	found(roomId: string, sessionId: string): S {
		const session = this.get(roomId, sessionId);

		if (!session) {
			throw new HttpProblem(
				404,
				'Not Found',
				`no such ${this.protocol} session in this room (it ended, or never was)`
			);
		}

		return session;
	}

	get size(): number {
		return this.#sessions.size;
	}
}
