import type { ErrorRequestHandler, Request } from 'express';
import type { AccessClaims, TokenVerifier } from '../auth/accessTokens.js';
import {
	ClusterUnavailableError,
	RoomAbsentError,
	TicketError,
	type ClusterRouter,
} from '../cluster/ClusterRouter.js';
import type { Room } from '../rooms/Room.js';
import { ROOM_ID_PATTERN, ROOM_ID_RULE } from '../rooms/roomId.js';
import type { JoinLimits, RoomManager } from '../rooms/RoomManager.js';
import { bearerClaims } from './httpInput.js';
import { HttpProblem, sendProblem } from './problems.js';
import { SdpError } from './sdp/offer.js';

/** What the WHIP and WHEP endpoints need of the node. */
export interface HttpMediaContext {
	rooms: RoomManager;
	cluster: ClusterRouter;
	verifier: TokenVerifier;
	limits: JoinLimits;
	maxDataMessageBytes: number;
	/** Shared with the node: set while it drains. */
	node: { draining: boolean };
}

/** How long a client is told to wait when the node drains or is full. */
const RETRY_SECONDS = 5;

/**
 * The checks every WHIP/WHEP POST makes before any media object exists:
 * the room id, the token (401) and its room and grant (403), and whether
 * this node takes it (503 while draining).
 */
export async function checkEntry(
	ctx: HttpMediaContext,
	req: Request,
	grant: 'canPublish' | 'canSubscribe'
): Promise<{ roomId: string; claims: AccessClaims }> {
	const roomId = String(req.params.roomId);

	if (!ROOM_ID_PATTERN.test(roomId)) {
		throw new HttpProblem(400, 'Bad Request', `the room id must be ${ROOM_ID_RULE}`);
	}

	const claims = await bearerClaims(req, ctx.verifier);

	if (claims.room !== roomId) {
		throw new HttpProblem(
			403,
			'Forbidden',
			`the access token is for room "${claims.room}", not "${roomId}"`
		);
	}

	if (!claims.grants[grant]) {
		throw new HttpProblem(
			403,
			'Forbidden',
			grant === 'canPublish' ? 'the access token may not publish' : 'the access token may not subscribe'
		);
	}

	if (ctx.node.draining) {
		throw new HttpProblem(503, 'Service Unavailable', 'this node is shutting down; try again', {
			'Retry-After': String(RETRY_SECONDS),
		});
	}

	return { roomId, claims };
}

/**
 * The room to host the session, on this node; in a cluster, the node that
 * hosts it: then a 307 to that node's endpoint (RFC 9725 allows only 307 and
 * 308 redirects), which the client follows with the same request. Joins in
 * flight count against the node's limits (503 when full).
 */
export async function hostRoom(
	ctx: HttpMediaContext,
	req: Request,
	roomId: string,
	claims: AccessClaims,
	mayCreate: boolean
): Promise<{ room: Room; release: () => void } | { redirect: string }> {
	const placement = await ctx.cluster.placeRoom(roomId, {
		mayCreate: mayCreate && claims.grants.roomCreate,
	});

	if (placement.kind === 'redirect') {
		return { redirect: new URL(req.originalUrl, placement.url).toString() };
	}

	const admission = ctx.rooms.admitJoin(roomId, ctx.limits);

	if ('refused' in admission) {
		throw new HttpProblem(503, 'Service Unavailable', admission.refused, {
			'Retry-After': String(RETRY_SECONDS),
		});
	}

	try {
		// Without `viewer`, placement never names an edge: WHIP and WHEP are served by the room's origin.
		const origin = placement.kind === 'local' ? placement : { continued: false };

		return { room: await ctx.rooms.getOrCreate(roomId, origin), release: admission.release };
	} catch (error) {
		admission.release();
		throw error;
	}
}

/**
 * A session's URL as handed to the client. In a cluster it names this node:
 * a client that entered through another node (and followed its 307) must
 * send PATCH and DELETE here, and some clients resolve a relative Location
 * against the URL they first posted to. Alone, it stays relative, which
 * survives any reverse proxy in front.
 */
export function sessionUrl(ctx: HttpMediaContext, path: string): string {
	return ctx.cluster.clustered ? new URL(path, ctx.cluster.url).toString() : path;
}

/** Every failure of these endpoints as problem details; the room is left as it was. */
export const problemHandler: ErrorRequestHandler = (error: unknown, _req, res, next) => {
	if (res.headersSent) {
		next(error);

		return;
	}

	if (error instanceof HttpProblem) {
		sendProblem(res, error);
	} else if (error instanceof SdpError) {
		sendProblem(res, new HttpProblem(error.status, 'Offer not accepted', error.message));
	} else if (error instanceof ClusterUnavailableError) {
		sendProblem(
			res,
			new HttpProblem(503, 'Service Unavailable', error.message, {
				'Retry-After': String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))),
			})
		);
	} else if (error instanceof RoomAbsentError) {
		sendProblem(res, new HttpProblem(404, 'Not Found', error.message));
	} else if (error instanceof TicketError) {
		sendProblem(res, new HttpProblem(403, 'Forbidden', error.message));
	} else {
		next(error);
	}
};
