import express, { Router, type Response } from 'express';
import { parseBody } from '../http/jsonBody.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { HlsSigner } from './hls/hlsAccess.js';
import { EgressError, type EgressManager } from './EgressManager.js';
import { egressRequestSchema, outputsOf, parseResolution } from './egressRequest.js';
import type { Egress } from './Egress.js';
import { describeEgress } from './egressViews.js';

/** How long the signed playlist URL in an answer stays valid. */
const SIGNED_URL_TTL_SECONDS = 24 * 3600;

/**
 * Egress (admin API, behind the admin key): `POST /rooms/:roomId/egress`
 * starts one (composite or track; RTMP, HLS and file outputs), `GET` lists
 * them, `DELETE .../:egressId` stops one and answers once its outputs are
 * final (file written, RTMP closed, HLS playlist ended).
 */
export function egressRoutes(rooms: RoomManager, egresses: EgressManager, signer: HlsSigner): Router {
	const router = Router();
	const view = (egress: Egress) => {
		const described = describeEgress(egress);

		return described.playlistUrl
			? {
					...described,
					signedPlaylistUrl: `${described.playlistUrl}?${signer.sign(egress.room.id, egress.id, SIGNED_URL_TTL_SECONDS)}`,
				}
			: described;
	};
	const egressOr404 = (roomId: string, egressId: string, res: Response) => {
		const egress = egresses.get(egressId);

		if (!egress || egress.room.id !== roomId) {
			res.status(404).json({ error: `egress ${egressId} not found in room ${roomId}` });

			return undefined;
		}

		return egress;
	};

	router.post('/rooms/:roomId/egress', express.json({ limit: '8kb' }), async (req, res) => {
		const room = rooms.get(req.params.roomId);

		if (!room) {
			res.status(404).json({ error: `room ${req.params.roomId} not found` });

			return;
		}

		const body = parseBody(egressRequestSchema, req, res);

		if (!body) {
			return;
		}

		const outputs = outputsOf(body);
		const size = body.resolution ? parseResolution(body.resolution) : undefined;

		if (!outputs.success || (body.resolution && !size)) {
			const problem = outputs.success
				? 'resolution: both sides must be even and at least 64'
				: outputs.error.issues.map((i) => `outputs.${i.path.join('.')}: ${i.message}`).join('; ');

			res.status(400).json({ error: problem });

			return;
		}

		try {
			const egress = await egresses.start(room, {
				type: body.type,
				outputs: outputs.data,
				layout: body.layout,
				peerId: body.peerId,
				encoder: {
					...(size ? { size } : {}),
					...(body.fps ? { fps: body.fps } : {}),
					...(body.videoBitrateKbps ? { videoBitrateKbps: body.videoBitrateKbps } : {}),
					...(body.audioBitrateKbps ? { audioBitrateKbps: body.audioBitrateKbps } : {}),
				},
			});

			res.status(201).json(view(egress));
		} catch (error) {
			if (error instanceof EgressError) {
				res.status(error.status).json({ error: error.message });
			} else {
				throw error;
			}
		}
	});

	router.get('/rooms/:roomId/egress', (req, res) => {
		res.json({ egresses: egresses.list(req.params.roomId).map(view) });
	});

	router.get('/rooms/:roomId/egress/:egressId', (req, res) => {
		const egress = egressOr404(req.params.roomId, req.params.egressId, res);

		if (egress) {
			res.json(view(egress));
		}
	});

	router.delete('/rooms/:roomId/egress/:egressId', async (req, res) => {
		const egress = egressOr404(req.params.roomId, req.params.egressId, res);

		if (egress) {
			await egresses.stop(egress, 'stopped-by-admin');
			res.json(view(egress));
		}
	});

	return router;
}
