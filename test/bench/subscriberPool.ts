import type { NativeReceiver } from '../load/nativeReceiver.js';

export interface PoolSubscriber {
	readonly receiver: NativeReceiver;
	close(): Promise<void>;
}

/** Packets received and expected, summed over subscribers (their own sequence-number counts). */
export interface PoolTotals {
	received: number;
	expected: number;
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

	totals(): PoolTotals {
		let received = 0;
		let expected = 0;

		for (const { receiver } of this.#subscribers) {
			const counts = receiver.counts;

			received += counts.received;
			expected += counts.expected;
		}

		return { received, expected };
	}

	async close(): Promise<void> {
		await Promise.all(this.#subscribers.splice(0).map((s) => s.close()));
	}
}
