/**
 * Placements this node made lately, per key (a target node, or a room's
 * origin): they count against their target until its own load record shows
 * them, so a burst of joins does not all land on the node that looked
 * emptiest a heartbeat ago. Keys with nothing recent are dropped, so rooms
 * that come and go leave nothing behind.
 */
export class RecentPlacements {
	readonly #times = new Map<string, number[]>();
	readonly #windowMs: number;

	constructor(windowMs: number) {
		this.#windowMs = windowMs;
	}

	count(key: string, now = Date.now()): number {
		return this.#recent(key, now).length;
	}

	note(key: string, now = Date.now()): void {
		this.#times.set(key, [...this.#recent(key, now), now]);

		// Each placement sweeps the other keys too: the map stays as small as the window's placements.
		for (const [other, times] of this.#times) {
			if (times.every((t) => now - t >= this.#windowMs)) {
				this.#times.delete(other);
			}
		}
	}

	get size(): number {
		return this.#times.size;
	}

	#recent(key: string, now: number): number[] {
		return (this.#times.get(key) ?? []).filter((t) => now - t < this.#windowMs);
	}
}
