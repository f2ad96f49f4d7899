import { required } from '../../../../protos/index.js';
import type { Handler } from '../RequestContext.js';
import { forbidden, invalidState, notFound } from '../SignalingError.js';

/**
 * A client whose signaling dropped reconnects and sends the resume token it
 * got at join: if the peer is still in its grace period, this connection
 * takes it over, with its transports, producers and consumers, and gets the
 * notifications it missed.
 */
export const resume: Handler<'resume'> = async (ctx, body) => {
	if (ctx.session.membership) {
		throw invalidState('this connection already has a peer');
	}

	const found = ctx.rooms.byResumeToken(required(body.resumeToken, 'resumeToken'));

	if (!found) {
		throw notFound('no peer to resume: its grace period ended or its room closed; join again');
	}

	if (found.peer.identity !== ctx.session.claims.identity || found.room.id !== ctx.session.claims.room) {
		throw forbidden('the resume token belongs to another identity or room');
	}

	const complete = ctx.session.resumed(found, body.lastSeq ?? 0);

	return { resume: { peerId: found.peer.id, roomId: found.room.id, complete } };
};
