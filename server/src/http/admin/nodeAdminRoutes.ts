import { Router } from 'express';
import { version as mediasoupVersion } from 'mediasoup';
import type { NodeState } from '../../lifecycle/drain.js';
import type { WorkerPool } from '../../media/WorkerPool.js';
import type { RoomManager } from '../../rooms/RoomManager.js';
import { requireAdminKey } from './adminAuth.js';

/**
 * `GET /node` (admin key): this node's process, versions, run state and
 * workers (pid, load, CPU, port). Kept out of the public probes.
 *
 * `POST /node/drain` (admin key): starts the same drain as SIGTERM, without
 * exiting. With `?wait=1` it answers once the rooms have emptied or the drain
 * deadline passed, which is what a Kubernetes preStop hook wants.
 */
export function nodeAdminRoutes(
	rooms: RoomManager,
	pool: WorkerPool,
	node: NodeState,
	adminApiKey: string | undefined,
	drain: () => Promise<void>
): Router {
	const router = Router();

	router.get('/node', requireAdminKey(adminApiKey), (_req, res) => {
		res.json({
			pid: process.pid,
			node: process.version,
			mediasoup: mediasoupVersion,
			draining: node.draining,
			rooms: rooms.rooms.size,
			workers: pool.state(),
		});
	});

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
