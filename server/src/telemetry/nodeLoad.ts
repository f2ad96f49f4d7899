import type { LocalRoomsView, NodeLoad } from '../cluster/ClusterRouter.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import type { RoomManager } from '../rooms/RoomManager.js';

/** What this node tells the cluster about its load, read at each heartbeat. */
export function nodeLoad(pool: WorkerPool, rooms: RoomManager, maxRooms: number): NodeLoad {
	const workers = pool.alive;
	let peers = 0;

	for (const room of rooms.rooms.values()) {
		peers += room.peers.size;
	}

	return {
		cpu: workers.map((w) => Number(w.cpu.value.toFixed(3))),
		consumers: workers.reduce((sum, w) => sum + w.load.consumers, 0),
		rooms: rooms.rooms.size,
		peers,
		full: workers.length === 0 || workers.every((w) => pool.isFull(w)) || rooms.rooms.size >= maxRooms,
	};
}

/** The rooms hosted here, as the cluster sees them. */
export function localRoomsView(
	rooms: RoomManager,
	pool: WorkerPool,
	limits: { maxRooms: number; maxPeersPerRoom: number }
): LocalRoomsView {
	return {
		list: () =>
			[...rooms.rooms.values()].map((room) => ({
				id: room.id,
				peers: room.peers.size,
				viewers: room.viewerCount,
			})),
		has: (roomId) => rooms.get(roomId) !== undefined,
		viewers: (roomId) => {
			const room = rooms.get(roomId);

			return (room?.viewerCount ?? 0) + rooms.joining(roomId);
		},
		hasRoomFor: (roomId) =>
			!nodeLoad(pool, rooms, limits.maxRooms).full &&
			(rooms.get(roomId)?.peers.size ?? 0) + rooms.joining(roomId) < limits.maxPeersPerRoom,
	};
}
