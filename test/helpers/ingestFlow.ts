import type { Skylark } from '../../server/src/Skylark.js';
import { within } from './within.js';

/** Resolves once every track of an ingest participant reaches its producer (mediasoup scores a stream it receives). */
export async function ingestFlowing(
	server: Skylark,
	room: string,
	peerId: string,
	name: string
): Promise<void> {
	const peer = server.rooms.get(room)!.peers.get(peerId)!;

	await Promise.all(
		[...peer.producers.values()].map((producer) =>
			within(
				new Promise<void>((resolve) =>
					producer.score.length > 0 ? resolve() : producer.once('score', () => resolve())
				),
				10_000,
				`RTP reaching ${name}'s ${producer.kind} producer`
			)
		)
	);
}
