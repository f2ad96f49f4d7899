/** Resolves like `promise`, or rejects naming `what` if it takes longer than `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
	});

	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Polls `probe` every `intervalMs` until it returns something truthy, and
 * resolves with that; rejects naming `what` (and the last value seen) if that
 * takes longer than `ms`. For conditions that raise no event to wait on.
 * `what` may be a function, to describe the state at the deadline.
 */
export async function until<T>(
	probe: () => T | Promise<T>,
	ms: number,
	what: string | (() => string),
	intervalMs = 100
): Promise<NonNullable<T>> {
	const deadline = performance.now() + ms;

	for (;;) {
		const value = await probe();

		if (value) {
			return value as NonNullable<T>;
		}

		if (performance.now() >= deadline) {
			const description = typeof what === 'string' ? what : what();

			throw new Error(`${description}: not within ${ms} ms (last seen: ${JSON.stringify(value)})`);
		}

		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}
