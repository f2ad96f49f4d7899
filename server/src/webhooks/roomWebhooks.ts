import type { ClusterRouter } from '../cluster/ClusterRouter.js';
import type { WorkerPool } from '../media/WorkerPool.js';
import type { Peer } from '../rooms/Peer.js';
import type { RoomObserver } from '../rooms/RoomObserver.js';
import type { WebhookSender } from './WebhookSender.js';

const participant = (peer: Peer) => ({
	id: peer.id,
	identity: peer.identity,
	name: peer.displayName,
	role: peer.role,
});

/**
 * Turns room and worker lifecycle into webhook events: room.started,
 * room.finished, participant.joined, participant.left, track.published,
 * track.unpublished, worker.died. (Recordings send theirs themselves.)
 * In a cluster a room may move between nodes: it starts once (on the node
 * where its life began) and finishes once (where it closes for good, or on
 * the one node that finds it abandoned after its node died).
 */
export function sendRoomWebhooks(
	observer: RoomObserver,
	pool: WorkerPool,
	cluster: ClusterRouter,
	webhooks: WebhookSender
): void {
	observer.on('roomcreated', (room) => {
		// An edge's copy of a room is not the room: it starts and finishes at its origin.
		if (!room.continued && !room.edge) {
			webhooks.emit('room.started', { room: { id: room.id } });
		}
	});
	observer.on('roomclosed', (room, reason) => {
		if (!room.handedOver && !room.edge) {
			webhooks.emit('room.finished', { room: { id: room.id }, reason });
		}
	});
	cluster.on('roomabandoned', (roomId) =>
		webhooks.emit('room.finished', { room: { id: roomId }, reason: 'node-died' })
	);
	observer.on('peerjoined', (room, peer) =>
		webhooks.emit('participant.joined', { room: { id: room.id }, participant: participant(peer) })
	);
	observer.on('peerleft', (room, peer, reason) =>
		webhooks.emit('participant.left', { room: { id: room.id }, participant: participant(peer), reason })
	);
	observer.on('trackpublished', (room, peer, producer) =>
		webhooks.emit('track.published', {
			room: { id: room.id },
			participant: participant(peer),
			track: { id: producer.id, kind: producer.kind, source: producer.appData.source },
		})
	);
	observer.on('trackunpublished', (room, peer, producer) =>
		webhooks.emit('track.unpublished', {
			room: { id: room.id },
			participant: participant(peer),
			track: { id: producer.id, kind: producer.kind, source: producer.appData.source },
		})
	);
	pool.on('workerdied', (entry, error) =>
		webhooks.emit('worker.died', {
			worker: { index: entry.index, pid: entry.worker.pid },
			error: error.message,
		})
	);
}
