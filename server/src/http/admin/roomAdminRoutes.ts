import { Router, type Response } from 'express';
import type { ClusterRouter } from '../../cluster/ClusterRouter.js';
import type { Room } from '../../rooms/Room.js';
import type { RoomManager } from '../../rooms/RoomManager.js';
import { describePeerTransports, describeRoom, describeRoomDetail } from './roomViews.js';

function notFound(res: Response, what: string): void {
	res.status(404).json({ error: `${what} not found` });
}

/**
 * Rooms for operators: list, inspect, close a room, remove a peer, mute a
 * producer. Mounted behind the admin key (see adminApi.ts).
 */
export function roomAdminRoutes(rooms: RoomManager, cluster: ClusterRouter): Router {
	const router = Router();
	const withRoom = (res: Response, roomId: string, then: (room: Room) => unknown) => {
		const room = rooms.get(roomId);

		return room ? then(room) : notFound(res, `room ${roomId}`);
	};

	// In a cluster: every room of every node, those hosted elsewhere in brief.
	router.get('/rooms', async (_req, res) => {
		const local = [...rooms.rooms.values()].map((room) => ({
			...describeRoom(room),
			node: cluster.nodeId,
		}));

		if (!cluster.clustered) {
			res.json({ rooms: local });

			return;
		}

		const remote = await cluster.rooms().then(
			(all) => all.filter((r) => !rooms.get(r.id)).map(({ id, peers, node }) => ({ id, peers, node })),
			() => undefined
		);

		res.json(remote ? { rooms: [...local, ...remote] } : { rooms: local, partial: true });
	});

	router.get('/rooms/:roomId', (req, res) =>
		withRoom(res, req.params.roomId, async (room) => res.json(await describeRoomDetail(room)))
	);

	router.delete('/rooms/:roomId', (req, res) =>
		withRoom(res, req.params.roomId, (room) => {
			room.close('closed-by-admin');
			res.status(204).end();
		})
	);

	router.get('/rooms/:roomId/peers/:peerId/transports', (req, res) =>
		withRoom(res, req.params.roomId, async (room) => {
			const peer = room.peers.get(req.params.peerId);

			return peer
				? res.json({ transports: await describePeerTransports(peer) })
				: notFound(res, `peer ${req.params.peerId}`);
		})
	);

	router.delete('/rooms/:roomId/peers/:peerId', (req, res) =>
		withRoom(res, req.params.roomId, (room) => {
			const peer = room.peers.get(req.params.peerId);

			if (!peer) {
				return notFound(res, `peer ${req.params.peerId}`);
			}

			// Told first, so its client knows it was removed rather than cut off.
			peer.notify({ roomClosing: { reason: 'removed-by-admin' } });
			room.removePeer(peer, 'removed-by-admin');
			res.status(204).end();
		})
	);

	router.post('/rooms/:roomId/producers/:producerId/mute', (req, res) =>
		withRoom(res, req.params.roomId, async (room) => {
			const found = room.findProducer(req.params.producerId);

			if (!found) {
				return notFound(res, `producer ${req.params.producerId}`);
			}

			await found.producer.pause();
			// Everyone hears it, the owner included: its SDK stops sending too.
			room.broadcast({ producerPaused: { peerId: found.owner.id, producerId: found.producer.id } });
			res.status(204).end();
		})
	);

	return router;
}
