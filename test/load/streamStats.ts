import { percentile } from '../bench/procStats.js';

/**
 * mediasoup sends bandwidth-probation packets on consumers' transports with
 * this SSRC and their own sequence numbers: they are not media, and would
 * distort loss figures.
 */
export const PROBATION_SSRC = 1234;

/** Loss of one received RTP stream, from its sequence numbers (handles 16-bit wrap). */
export class SequenceTracker {
	#first?: number;
	#highest = 0;
	#received = 0;

	add(sequenceNumber: number): void {
		if (this.#first === undefined) {
			this.#first = sequenceNumber;
			this.#highest = sequenceNumber;
		} else {
			const last = this.#highest & 0xffff;
			const delta = ((sequenceNumber - last + 0x10000) % 0x10000) as number;

			if (delta !== 0 && delta < 0x8000) {
				this.#highest += delta;
			}
		}

		this.#received++;
	}

	get received(): number {
		return this.#received;
	}

	get expected(): number {
		return this.#first === undefined ? 0 : this.#highest - this.#first + 1;
	}
}

/** Latency samples (ms) for one reporting window. */
export class LatencyWindow {
	#samples: number[] = [];

	add(ms: number): void {
		// Bounded: enough for stable percentiles, never unbounded memory.
		if (this.#samples.length < 200_000) {
			this.#samples.push(ms);
		}
	}

	/** p50/p99 of the window, then starts a new one. */
	take(): { p50: number; p99: number; count: number } {
		const sorted = this.#samples.sort((a, b) => a - b);

		this.#samples = [];

		return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), count: sorted.length };
	}
}
