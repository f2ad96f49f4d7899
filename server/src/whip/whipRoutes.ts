import { Router, type Response } from 'express';
import { iceServersFor, type IceServerSettings } from '../connectivity/iceServers.js';
import { checkEntry, hostRoom, problemHandler, sessionUrl, type HttpMediaContext } from './entry.js';
import type { HttpSession } from './HttpSession.js';
import { readBody } from './httpInput.js';
import { parseOffer } from './sdp/offer.js';
import { SessionRegistry } from './SessionRegistry.js';
import {
	cors,
	deleteSession,
	methodNotAllowed,
	options,
	patchIce,
	sendExactly,
	TRICKLE,
} from './sessionRoutes.js';
import { WhipSession } from './WhipSession.js';

/**
 * `Link: <turn:…>; rel="ice-server"` headers (RFC 9725 §4.6): the TURN and
 * STUN servers the SDK would get, with their time-limited credentials.
 */
export function iceServerLinks(settings: IceServerSettings, peerId: string): string[] {
	return iceServersFor(settings, peerId).flatMap((server) =>
		(server.urls ?? []).map((url) => {
			const credentials = server.username
				? `; username="${server.username}"; credential="${server.credential}"; credential-type="password"`
				: '';

			return `<${url}>; rel="ice-server"${credentials}`;
		})
	);
}

/** The 201 every successful POST answers with (406 when the SDP is a server offer, WHEP). */
export function sendCreated(
	res: Response,
	session: HttpSession,
	location: string,
	sdp: string,
	links: string[]
): void {
	res.status(session.awaitingAnswer ? 406 : 201)
		.set({ Location: location, ETag: session.etag, 'Accept-Patch': TRICKLE })
		.append('Link', links);
	sendExactly(res, 'application/sdp', sdp);
}

/**
 * WHIP (RFC 9725): `POST /whip/:roomId` with an SDP offer and a publishing
 * token makes its sender a participant of the room; the session URL takes
 * PATCH (trickle, ICE restart) and DELETE.
 */
export function whipRoutes(ctx: HttpMediaContext & { iceServers: IceServerSettings }): Router {
	const router = Router();
	const sessions = new SessionRegistry<WhipSession>('WHIP');
	const session = (roomId: string, sessionId: string) => sessions.found(roomId, sessionId);

	router.use('/whip', cors);
	router.options('/whip/:roomId', options('OPTIONS, POST', { 'Accept-Post': 'application/sdp' }));
	router.post('/whip/:roomId', async (req, res) => {
		const { roomId, claims } = await checkEntry(ctx, req, 'canPublish');
		const offer = parseOffer(await readBody(req, 'application/sdp'));
		const hosted = await hostRoom(ctx, req, roomId, claims, true);

		if ('redirect' in hosted) {
			res.redirect(307, hosted.redirect);

			return;
		}

		try {
			const opened = await WhipSession.open(hosted.room, claims, offer, ctx);

			sessions.add(opened);
			sendCreated(
				res,
				opened,
				sessionUrl(ctx, opened.location),
				opened.answer,
				iceServerLinks(ctx.iceServers, opened.peer.id)
			);
		} finally {
			hosted.release();
		}
	});
	router.all('/whip/:roomId', methodNotAllowed('OPTIONS, POST'));

	router.options(
		'/whip/:roomId/sessions/:sessionId',
		options('OPTIONS, PATCH, DELETE', { 'Accept-Patch': TRICKLE })
	);
	router.patch('/whip/:roomId/sessions/:sessionId', (req, res) =>
		patchIce(session(req.params.roomId, req.params.sessionId), req, res)
	);
	router.delete('/whip/:roomId/sessions/:sessionId', (req, res) =>
		deleteSession(session(req.params.roomId, req.params.sessionId), res)
	);
	router.all('/whip/:roomId/sessions/:sessionId', methodNotAllowed('OPTIONS, PATCH, DELETE'));
	router.use('/whip', problemHandler);

	return router;
}
