/** Gaps wider than this are not NACKed: the sender's history would not hold them anyway. */
const MAX_NACKED_GAP = 64;
/** Missing packets remembered (for a retransmission to fill); older ones are counted lost. */
const MAX_MISSING = 1024;

export interface GapCounts {
	/** Distinct packets received (retransmissions that filled a gap included). */
	received: number;
	/** Packets the sequence numbers say were sent since the first one received. */
	expected: number;
	/** Highest sequence number, extended with the count of wraps. */
	highest: number;
	/** Packets asked for again. */
	nacks: number;
}

/**
 * One RTP stream's sequence numbers as a receiver with NACK sees them:
 * distinct packets received (a retransmission that fills a gap counts, a
 * duplicate does not), packets expected, and which are missing.
 */
export class GapTracker {
	#highest?: number;
	#first = 0;
	#received = 0;
	#nacks = 0;
	/** Extended sequence numbers not received yet. */
	readonly #missing = new Set<number>();

	get counts(): GapCounts {
		return {
			highest: this.#highest ?? 0,
			received: this.#received,
			expected: this.#highest === undefined ? 0 : this.#highest - this.#first + 1,
			nacks: this.#nacks,
		};
	}

	/**
	 * Records a packet; returns the sequence numbers it shows missing (to
	 * NACK), oldest first, or undefined for a gap too wide to NACK (ask for a
	 * keyframe instead).
	 */
	add(sequenceNumber: number): number[] | undefined {
		if (this.#highest === undefined) {
			this.#highest = sequenceNumber;
			this.#first = sequenceNumber;
			this.#received++;

			return [];
		}

		const delta = (((sequenceNumber - (this.#highest & 0xffff) + 0x10000) & 0xffff) << 16) >> 16;
		const extended = this.#highest + delta;

		if (delta <= 0) {
			if (this.#missing.delete(extended)) {
				this.#received++;
			}

			return [];
		}

		const gap: number[] = [];

		for (let seq = this.#highest + 1; seq < extended; seq++) {
			this.#missing.add(seq);
			gap.push(seq & 0xffff);
		}

		this.#highest = extended;
		this.#received++;
		this.#forgetOldest();

		return gap.length <= MAX_NACKED_GAP ? gap : undefined;
	}

	nacked(packets: number): void {
		this.#nacks += packets;
	}

	#forgetOldest(): void {
		for (const seq of this.#missing) {
			if (this.#missing.size <= MAX_MISSING && seq > this.#highest! - 0x4000) {
				break;
			}

			this.#missing.delete(seq);
		}
	}
}
