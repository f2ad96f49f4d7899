import type { types } from 'mediasoup';
import type { Skylark } from '../../../server/src/Skylark.js';

/** Loss repair as the SFU saw it in a room's video, summed over its peers. */
export interface ServerRepair {
	/** NACKs the SFU sent to publishers, and packets it got repaired by their retransmissions. */
	nacksToPublishers: number;
	packetsRepaired: number;
	/** NACKs subscribers sent the SFU, and packets it retransmitted to them. */
	nacksFromSubscribers: number;
	packetsRetransmitted: number;
}

/** The room's video loss repair so far (mediasoup's producer and consumer stats). */
export async function serverRepair(server: Skylark, room: string): Promise<ServerRepair> {
	const totals = {
		nacksToPublishers: 0,
		packetsRepaired: 0,
		nacksFromSubscribers: 0,
		packetsRetransmitted: 0,
	};
	const video = (e: { kind: string }) => e.kind === 'video';

	for (const peer of server.rooms.get(room)?.peers.values() ?? []) {
		for (const producer of [...peer.producers.values()].filter(video)) {
			for (const s of await producer.getStats()) {
				totals.nacksToPublishers += s.nackCount;
				totals.packetsRepaired += s.packetsRepaired;
			}
		}

		for (const consumer of [...peer.consumers.values()].filter(video)) {
			for (const s of (await consumer.getStats()) as types.RtpStreamSendStats[]) {
				if (s.type === 'outbound-rtp') {
					totals.nacksFromSubscribers += s.nackCount;
					totals.packetsRetransmitted += s.packetsRetransmitted;
				}
			}
		}
	}

	return totals;
}
