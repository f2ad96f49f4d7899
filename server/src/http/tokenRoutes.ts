import express, { Router } from 'express';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { mintToken } from '../auth/accessTokens.js';
import { ALL_GRANTS, GRANT_NAMES, grantsFromNames } from '../auth/grants.js';
import { requireAdminKey } from './admin/adminAuth.js';
import { roomIdSchema } from '../rooms/roomId.js';
import { parseBody } from './jsonBody.js';

const MAX_TTL = 24 * 3600;

const tokenRequest = z.object({
	room: roomIdSchema,
	identity: z.string().min(1).max(128),
	name: z.string().min(1).max(64).optional(),
	grants: z
		.array(z.enum(Object.keys(GRANT_NAMES) as [keyof typeof GRANT_NAMES]))
		.default(['publish', 'subscribe', 'data']),
	ttlSeconds: z.number().int().min(60).max(MAX_TTL).default(3600),
});

/**
 * `POST /tokens` (admin API): mints an access token. With DEV_MODE, also
 * `GET /dev/token?room=&name=`: an all-grants token for the demo page, which
 * must never be reachable in production.
 */
export function tokenRoutes(options: { secret: string; adminApiKey?: string; devMode: boolean }): Router {
	const router = Router();

	router.post(
		'/tokens',
		requireAdminKey(options.adminApiKey),
		express.json({ limit: '8kb' }),
		async (req, res) => {
			const body = parseBody(tokenRequest, req, res);

			if (!body) {
				return;
			}

			const { room, identity, name, grants, ttlSeconds } = body;
			const token = await mintToken(
				options.secret,
				{ room, identity, name, grants: grantsFromNames(grants) },
				ttlSeconds
			);

			res.json({ token, expiresIn: ttlSeconds });
		}
	);

	if (options.devMode) {
		router.get('/dev/token', async (req, res) => {
			const room = roomIdSchema.safeParse(req.query.room);
			const name = typeof req.query.name === 'string' ? req.query.name.slice(0, 64) : undefined;

			if (!room.success) {
				res.status(400).json({ error: room.error.issues[0].message });

				return;
			}

			const token = await mintToken(
				options.secret,
				{ room: room.data, identity: randomUUID(), name, grants: ALL_GRANTS },
				3600
			);

			res.json({ token });
		});
	}

	return router;
}
