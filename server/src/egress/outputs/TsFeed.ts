/** MPEG-TS packets are 188 bytes, each starting with the sync byte 0x47. */
export const TS_PACKET = 188;
const SYNC = 0x47;

/**
 * What an output reads from: the encoded MPEG-TS stream, in the chunks the
 * pipe delivered, with each chunk's offset in the stream. An output that
 * starts (or restarts) mid-stream begins at a packet boundary; FFmpeg then
 * waits for the next program tables and keyframe, which come every second.
 */
export interface TsChunk {
	data: Buffer;
	/** Offset of `data[0]` in the whole stream. */
	offset: number;
}

/** Where in `chunk` the first whole packet starts, or -1 when it holds none. */
export function firstPacketIn(chunk: TsChunk): number {
	const skip = (TS_PACKET - (chunk.offset % TS_PACKET)) % TS_PACKET;

	for (let at = skip; at < chunk.data.length; at += TS_PACKET) {
		if (chunk.data[at] === SYNC) {
			return at;
		}
	}

	return -1;
}
