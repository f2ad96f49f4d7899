import type { types } from 'mediasoup';
import type { ProducerAppData } from '../../rooms/Peer.js';
import type { Room } from '../../rooms/Room.js';
import type { Visual } from './layout.js';

function isScreen(producer: types.Producer): boolean {
	const { source } = producer.appData as Partial<ProducerAppData>;

	return source === 'screen' || source === 'screenshare';
}

/** What a room shows now, in join order: every publishing participant's cameras and screens, a placeholder for audio only. */
export function roomVisuals(room: Room): Visual[] {
	const visuals: Visual[] = [];

	for (const peer of room.peers.values()) {
		const video = [...peer.producers.values()].filter((p) => p.kind === 'video' && !p.closed);

		visuals.push(
			...video.map((p) => ({ peerId: peer.id, producerId: p.id, screen: isScreen(p) })),
			...(video.length === 0 && peer.producers.size > 0 ? [{ peerId: peer.id, screen: false }] : [])
		);
	}

	return visuals;
}
