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
 */
export function sendRoomWebhooks(observer: RoomObserver, pool: WorkerPool, webhooks: WebhookSender): void {
	observer.on('roomcreated', (room) => webhooks.emit('room.started', { room: { id: room.id } }));
	observer.on('roomclosed', (room, reason) =>
		webhooks.emit('room.finished', { room: { id: room.id }, reason })
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
