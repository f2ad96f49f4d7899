import type { Request, RequestHandler, Response } from 'express';
import type { HttpSession } from './HttpSession.js';
import { HttpProblem } from './problems.js';
import { readBody } from './httpInput.js';

export const TRICKLE = 'application/trickle-ice-sdpfrag';

/**
 * Sends `body` as exactly `mediaType`: express would append `; charset=utf-8`
 * to a string body's type, and neither application/sdp nor the sdpfrag type
 * has that parameter (some WHIP clients compare the type as a whole).
 */
export function sendExactly(res: Response, mediaType: string, body: string): void {
	res.setHeader('Content-Type', mediaType);
	res.send(Buffer.from(body, 'utf8'));
}

/** Cross-origin use from any page, as WHIP/WHEP require; the token authorises, not the origin. */
export const cors: RequestHandler = (req, res, next) => {
	res.set({
		'Access-Control-Allow-Origin': '*',
		'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match',
		'Access-Control-Expose-Headers':
			'Location, ETag, Link, Accept-Patch, Accept-Post, Retry-After, Skylark-Warning',
	});
	next();
};

/** A preflight or OPTIONS request: no token needed (RFC 9725). */
export function options(allow: string, extra: Record<string, string> = {}): RequestHandler {
	return (_req, res) => {
		res.status(204)
			.set({ Allow: allow, 'Access-Control-Allow-Methods': allow, ...extra })
			.end();
	};
}

export function methodNotAllowed(allow: string): RequestHandler {
	return () => {
		throw new HttpProblem(405, 'Method Not Allowed', `use ${allow}`, { Allow: allow });
	};
}

/**
 * `PATCH` on a session URL with an SDP fragment. Trickled candidates answer
 * 204: ICE-lite learns the client's addresses from its checks anyway, so they
 * need nothing (and are taken without If-Match, which several clients omit).
 * New ICE credentials in the fragment are an ICE restart: it needs If-Match
 * (`"*"` or the current ETag; 428 without, 412 when stale) and answers 200
 * with the server's new credentials and a new ETag.
 */
export async function patchIce(session: HttpSession, req: Request, res: Response): Promise<void> {
	const fragment = await readBody(req, TRICKLE);
	const ifMatch = req.get('if-match');
	// Trickle fragments carry the ICE credentials too: only new ones mean a restart.
	const restart = session.restartsIce(fragment);

	if (ifMatch && ifMatch !== '*' && ifMatch !== session.etag) {
		throw new HttpProblem(
			412,
			'Precondition Failed',
			`the session's ETag is ${session.etag}, not ${ifMatch}`
		);
	}

	if (!restart) {
		res.status(204).end();

		return;
	}

	if (!ifMatch) {
		throw new HttpProblem(428, 'Precondition Required', 'an ICE restart needs If-Match: "*"');
	}

	const answer = await session.restartIce(fragment);

	res.status(200).set({ ETag: session.etag });
	sendExactly(res, TRICKLE, answer);
}

/** `DELETE` on a session URL: the session ends, and its peer leaves the room. */
export function deleteSession(session: HttpSession, res: Response): void {
	session.close(`${session.protocol}-ended`);
	res.status(200).end();
}
