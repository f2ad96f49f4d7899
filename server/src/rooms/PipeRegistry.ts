/** Something a pipe leaves on the target router, closed when its last user is gone. */
export interface PipeEnd {
	readonly closed: boolean;
	close(): void;
	readonly observer: { once(event: 'close', listener: () => void): unknown };
}

interface Entry {
	ready: Promise<PipeEnd>;
	users: number;
}

/**
 * Reference-counted pipes: one per (producer, target router), created on the
 * first use and closed when the last user releases it.
 */
export class PipeRegistry {
	readonly #entries = new Map<string, Entry>();

	get size(): number {
		return this.#entries.size;
	}

	/**
	 * Uses the pipe with this key, creating it with `create` if there is none.
	 * Returns the function that ends this use; it may be called more than once.
	 */
	async acquire(key: string, create: () => Promise<PipeEnd>): Promise<() => void> {
		let entry = this.#entries.get(key);

		if (!entry) {
			const created: Entry = { ready: create(), users: 0 };

			entry = created;
			this.#entries.set(key, created);
			created.ready.then(
				// A pipe closes by itself when its producer closes: forget it then.
				(end) => end.observer.once('close', () => this.#forget(key, created)),
				() => this.#forget(key, created)
			);
		}

		entry.users++;

		let end: PipeEnd;

		try {
			end = await entry.ready;
		} catch (error) {
			entry.users--;
			throw error;
		}

		let released = false;
		const current = entry;

		return () => {
			if (released) {
				return;
			}

			released = true;

			if (--current.users === 0) {
				this.#forget(key, current);
				end.close();
			}
		};
	}

	#forget(key: string, entry: Entry): void {
		if (this.#entries.get(key) === entry) {
			this.#entries.delete(key);
		}
	}
}
