import { randomBytes } from 'node:crypto';
import type { types } from 'mediasoup';
import { buildRtpPacket, parseRtpPacket } from './rtpPacket.js';
import { bindUdp, sendUdp } from './udpSocket.js';

export interface LoopbackOptions {
	durationMs: number;
	packetsPerSecond: number;
}

export interface LoopbackResult {
	sent: number;
	/** RTP packets the producer's stream counted. */
	producerPacketsIn: number;
	/** RTP packets the consumer's stream counted. */
	consumerPacketsOut: number;
	/** Packets that reached the receiving socket with the exact payload sent. */
	receivedIntact: number;
	durationMs: number;
}

const OPUS = { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 } as const;

/**
 * Sends real RTP through a worker: UDP → PlainTransport (comedia) → producer →
 * router → consumer → PlainTransport → UDP, and counts what came out intact.
 */
export async function runRtpLoopback(
	worker: types.Worker,
	options: LoopbackOptions
): Promise<LoopbackResult> {
	const started = Date.now();
	const router = await worker.createRouter({ mediaCodecs: [OPUS] });
	const sender = await bindUdp();
	const receiver = await bindUdp();

	try {
		const listenInfo = { protocol: 'udp', ip: '127.0.0.1' } as const;
		const ingest = await router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: true });
		const egress = await router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: false });
		const ssrc = randomBytes(4).readUInt32BE() || 1;
		const producer = await ingest.produce({
			kind: 'audio',
			rtpParameters: { codecs: [{ ...OPUS, payloadType: 100 }], encodings: [{ ssrc }] },
		});

		await egress.connect({ ip: '127.0.0.1', port: receiver.address().port });

		const consumer = await egress.consume({
			producerId: producer.id,
			rtpCapabilities: router.rtpCapabilities,
		});
		const payloads = new Set<string>();
		const total = Math.max(1, Math.round((options.durationMs / 1000) * options.packetsPerSecond));
		const interval = options.durationMs / total;
		let receivedIntact = 0;
		let allArrived!: () => void;
		const arrived = new Promise<void>((resolve) => (allArrived = resolve));

		receiver.on('message', (message) => {
			const packet = parseRtpPacket(message);

			if (packet && payloads.delete(packet.payload.toString('hex')) && ++receivedIntact === total) {
				allArrived();
			}
		});

		for (let seq = 0; seq < total; seq++) {
			const payload = randomBytes(160);

			payloads.add(payload.toString('hex'));
			await sendUdp(
				sender,
				buildRtpPacket(
					{ payloadType: 100, sequenceNumber: seq, timestamp: seq * 960, ssrc },
					payload
				),
				ingest.tuple.localPort,
				'127.0.0.1'
			);
			await new Promise((resolve) => setTimeout(resolve, interval));
		}

		// Packets still in flight get a short grace; lost ones are not waited for.
		await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 500))]);

		const producerStats = await producer.getStats();
		const consumerStats = await consumer.getStats();

		return {
			sent: total,
			producerPacketsIn: producerStats.reduce((sum, s) => sum + s.packetCount, 0),
			consumerPacketsOut: consumerStats
				.filter((s) => s.type === 'outbound-rtp')
				.reduce((sum, s) => sum + s.packetCount, 0),
			receivedIntact,
			durationMs: Date.now() - started,
		};
	} finally {
		router.close();
		sender.close();
		receiver.close();
	}
}
