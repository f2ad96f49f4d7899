import type { Request } from 'express';
import type { AccessClaims, TokenVerifier } from '../auth/accessTokens.js';
import { HttpProblem } from './problems.js';

/** An SDP offer is a few kB; one this big is not an offer. */
export const MAX_SDP_BYTES = 64 * 1024;

/** The request's media type, without parameters, lower case ('' when none). */
export function mediaType(req: Request): string {
	return (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/** The request body as text, refusing a wrong media type (415) or a body over `maxBytes` (413). */
export async function readBody(req: Request, expected: string, maxBytes = MAX_SDP_BYTES): Promise<string> {
	const type = mediaType(req);

	if (type !== expected) {
		throw new HttpProblem(
			415,
			'Unsupported Media Type',
			`the body must be ${expected}, not "${type || 'none'}"`,
			{
				'Accept-Post': expected,
			}
		);
	}

	const declared = Number(req.get('content-length') ?? 0);

	if (declared > maxBytes) {
		throw new HttpProblem(
			413,
			'Content Too Large',
			`the body is ${declared} bytes; at most ${maxBytes} are taken`
		);
	}

	const chunks: Buffer[] = [];
	let size = 0;

	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;

		if (size > maxBytes) {
			throw new HttpProblem(413, 'Content Too Large', `the body is over ${maxBytes} bytes`);
		}

		chunks.push(chunk);
	}

	return Buffer.concat(chunks).toString('utf8');
}

/** The access token of `Authorization: Bearer <token>`, verified; 401 when missing or invalid. */
export async function bearerClaims(req: Request, verifier: TokenVerifier): Promise<AccessClaims> {
	const token = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
	const challenge = { 'WWW-Authenticate': 'Bearer' };

	if (!token) {
		throw new HttpProblem(
			401,
			'Unauthorized',
			'send an access token: Authorization: Bearer <token>',
			challenge
		);
	}

	try {
		return await verifier.verify(token);
	} catch (error) {
		throw new HttpProblem(
			401,
			'Unauthorized',
			`access token rejected: ${(error as Error).message}`,
			challenge
		);
	}
}
