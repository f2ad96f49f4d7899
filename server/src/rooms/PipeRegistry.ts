/** Something a pipe leaves on the target router, closed when its last user is gone. */
export interface PipeEnd {
	readonly closed: boolean;
	close(): void;
	readonly observer: { once(event: 'close', listener: () => void): unknown };
}

interface Entry {
	ready: Promise<PipeEnd>;
	users: number;
	linger?: NodeJS.Timeout;
}

/**
 * Reference-counted pipes: one per (producer, target router), created on the
 * first use and closed when the last user releases it, or `lingerMs` later
 * (a user coming back within it reuses the pipe).
 */
export class PipeRegistry {
	readonly #entries = new Map<string, Entry>();
	readonly #lingerMs: number;

	constructor(options: { lingerMs?: number } = {}) {
		this.#lingerMs = options.lingerMs ?? 0;
	}

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
		clearTimeout(entry.linger);

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

			if (--current.users > 0) {
				return;
			}

			const close = () => {
				this.#forget(key, current);
				end.close();
			};

			if (this.#lingerMs > 0) {
				current.linger = setTimeout(close, this.#lingerMs);
			} else {
				close();
			}
		};
	}

	/** Closes every pipe now, lingering or not. */
	closeAll(): void {
		for (const [key, entry] of [...this.#entries]) {
			clearTimeout(entry.linger);
			this.#forget(key, entry);
			entry.ready.then((end) => end.close()).catch(() => undefined);
		}
	}

	#forget(key: string, entry: Entry): void {
		clearTimeout(entry.linger);

		if (this.#entries.get(key) === entry) {
			this.#entries.delete(key);
		}
	}
}
