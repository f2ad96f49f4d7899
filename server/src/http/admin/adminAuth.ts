import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Guards admin routes with `Authorization: Bearer <ADMIN_API_KEY>`. Without a
 * configured key the routes do not exist (404); a missing or wrong key gets
 * 401. The comparison takes the same time whatever the key.
 */
export function requireAdminKey(adminApiKey: string | undefined): RequestHandler {
	const expected = adminApiKey ? Buffer.from(adminApiKey) : undefined;

	return (req, res, next) => {
		if (!expected) {
			res.status(404).json({ error: 'not found' });

			return;
		}

		const match = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
		const given = Buffer.from(match?.[1] ?? '');

		if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
			res.status(401)
				.set('WWW-Authenticate', 'Bearer')
				.json({ error: 'missing or wrong admin API key' });

			return;
		}

		next();
	};
}
