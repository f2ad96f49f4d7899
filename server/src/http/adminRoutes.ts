import { Router } from 'express';
import type { Peer, PeerTransport } from '../rooms/Peer.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { requireAdminKey } from './adminAuth.js';

/** What an operator sees of one transport: where it connects and how it is doing. */
export async function describeTransport(transport: PeerTransport, direction: 'send' | 'recv') {
	const [stats] = await transport.getStats();
	const base = {
		id: transport.id,
		direction,
		type: transport.type,
		closed: transport.closed,
		bytesReceived: stats?.bytesReceived ?? 0,
		bytesSent: stats?.bytesSent ?? 0,
		recvBitrate: stats?.recvBitrate ?? 0,
		sendBitrate: stats?.sendBitrate ?? 0,
	};

	if (transport.type === 'webrtc') {
		return {
			...base,
			iceState: transport.iceState,
			iceSelectedTuple: transport.iceSelectedTuple ?? null,
			dtlsState: transport.dtlsState,
			sctpState: transport.sctpState ?? null,
		};
	}

	return { ...base, tuple: transport.tuple };
}

function peerTransports(peer: Peer) {
	return [
		...(peer.sendTransport ? [describeTransport(peer.sendTransport, 'send')] : []),
		...(peer.recvTransport ? [describeTransport(peer.recvTransport, 'recv')] : []),
	];
}

/** Admin API (`Authorization: Bearer <ADMIN_API_KEY>`; 404 when no key is configured). */
export function adminRoutes(rooms: RoomManager, adminApiKey: string | undefined): Router {
	const router = Router();

	router.use('/rooms', requireAdminKey(adminApiKey));

	router.get('/rooms/:roomId/peers/:peerId/transports', async (req, res) => {
		const peer = rooms.get(req.params.roomId)?.peers.get(req.params.peerId);

		if (!peer) {
			res.status(404).json({ error: `no peer ${req.params.peerId} in room ${req.params.roomId}` });

			return;
		}

		res.json({ transports: await Promise.all(peerTransports(peer)) });
	});

	return router;
}
