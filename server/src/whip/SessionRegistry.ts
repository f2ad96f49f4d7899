import type { HttpSession } from './HttpSession.js';

/**
 * The open WHIP and WHEP sessions of this node, by id. A session is
 * forgotten when its peer leaves the room, for whatever reason.
 */
export class SessionRegistry<S extends HttpSession = HttpSession> {
	readonly #sessions = new Map<string, S>();

	add(session: S): void {
		this.#sessions.set(session.id, session);
		session.peer.onClose(() => this.#sessions.delete(session.id));
	}

	/** The session with this id in this room; another room's session is not found here. */
	get(roomId: string, sessionId: string): S | undefined {
		const session = this.#sessions.get(sessionId);

		return session && session.room.id === roomId && !session.closed ? session : undefined;
	}

	get size(): number {
		return this.#sessions.size;
	}
}
