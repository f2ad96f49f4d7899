import type { NativeReceiver } from '../load/nativeReceiver.js';

export interface PoolSubscriber {
	readonly receiver: NativeReceiver;
	close(): Promise<void>;
}

/** Packets received and expected by one subscriber so far (its own sequence-number counts). */
export interface SubscriberCounts {
	received: number;
	expected: number;
}

/**
 * Packets received and expected over a window, summed over subscribers. A
 * subscriber's sequence numbers cannot show packets it never got after its
 * last one, so one that fell behind the typical subscriber (its stream
 * stalled) is charged with the typical count: a stall is loss.
 */
export function windowTotals(
	before: readonly SubscriberCounts[],
	after: readonly SubscriberCounts[]
): { received: number; expected: number } {
	const deltas = after.map((a, i) => ({
		received: a.received - (before[i]?.received ?? 0),
		expected: a.expected - (before[i]?.expected ?? 0),
	}));
	const sorted = deltas.map((d) => d.expected).sort((a, b) => a - b);
	const typical = sorted[Math.floor(sorted.length / 2)] ?? 0;

	return deltas.reduce(
		(sum, d) => ({
			received: sum.received + d.received,
			expected: sum.expected + Math.max(d.expected, typical),
		}),
		{ received: 0, expected: 0 }
	);
}

/**
 * The bench's subscribers to one SFU: joined a few at a time, as viewers
 * arrive, up to a count; a join that fails is counted, not retried.
 */
export class SubscriberPool {
	readonly #subscribers: PoolSubscriber[] = [];
	#failed = 0;
	#next = 0;

	constructor(
		private readonly join: (index: number) => Promise<PoolSubscriber>,
		private readonly concurrency = 10
	) {}

	get size(): number {
		return this.#subscribers.length;
	}

	get failed(): number {
		return this.#failed;
	}

	/** Joins until `count` are connected, or gives up at `deadline` (performance.now() ms) or on failures. */
	async growTo(count: number, deadline: number): Promise<void> {
		while (this.size < count && performance.now() < deadline && this.#failed < this.concurrency) {
			const batch = Array.from(
				{ length: Math.min(this.concurrency, count - this.size) },
				() => this.#next++
			);
			const joined = await Promise.allSettled(batch.map((index) => this.join(index)));

			for (const result of joined) {
				if (result.status === 'fulfilled') {
					this.#subscribers.push(result.value);
				} else {
					this.#failed++;
				}
			}
		}
	}

	/** Each subscriber's counts, in joining order. */
	counts(): SubscriberCounts[] {
		return this.#subscribers.map(({ receiver }) => receiver.counts);
	}

	async close(): Promise<void> {
		await Promise.all(this.#subscribers.splice(0).map((s) => s.close()));
	}
}
