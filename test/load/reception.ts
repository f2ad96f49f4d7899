import { nowMs, sentAt } from './mediaPayload.js';
import type { NativeWhepSubscriber } from './nativeWhepSubscriber.js';
import { LatencyWindow, SequenceTracker } from './streamStats.js';

/** Packets and latency received by all subscribers. */
export class Reception {
	readonly streams = new Map<string, SequenceTracker>();
	readonly latency = new LatencyWindow();
	/** Native subscribers count their own packets and loss. */
	readonly native: NativeWhepSubscriber[] = [];
	#packets = 0;

	get packets(): number {
		return this.native.reduce((sum, s) => sum + s.receiver.counts.received, this.#packets);
	}

	add(key: string, sequenceNumber: number, payload: Buffer | undefined): void {
		this.#packets++;

		let tracker = this.streams.get(key);

		if (!tracker) {
			tracker = new SequenceTracker();
			this.streams.set(key, tracker);
		}

		tracker.add(sequenceNumber);

		const sent = payload && sentAt(payload);

		if (sent !== undefined) {
			this.latency.add(nowMs() - sent);
		}
	}

	/** Packets expected (from sequence numbers) and received over all streams so far. */
	totals(): { expected: number; received: number } {
		let expected = 0;
		let received = 0;

		for (const tracker of [...this.streams.values(), ...this.native.map((s) => s.receiver.counts)]) {
			expected += tracker.expected;
			received += tracker.received;
		}

		return { expected, received };
	}
}

export function lossBetween(
	before: { expected: number; received: number },
	after: { expected: number; received: number }
): number {
	const expected = after.expected - before.expected;

	return expected <= 0 ? 0 : Math.max(0, 1 - (after.received - before.received) / expected);
}
