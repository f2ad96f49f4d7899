import { once } from 'node:events';
import type { ClusterRouter } from '../cluster/ClusterRouter.js';
import type { Logger } from '../logging/logger.js';
import type { RoomManager } from '../rooms/RoomManager.js';

/** The node's run state, shared with the parts that must behave differently while it drains. */
export interface NodeState {
	draining: boolean;
	/** When the drain gives up on rooms that are still open (ms since the epoch). */
	drainDeadline?: number;
}

/**
 * Stops taking joins, tells every peer the node is going away (with the
 * deadline), closes rooms as they empty, and resolves when none is left or
 * `timeoutMs` has passed. Rooms still open then are for the caller to close.
 * A drain that is already running keeps its deadline: Kubernetes' preStop
 * drains through the admin API, then SIGTERM drains again within the same
 * grace period.
 */
export async function drain(
	rooms: RoomManager,
	cluster: ClusterRouter,
	node: NodeState,
	timeoutMs: number,
	logger: Logger
): Promise<void> {
	const first = !node.draining;

	node.draining = true;
	node.drainDeadline ??= Date.now() + timeoutMs;

	const deadline = node.drainDeadline;

	logger.info('draining: no new joins', {
		rooms: rooms.rooms.size,
		timeoutMs,
		clustered: cluster.clustered,
	});

	if (first && cluster.clustered) {
		// Out of placement first, so the rooms' clients cannot be sent back here.
		await cluster
			.setDraining()
			.catch((error: Error) =>
				logger.warn('could not mark this node draining in the cluster', { error: error.message })
			);
	}

	for (const room of rooms.rooms.values()) {
		// In a cluster the room moves now: its clients rejoin, and another node hosts it.
		if (cluster.clustered) {
			room.handedOver = true;
			await cluster.releaseRoom(room.id, 'moving');
		}

		room.broadcast({ serverDraining: { deadlineMs: deadline, rejoin: cluster.clustered } });
	}

	// An empty room needs no grace period any more.
	const closeIfEmpty = () => {
		for (const room of [...rooms.rooms.values()]) {
			if (room.peers.size === 0) {
				room.close('server-draining');
			}
		}
	};
	const onPeerLeft = () => closeIfEmpty();

	rooms.observer.on('peerleft', onPeerLeft);
	closeIfEmpty();

	const timer = new AbortController();

	try {
		while (rooms.rooms.size > 0 && Date.now() < deadline) {
			await Promise.race([
				once(rooms.observer, 'roomclosed', { signal: timer.signal }),
				new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())).unref()),
			]);
		}
	} finally {
		timer.abort();
		rooms.observer.off('peerleft', onPeerLeft);
	}

	logger.info(rooms.rooms.size === 0 ? 'drained: every room emptied' : 'drain deadline reached', {
		roomsLeft: rooms.rooms.size,
	});
}
