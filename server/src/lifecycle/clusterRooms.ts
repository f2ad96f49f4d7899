import type { ClusterRouter } from '../cluster/ClusterRouter.js';
import type { Logger } from '../logging/logger.js';
import type { RoomManager } from '../rooms/RoomManager.js';

/**
 * Keeps the cluster's view of the rooms hosted here current: a room that
 * closes is released (or left for another node to claim, when its clients
 * moved), and a room another node took over with a newer epoch is closed
 * here with its clients told to rejoin, which sends them to the new owner.
 */
export function connectRoomsToCluster(rooms: RoomManager, cluster: ClusterRouter, logger: Logger): void {
	rooms.observer.on('roomclosed', (room) => {
		void cluster.releaseRoom(room.id, room.handedOver ? 'moving' : 'closed');
	});

	cluster.on('roomlost', (roomId) => {
		const room = rooms.get(roomId);

		if (room) {
			logger.warn('room taken over by another node: sending its clients there', { roomId });
			room.handedOver = true;
			room.close('moved', { rejoin: true });
		}
	});
}
