import { randomBytes } from 'node:crypto';
import type * as dgram from 'node:dgram';
import { buildRtpPacket, isRtcp, parseRtpPacket, type RtpPacket } from '../../server/src/media/rtpPacket.js';
import { sendUdp } from '../../server/src/media/udpSocket.js';

export const OPUS = { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 } as const;
export const LOOPBACK = { protocol: 'udp', ip: '127.0.0.1' } as const;

/** Sends `count` RTP packets with distinct random payloads; returns the payloads in order. */
export async function sendRtp(
	socket: dgram.Socket,
	target: { ip: string; port: number },
	options: { count: number; ssrc: number; payloadType: number; payloadSize?: number }
): Promise<Buffer[]> {
	const payloads: Buffer[] = [];

	for (let seq = 0; seq < options.count; seq++) {
		const payload = randomBytes(options.payloadSize ?? 200);

		payloads.push(payload);
		await sendUdp(
			socket,
			buildRtpPacket(
				{
					payloadType: options.payloadType,
					sequenceNumber: 1000 + seq,
					timestamp: seq * 960,
					ssrc: options.ssrc,
				},
				payload
			),
			target.port,
			target.ip
		);
		// 1 ms apart (≈1000 packets/s): a real stream's pace, well within socket buffers.
		await new Promise((resolve) => setTimeout(resolve, 1));
	}

	return payloads;
}

/** Collects RTP packets arriving on a socket until `count` have come, or rejects after `timeoutMs`. */
export function collectRtp(socket: dgram.Socket, count: number, timeoutMs = 5000): Promise<RtpPacket[]> {
	return new Promise((resolve, reject) => {
		const packets: RtpPacket[] = [];
		const timer = setTimeout(() => {
			socket.off('message', onMessage);
			reject(
				new Error(`only ${packets.length} of ${count} RTP packets arrived within ${timeoutMs} ms`)
			);
		}, timeoutMs);
		const onMessage = (message: Buffer) => {
			const packet = isRtcp(message) ? undefined : parseRtpPacket(Buffer.from(message));

			if (packet && packets.push(packet) === count) {
				clearTimeout(timer);
				socket.off('message', onMessage);
				resolve(packets);
			}
		};

		socket.on('message', onMessage);
	});
}
