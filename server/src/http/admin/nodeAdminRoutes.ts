import { Router } from 'express';
import type { RoomManager } from '../../rooms/RoomManager.js';
import { requireAdminKey } from './adminAuth.js';

/**
 * `POST /node/drain` (admin key): starts the same drain as SIGTERM, without
 * exiting. With `?wait=1` it answers once the rooms have emptied or the drain
 * deadline passed, which is what a Kubernetes preStop hook wants.
 */
export function nodeAdminRoutes(
	rooms: RoomManager,
	adminApiKey: string | undefined,
	drain: () => Promise<void>
): Router {
	const router = Router();

	router.post('/node/drain', requireAdminKey(adminApiKey), async (req, res) => {
		const drained = drain();

		if (req.query.wait === '1') {
			await drained;
			res.json({ draining: true, roomsLeft: rooms.rooms.size });
		} else {
			res.status(202).json({ draining: true, roomsLeft: rooms.rooms.size });
		}
	});

	return router;
}
