/** The composite's audio: 48 kHz, stereo, signed 16-bit little-endian, as the decoders write it and the encoder reads it. */
export const SAMPLE_RATE = 48_000;
export const CHANNELS = 2;
const BYTES_PER_SAMPLE = 2 * CHANNELS;

/** What each source buffers before it is heard: RTP arrives in 20 ms packets, the mixer takes a frame's worth at a time. */
export const AUDIO_BUFFER_MS = 60;
/** More than this queued means the source ran ahead (a burst after a stall): the oldest part is dropped. */
const MAX_QUEUED_MS = 300;

const bytesFor = (ms: number) => Math.round((SAMPLE_RATE * ms) / 1000) * BYTES_PER_SAMPLE;
const BYTES_PER_MS = (SAMPLE_RATE * BYTES_PER_SAMPLE) / 1000;

/** Decoded PCM and when its last byte came out of the decoder (performance.now()). */
interface Chunk {
	pcm: Buffer;
	at: number;
}

/** One participant's decoded audio, waiting to be mixed (chunks hold whole samples). */
class SourceQueue {
	#chunks: Chunk[] = [];
	#bytes = 0;
	/** Whether enough has arrived to play without running dry at once. */
	#primed = false;
	/** When the middle of what was last mixed came out of the decoder; undefined while silent. */
	heardArrival?: number;

	push(pcm: Buffer, at: number): void {
		this.#chunks.push({ pcm, at });
		this.#bytes += pcm.length;

		if (this.#bytes >= bytesFor(AUDIO_BUFFER_MS)) {
			this.#primed = true;
		}

		if (this.#bytes > bytesFor(MAX_QUEUED_MS)) {
			this.#trim();
		}
	}

	/** Adds `length` bytes of this source into `mix` (16-bit sums, clipped later); silence when it has none. */
	addInto(mix: Int32Array, length: number): void {
		this.heardArrival = undefined;

		if (!this.#primed) {
			return;
		}

		if (this.#bytes < length) {
			// Ran dry (muted, or the sender stalled): wait to refill the buffer before playing again.
			this.#primed = false;
		}

		let offset = 0;

		while (offset < length && this.#chunks.length > 0) {
			const { pcm, at } = this.#chunks[0]!;
			const take = Math.min(pcm.length, length - offset);

			for (let i = 0; i < take; i += 2) {
				mix[(offset + i) / 2]! += pcm.readInt16LE(i);
			}

			if (offset <= length / 2 && offset + take > length / 2) {
				// The sample at the middle arrived as long before the chunk's end as the bytes after it last.
				this.heardArrival = at - (pcm.length - (length / 2 - offset)) / BYTES_PER_MS;
			}

			offset += take;
			this.#consume(take);
		}
	}

	/** Drops the oldest whole chunks until about AUDIO_BUFFER_MS is left. */
	#trim(): void {
		while (
			this.#chunks.length > 1 &&
			this.#bytes - this.#chunks[0]!.pcm.length >= bytesFor(AUDIO_BUFFER_MS)
		) {
			this.#bytes -= this.#chunks.shift()!.pcm.length;
		}
	}

	#consume(bytes: number): void {
		const chunk = this.#chunks[0]!;

		if (bytes >= chunk.pcm.length) {
			this.#chunks.shift();
		} else {
			chunk.pcm = chunk.pcm.subarray(bytes);
		}

		this.#bytes -= bytes;
	}
}

/**
 * Mixes every participant's audio into one stream, a frame's worth at a
 * time: the compositor's clock asks, the sources' queues answer with what
 * they have (silence for a muted or missing one), so the output never waits
 * on any participant.
 */
export class AudioMixer {
	readonly #sources = new Map<string, SourceQueue>();

	push(sourceId: string, pcm: Buffer, at: number): void {
		let queue = this.#sources.get(sourceId);

		if (!queue) {
			queue = new SourceQueue();
			this.#sources.set(sourceId, queue);
		}

		queue.push(pcm, at);
	}

	/**
	 * When the sound in the latest mix came out of this source's decoder:
	 * the source's pictures that came out by then go with it (lip sync by
	 * arrival, whatever depth its queue has now). Undefined while it is silent.
	 */
	heardArrival(sourceId: string): number | undefined {
		return this.#sources.get(sourceId)?.heardArrival;
	}

	remove(sourceId: string): void {
		this.#sources.delete(sourceId);
	}

	/** `samples` stereo samples of the mix. */
	mix(samples: number): Buffer {
		const length = samples * BYTES_PER_SAMPLE;
		const sums = new Int32Array(length / 2);

		for (const queue of this.#sources.values()) {
			queue.addInto(sums, length);
		}

		const out = Buffer.allocUnsafe(length);

		for (let i = 0; i < sums.length; i++) {
			out.writeInt16LE(Math.max(-32768, Math.min(32767, sums[i]!)), i * 2);
		}

		return out;
	}
}
