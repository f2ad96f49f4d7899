import { Router, type Response } from 'express';
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
export function roomAdminRoutes(rooms: RoomManager): Router {
	const router = Router();
	const withRoom = (res: Response, roomId: string, then: (room: Room) => unknown) => {
		const room = rooms.get(roomId);

		return room ? then(room) : notFound(res, `room ${roomId}`);
	};

	router.get('/rooms', (_req, res) => {
		res.json({ rooms: [...rooms.rooms.values()].map(describeRoom) });
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
