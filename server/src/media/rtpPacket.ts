/** Minimal RTP (RFC 3550) packets: enough to generate and check media in self-tests and load tools. */
export interface RtpHeader {
	payloadType: number;
	sequenceNumber: number;
	timestamp: number;
	ssrc: number;
	marker?: boolean;
}

export interface RtpPacket extends RtpHeader {
	payload: Buffer;
}

const FIXED_HEADER = 12;

export function buildRtpPacket(header: RtpHeader, payload: Buffer): Buffer {
	const packet = Buffer.alloc(FIXED_HEADER + payload.length);

	packet[0] = 0x80; // version 2, no padding, no extension, no CSRC
	packet[1] = (header.marker ? 0x80 : 0) | (header.payloadType & 0x7f);
	packet.writeUInt16BE(header.sequenceNumber & 0xffff, 2);
	packet.writeUInt32BE(header.timestamp >>> 0, 4);
	packet.writeUInt32BE(header.ssrc >>> 0, 8);
	payload.copy(packet, FIXED_HEADER);

	return packet;
}

/** True for RTCP (payload types 192–223 in the second byte), which shares ports with RTP under rtcp-mux. */
export function isRtcp(packet: Buffer): boolean {
	return packet.length >= 2 && packet[1] >= 192 && packet[1] <= 223;
}

/** Parses an RTP packet, skipping CSRCs and header extensions; undefined if it is not RTP. */
export function parseRtpPacket(packet: Buffer): RtpPacket | undefined {
	if (packet.length < FIXED_HEADER || packet[0] >> 6 !== 2 || isRtcp(packet)) {
		return undefined;
	}

	const csrcCount = packet[0] & 0x0f;
	let offset = FIXED_HEADER + csrcCount * 4;

	if (packet[0] & 0x10) {
		if (packet.length < offset + 4) {
			return undefined;
		}

		offset += 4 + packet.readUInt16BE(offset + 2) * 4;
	}

	let end = packet.length;

	if (packet[0] & 0x20) {
		end -= packet[packet.length - 1];
	}

	if (offset > end) {
		return undefined;
	}

	return {
		payloadType: packet[1] & 0x7f,
		marker: (packet[1] & 0x80) !== 0,
		sequenceNumber: packet.readUInt16BE(2),
		timestamp: packet.readUInt32BE(4),
		ssrc: packet.readUInt32BE(8),
		payload: packet.subarray(offset, end),
	};
}
