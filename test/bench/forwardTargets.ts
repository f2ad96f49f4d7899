/**
 * bench:forward's systems under test, each a server process of its own
 * (ForwardProcess) with a publisher and N consumers: a bare mediasoup script,
 * and Skylark with its subscribers joining through signaling.
 */
import type * as dgram from 'node:dgram';
import { parseRtpPacket } from '../../server/src/media/rtpPacket.js';
import { bindUdp } from '../../server/src/media/udpSocket.js';
import { testTokens } from '../helpers/tokens.js';
import { until } from '../helpers/within.js';
import {
	plainPublisher,
	plainSubscriber,
	ReceiverSockets,
	type PlainSubscriber,
} from '../load/plainPeers.js';
import { startRtpSource, videoProfile, type RtpSource } from '../load/rtpSource.js';
import { PROBATION_SSRC, SequenceTracker } from '../load/streamStats.js';
import { ForwardProcess } from './forwardProcess.js';
import { BARE_SSRC, FORWARD_ROOM, VP8_PT } from './forwardServer.js';

export const PROFILE = videoProfile(1000);
const SAMPLED = 10;
const JOIN_CONCURRENCY = 16;

/** One system under test: set to N consumers, it reports what they forwarded. */
export interface Target {
	readonly name: string;
	readonly workers: number;
	readonly server: ForwardProcess;
	readonly source: RtpSource;
	setConsumers(count: number): Promise<void>;
	/** Loss seen by the consumers that are received for real, since resetSample(). */
	sampleLoss(): number;
	resetSample(): void;
	close(): Promise<void>;
}

/** Where consumers send: one socket nobody reads, and a few that are read to confirm arrival. */
async function sinks() {
	const discard = await bindUdp();
	const trackers = new Map<number, SequenceTracker>();
	const sampled = await ReceiverSockets.open(1, (packet) => {
		const rtp = parseRtpPacket(packet);

		if (rtp && rtp.ssrc !== PROBATION_SSRC) {
			let tracker = trackers.get(rtp.ssrc);

			if (!tracker) {
				tracker = new SequenceTracker();
				trackers.set(rtp.ssrc, tracker);
			}

			tracker.add(rtp.sequenceNumber);
		}
	});

	return {
		/** Port for the consumer with this index: the first SAMPLED are received for real. */
		port: (index: number) => (index < SAMPLED ? sampled.port(0) : discard.address().port),
		resetSample(): void {
			trackers.clear();
		},
		loss(): number {
			let expected = 0;
			let received = 0;

			for (const t of trackers.values()) {
				expected += t.expected;
				received += t.received;
			}

			return expected ? 1 - received / expected : 1;
		},
		close() {
			discard.close();
			sampled.close();
		},
	};
}

export async function bareTarget(core: number): Promise<Target> {
	const server = await ForwardProcess.start('bare', 1, [core]);
	const out = await sinks();
	const sender: dgram.Socket = await bindUdp();
	const source = startRtpSource(
		PROFILE,
		{ ssrc: BARE_SSRC, payloadType: VP8_PT, stream: BARE_SSRC },
		(packet) => sender.send(packet, server.started.ingestPort!, '127.0.0.1')
	);

	return {
		name: 'bare mediasoup, 1 worker',
		workers: 1,
		server,
		source,
		setConsumers: (count) =>
			server.setConsumers(
				count,
				Array.from({ length: count }, (_, i) => out.port(i))
			),
		sampleLoss: out.loss,
		resetSample: out.resetSample,
		async close() {
			source.stop();
			sender.close();
			out.close();
			await server.close();
		},
	};
}

export async function skylarkTarget(numWorkers: number, cores: number[]): Promise<Target> {
	const server = await ForwardProcess.start('skylark', numWorkers, cores);
	const url = server.started.url!;
	const out = await sinks();
	const publisher = await plainPublisher(url, testTokens, FORWARD_ROOM, 0, [PROFILE]);
	const subscribers: PlainSubscriber[] = [];
	let next = 0;

	return {
		name: `Skylark, ${numWorkers} worker${numWorkers > 1 ? 's' : ''}`,
		workers: numWorkers,
		server,
		source: publisher.producers[0].source,
		async setConsumers(count) {
			// Subscribers leave (the server has no grace period) or join a few at a time, as real ones would.
			subscribers.splice(count).forEach((s) => s.close());

			while (subscribers.length < count) {
				const batch = Array.from(
					{ length: Math.min(JOIN_CONCURRENCY, count - subscribers.length) },
					() => next++
				);

				subscribers.push(
					...(await Promise.all(
						batch.map((index) =>
							plainSubscriber(url, testTokens, FORWARD_ROOM, index, out.port(index), {
								srtp: false,
							})
						)
					))
				);
			}

			await until(
				async () => (await server.counters()).consumers === count,
				30_000,
				`${count} consumers`,
				250
			);
		},
		sampleLoss: out.loss,
		resetSample: out.resetSample,
		async close() {
			subscribers.forEach((s) => s.close());
			publisher.close();
			out.close();
			await server.close();
		},
	};
}
