import type { Peer, PeerTransport } from '../../rooms/Peer.js';
import type { Room } from '../../rooms/Room.js';

/** What an operator sees of one transport: where it connects and how it is doing. */
export async function describeTransport(transport: PeerTransport, direction: 'send' | 'recv') {
	const [stats] = await transport.getStats().catch(() => []);
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

export function describePeerTransports(peer: Peer) {
	return Promise.all([
		...(peer.sendTransport ? [describeTransport(peer.sendTransport, 'send')] : []),
		...(peer.recvTransport ? [describeTransport(peer.recvTransport, 'recv')] : []),
	]);
}

export async function describePeer(peer: Peer) {
	return {
		id: peer.id,
		identity: peer.identity,
		displayName: peer.displayName,
		role: peer.role,
		connected: peer.connected,
		workerIndex: peer.router.worker.index,
		transports: await describePeerTransports(peer),
		producers: [...peer.producers.values()].map((p) => ({
			id: p.id,
			kind: p.kind,
			source: p.appData.source,
			encrypted: p.appData.encrypted === true,
			type: p.type,
			paused: p.paused,
			score: p.score.map((s) => s.score),
		})),
		consumers: [...peer.consumers.values()].map((c) => ({
			id: c.id,
			producerId: c.producerId,
			kind: c.kind,
			type: c.type,
			paused: c.paused,
			producerPaused: c.producerPaused,
			score: c.score.score,
			producerScore: c.score.producerScore,
		})),
	};
}

export function describeRoom(room: Room) {
	return {
		id: room.id,
		createdAt: new Date(room.createdAt).toISOString(),
		peers: room.peers.size,
		routers: room.routers.all.map((r) => ({
			workerIndex: r.worker.index,
			workerPid: r.worker.worker.pid,
		})),
		pipes: room.routers.pipeCount,
	};
}

export async function describeRoomDetail(room: Room) {
	return { ...describeRoom(room), peers: await Promise.all([...room.peers.values()].map(describePeer)) };
}
