import { Router, type Request } from 'express';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { TokenVerifier } from '../../auth/accessTokens.js';
import type { EgressManager } from '../EgressManager.js';
import type { HlsSigner } from './hlsAccess.js';

const FILE = /^(index\.m3u8|seg\d{5}\.ts)$/;

/** The query a player keeps on every request, when it came in through a signed URL or a token in the URL. */
function authQuery(req: Request): string | undefined {
	const { expires, sig, token } = req.query;

	if (typeof expires === 'string' && typeof sig === 'string') {
		return `expires=${encodeURIComponent(expires)}&sig=${encodeURIComponent(sig)}`;
	}

	return typeof token === 'string' ? `token=${encodeURIComponent(token)}` : undefined;
}

/**
 * HLS playback of egresses: `GET /hls/<room>/<egress>/index.m3u8` and its
 * segments. A request needs a signed URL (`expires` and `sig`) or an access
 * token for the room that may subscribe (`?token=` or `Authorization:
 * Bearer`). Segment URIs in the playlist get the same query, since players
 * resolve them against the playlist URL without its query. Headers suit a
 * CDN: the playlist may be cached for a second, segments for a day.
 */
export function hlsRoutes(egresses: EgressManager, signer: HlsSigner, verifier: TokenVerifier): Router {
	const router = Router();

	const allowed = async (req: Request, roomId: string, egressId: string): Promise<boolean> => {
		const { expires, sig, token } = req.query;

		if (typeof expires === 'string' && typeof sig === 'string') {
			return signer.verify(roomId, egressId, expires, sig);
		}

		const bearer = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
		const given = typeof token === 'string' ? token : bearer;

		if (!given) {
			return false;
		}

		try {
			const claims = await verifier.verify(given);

			return claims.room === roomId && claims.grants.canSubscribe;
		} catch {
			return false;
		}
	};

	router.get('/hls/:roomId/:egressId/:file', async (req, res) => {
		const { roomId, egressId, file } = req.params;
		const egress = egresses.get(egressId);

		res.set('Access-Control-Allow-Origin', '*');

		if (!egress?.hlsDir || egress.room.id !== roomId || !FILE.test(file)) {
			res.status(404).json({ error: 'not found' });

			return;
		}

		if (!(await allowed(req, roomId, egressId))) {
			res.status(401).json({ error: 'a signed URL or an access token for this room is needed' });

			return;
		}

		const full = path.join(egress.hlsDir, file);

		if (file.endsWith('.ts')) {
			res.set('Cache-Control', 'public, max-age=86400, immutable');
			res.type('video/mp2t').sendFile(
				full,
				(error) => error && !res.headersSent && res.status(404).end()
			);

			return;
		}

		const playlist = await fs.readFile(full, 'utf8').catch(() => undefined);

		if (playlist === undefined) {
			// Started, but its first segment is not written yet.
			res.status(404).json({ error: 'the playlist has no segment yet' });

			return;
		}

		const query = authQuery(req);
		const body = query ? playlist.replace(/^(seg\d{5}\.ts)$/gm, (uri) => `${uri}?${query}`) : playlist;

		res.set('Cache-Control', egress.running ? 'public, max-age=1' : 'public, max-age=86400');
		res.type('application/vnd.apple.mpegurl').send(body);
	});

	return router;
}
