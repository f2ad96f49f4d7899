import type { skylark } from '../../../protos/index.js';
import type { Room } from '../rooms/Room.js';

type Notification = skylark.v1.Notification.$Properties;

/**
 * Applies what the origin tells its edges to the room here: publishers are
 * mirrored (RemotePeers, with what they publish), and the viewers here are
 * told as the origin's own viewers are. The active speaker is the origin's:
 * only it hears every publisher; so is the publishers' connection quality.
 */
export function applyOriginNotification(room: Room, n: Notification): void {
	const remote = (peerId: string | null | undefined) => room.remotePeers.get(peerId ?? '');

	if (n.peerJoined?.peer) {
		room.addRemotePeer(n.peerJoined.peer);

		return;
	}

	if (n.peerLeft) {
		room.removeRemotePeer(n.peerLeft.peerId ?? '');

		return;
	}

	if (n.newProducer?.producer) {
		const { producer } = n.newProducer;

		remote(n.newProducer.peerId)?.published.set(producer.producerId ?? '', producer);
	} else if (n.producerClosed) {
		const { peerId, producerId } = n.producerClosed;
		const owner = remote(peerId);

		owner?.published.delete(producerId ?? '');
		owner?.producers.get(producerId ?? '')?.close();
	} else if (n.producerPaused || n.producerResumed) {
		const event = (n.producerPaused ?? n.producerResumed)!;
		const info = remote(event.peerId)?.published.get(event.producerId ?? '');

		if (info) {
			info.paused = Boolean(n.producerPaused);
		}
	} else if (n.newDataProducer?.dataProducer) {
		const { dataProducer } = n.newDataProducer;

		remote(n.newDataProducer.peerId)?.dataPublished.set(dataProducer.dataProducerId ?? '', dataProducer);
	} else if (n.dataProducerClosed) {
		const { peerId, dataProducerId } = n.dataProducerClosed;
		const owner = remote(peerId);

		owner?.dataPublished.delete(dataProducerId ?? '');
		owner?.dataProducers.get(dataProducerId ?? '')?.close();
	} else if (!n.activeSpeaker && !n.connectionQuality) {
		// Everything else is about the origin's own peers (or its node), not the viewers here.
		return;
	}

	room.broadcast(n);
}
