import * as dgram from 'node:dgram';

/**
 * A compound RTCP packet: an empty receiver report (compound packets start
 * with one, RFC 3550 §6.1, and FFmpeg ignores anything under 12 bytes) and a
 * BYE (§6.6).
 */
function byePacket(ssrc: number): Buffer {
	const packet = Buffer.alloc(16);

	packet[0] = 0x80; // version 2, no report blocks
	packet[1] = 201; // RR
	packet.writeUInt16BE(1, 2); // length in 32-bit words, minus one
	packet.writeUInt32BE(ssrc >>> 0, 4);
	packet[8] = 0x81; // version 2, one SSRC
	packet[9] = 203; // BYE
	packet.writeUInt16BE(1, 10);
	packet.writeUInt32BE(ssrc >>> 0, 12);

	return packet;
}

/**
 * Says goodbye on every stream's RTCP port. FFmpeg's RTP input ends cleanly
 * (end of file: trailer written) once every stream got a BYE, whereas a
 * SIGINT is only noticed between packets, so it goes unheard when the media
 * already stopped (say, the room closed first) and FFmpeg sits on the socket.
 */
export async function sendRtcpBye(rtcpPorts: readonly number[], ip = '127.0.0.1'): Promise<void> {
	const socket = dgram.createSocket('udp4');

	try {
		await Promise.all(
			rtcpPorts.map(
				(port) => new Promise<void>((resolve) => socket.send(byePacket(0), port, ip, () => resolve()))
			)
		);
	} finally {
		socket.close();
	}
}
