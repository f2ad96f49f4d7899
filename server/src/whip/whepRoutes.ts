import express, { Router } from 'express';
import { z } from 'zod';
import type { IceServerSettings } from '../connectivity/iceServers.js';
import { checkEntry, hostRoom, problemHandler, sessionUrl, type HttpMediaContext } from './entry.js';
import { mediaType, readBody } from './httpInput.js';
import { PayloadTypeRouters } from './PayloadTypeRouters.js';
import { HttpProblem } from './problems.js';
import { parseOffer } from './sdp/offer.js';
import { SessionRegistry } from './SessionRegistry.js';
import { cors, deleteSession, methodNotAllowed, options, patchIce } from './sessionRoutes.js';
import { WHEP_EVENTS } from './WhepEvents.js';
import { layerRequest } from './whepLayers.js';
import { notPublishedYet } from './whepViewer.js';
import { RoomAbsentError } from '../cluster/ClusterRouter.js';
import { WhepSession } from './WhepSession.js';
import { iceServerLinks, sendCreated } from './whipRoutes.js';

const SSE_REL = 'urn:ietf:params:whep:ext:core:server-sent-events';
const LAYER_REL = 'urn:ietf:params:whep:ext:core:layer';

/**
 * WHEP (the IETF draft): `POST /whep/:roomId` (the room's presenter) or
 * `/whep/:roomId/:participant` with a viewer token and an SDP offer gets
 * that publisher's audio and video. `HEAD` says the endpoint takes SDP. The
 * session URL takes PATCH and DELETE, plus the server-sent-events and
 * layer-selection extensions advertised in its Link headers.
 */
export function whepRoutes(ctx: HttpMediaContext & { iceServers: IceServerSettings }): Router {
	const router = Router();
	const sessions = new SessionRegistry<WhepSession>('WHEP');
	const numbering = new PayloadTypeRouters();
	const session = (roomId: string, sessionId: string) => sessions.found(roomId, sessionId);
	const endpoint = ['/whep/:roomId', '/whep/:roomId/:participant'];
	const sessionPath = '/whep/:roomId/sessions/:sessionId';

	router.use('/whep', cors);
	router.options(sessionPath, options('OPTIONS, PATCH, DELETE'));
	// PATCH carries trickle/ICE-restart fragments, or (after a 406) the client's answer to the server offer.
	router.patch(sessionPath, async (req, res) => {
		const found = session(req.params.roomId, req.params.sessionId);

		if (mediaType(req) !== 'application/sdp') {
			await patchIce(found, req, res);

			return;
		}

		if (!found.awaitingAnswer) {
			throw new HttpProblem(409, 'Conflict', 'this session has no server offer waiting for an answer');
		}

		await found.acceptAnswer(parseOffer(await readBody(req, 'application/sdp'), 'answer'));
		res.status(204).end();
	});
	router.delete(sessionPath, (req, res) =>
		deleteSession(session(req.params.roomId, req.params.sessionId), res)
	);
	router.all(sessionPath, methodNotAllowed('OPTIONS, PATCH, DELETE'));

	// Server-sent events: POST creates the stream (a JSON list of events, or none for all), GET reads it, DELETE ends it.
	router.post(`${sessionPath}/events`, express.json({ limit: '1kb' }), (req, res) => {
		const found = session(req.params.roomId, req.params.sessionId);
		const events = z
			.array(z.string().max(32))
			.max(16)
			.optional()
			.safeParse(req.body ?? undefined);

		if (!events.success) {
			throw new HttpProblem(400, 'Bad Request', 'the body must be a JSON array of event names');
		}

		const unknown = found.events.subscribe(events.data);

		if (unknown.length) {
			throw new HttpProblem(
				400,
				'Bad Request',
				`unsupported events: ${unknown.join(', ')}; supported: ${WHEP_EVENTS.join(', ')}`
			);
		}

		res.status(201)
			.set('Location', sessionUrl(ctx, `${found.location}/events/stream`))
			.end();
	});
	router.get(`${sessionPath}/events/stream`, (req, res) => {
		const found = session(req.params.roomId, req.params.sessionId);

		if (!found.events.created) {
			throw new HttpProblem(404, 'Not Found', 'no event stream: POST the events wanted first');
		}

		found.events.openStream(res);
	});
	router.delete(`${sessionPath}/events/stream`, (req, res) => {
		session(req.params.roomId, req.params.sessionId).events.destroy();
		res.status(200).end();
	});

	// Layer selection: POST a layer (or `{}` for automatic); DELETE also returns to automatic.
	router.post(`${sessionPath}/layer`, express.json({ limit: '1kb' }), async (req, res) => {
		const wanted = layerRequest.safeParse(req.body ?? {});

		if (!wanted.success) {
			throw new HttpProblem(400, 'Bad Request', wanted.error.issues.map((i) => i.message).join('; '));
		}

		res.status(200).json(await session(req.params.roomId, req.params.sessionId).selectLayer(wanted.data));
	});
	router.delete(`${sessionPath}/layer`, async (req, res) => {
		await session(req.params.roomId, req.params.sessionId).selectLayer({});
		res.status(204).end();
	});

	router.options(endpoint, options('OPTIONS, HEAD, POST', { 'Accept-Post': 'application/sdp' }));
	router.head(endpoint, (_req, res) => {
		res.status(200).setHeader('Content-Type', 'application/sdp');
		res.end();
	});
	router.post(endpoint, async (req, res) => {
		const { roomId, claims } = await checkEntry(ctx, req, 'canSubscribe');
		const body = await readBody(req, 'application/sdp');
		// An empty body asks the server to offer (answered 406 with the offer; the client PATCHes its answer).
		const offer = body.trim() === '' ? undefined : parseOffer(body);
		// A viewer never creates a room: before its publisher, the room is not there yet (409, ask again).
		const hosted = await hostRoom(ctx, req, roomId, claims, false).catch((error: unknown) => {
			throw error instanceof RoomAbsentError
				? notPublishedYet(`nobody publishes in room "${roomId}" yet`)
				: error;
		});

		if ('redirect' in hosted) {
			res.redirect(307, hosted.redirect);

			return;
		}

		try {
			const publisher =
				req.params.participant === undefined ? undefined : String(req.params.participant);
			const opened = offer
				? await WhepSession.open(hosted.room, claims, offer, {
						publisher,
						maxDataMessageBytes: ctx.maxDataMessageBytes,
						numbering,
					})
				: await WhepSession.counterOffer(hosted.room, claims, {
						publisher,
						maxDataMessageBytes: ctx.maxDataMessageBytes,
					});

			sessions.add(opened);
			const location = sessionUrl(ctx, opened.location);

			// A viewer of an end-to-end encrypted room gets frames it cannot decode: it is told why.
			for (const warning of hosted.room.mediaWarnings) {
				res.append('Skylark-Warning', warning);
			}

			sendCreated(res, opened, location, opened.sdp, [
				...iceServerLinks(ctx.iceServers, opened.peer.id),
				`<${location}/events>; rel="${SSE_REL}"; events="${WHEP_EVENTS.join(',')}"`,
				`<${location}/layer>; rel="${LAYER_REL}"`,
			]);
		} finally {
			hosted.release();
		}
	});
	router.all(endpoint, methodNotAllowed('OPTIONS, HEAD, POST'));
	router.use('/whep', problemHandler);

	return router;
}
