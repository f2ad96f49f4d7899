/**
 * RTP payloads for load tests: each carries a marker, the stream's index and
 * the wall-clock send time, so a receiver (in this process or another on the
 * same host) can measure end-to-end latency. Video payloads start with a VP8
 * payload descriptor and header so mediasoup recognises keyframes.
 */
const MARKER = 0x534b4c54; // "SKLT"
/** Bytes before the marker: VP8 descriptor (1) + first VP8 header byte (1); zero for audio. */
const PREFIX = 2;
const HEADER = PREFIX + 16;

export type StreamKind = 'audio' | 'video';

export function nowMs(): number {
	return performance.timeOrigin + performance.now();
}

export function buildPayload(kind: StreamKind, stream: number, size: number, keyFrame: boolean): Buffer {
	const payload = Buffer.alloc(Math.max(size, HEADER));

	if (kind === 'video') {
		payload[0] = 0x10; // VP8 payload descriptor: start of partition 0
		payload[1] = keyFrame ? 0x00 : 0x01; // VP8 header: inverse keyframe bit
	}

	payload.writeUInt32BE(MARKER, PREFIX);
	payload.writeUInt32BE(stream, PREFIX + 4);
	payload.writeDoubleBE(nowMs(), PREFIX + 8);

	return payload;
}

/** The send time embedded by buildPayload, or undefined for other payloads. */
export function sentAt(payload: Buffer): number | undefined {
	if (payload.length < HEADER || payload.readUInt32BE(PREFIX) !== MARKER) {
		return undefined;
	}

	return payload.readDoubleBE(PREFIX + 8);
}
