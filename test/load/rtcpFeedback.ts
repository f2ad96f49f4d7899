/**
 * The RTCP a video receiver sends (RFC 3550 receiver reports, RFC 4585
 * generic NACK and PLI), built for one media SSRC. This receiver sends no
 * media, so its own SSRC is a constant.
 */
const RECEIVER_SSRC = 1;

function rtcpPacket(format: number, packetType: number, body: number): Buffer {
	const packet = Buffer.alloc(4 + body);

	packet[0] = 0x80 | format; // version 2, no padding
	packet[1] = packetType;
	packet.writeUInt16BE(body / 4, 2); // length in 32-bit words minus one
	packet.writeUInt32BE(RECEIVER_SSRC, 4);

	return packet;
}

/** Generic NACK: one FCI per 17 sequence numbers (a PID and a bitmask of the 16 after it). */
export function nackPacket(mediaSsrc: number, missing: readonly number[]): Buffer {
	const fci: [number, number][] = [];

	for (const seq of missing) {
		const last = fci.at(-1);
		const offset = last ? (seq - last[0] + 0x10000) & 0xffff : 0;

		if (last && offset >= 1 && offset <= 16) {
			last[1] |= 1 << (offset - 1);
		} else {
			fci.push([seq, 0]);
		}
	}

	const packet = rtcpPacket(1, 205, 8 + fci.length * 4);

	packet.writeUInt32BE(mediaSsrc, 8);
	fci.forEach(([pid, mask], i) => {
		packet.writeUInt16BE(pid, 12 + i * 4);
		packet.writeUInt16BE(mask, 14 + i * 4);
	});

	return packet;
}

/** Picture loss indication: asks the sender for a keyframe. */
export function pliPacket(mediaSsrc: number): Buffer {
	const packet = rtcpPacket(1, 206, 8);

	packet.writeUInt32BE(mediaSsrc, 8);

	return packet;
}

/** A receiver report with one report block (no jitter, no SR timing: this receiver does not play out). */
export function receiverReport(
	mediaSsrc: number,
	counts: { expected: number; received: number; highest: number },
	fractionLost: number
): Buffer {
	const packet = rtcpPacket(1, 201, 28);
	const lost = Math.max(-0x800000, Math.min(0x7fffff, counts.expected - counts.received));

	packet.writeUInt32BE(mediaSsrc, 8);
	const fraction = Math.min(255, Math.round(fractionLost * 256));

	packet.writeUInt32BE(((fraction << 24) | (lost & 0xffffff)) >>> 0, 12);
	packet.writeUInt32BE(counts.highest >>> 0, 16);

	return packet;
}
