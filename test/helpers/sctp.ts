import type { PeerTransport } from '../../server/src/rooms/Peer.js';
import type { Room } from '../../server/src/rooms/Room.js';

function sctpConnected(transport: PeerTransport): Promise<void> {
	if (transport.type !== 'webrtc' || !transport.sctpParameters || transport.sctpState === 'connected') {
		return Promise.resolve();
	}

	return new Promise((resolve) =>
		transport.on('sctpstatechange', (state) => {
			if (state === 'connected') {
				resolve();
			}
		})
	);
}

/**
 * Waits until the server's SCTP association with every peer in the room is
 * up: werift reports negotiated data channels open before that (browsers do
 * not), and messages sent earlier are lost.
 */
export async function roomSctpConnected(room: Room): Promise<void> {
	const transports = [...room.peers.values()].flatMap((p) => [p.sendTransport, p.recvTransport]);

	await Promise.all(transports.filter((t) => t !== undefined).map(sctpConnected));
}
