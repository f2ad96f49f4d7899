/**
 * A Prometheus histogram read from a Skylark node's /metrics, so a bench can
 * report latency as the server measured it (not inflated by its own client's
 * event loop). Two scrapes give the requests in between.
 */

/** Cumulative bucket counts by upper bound (seconds), as /metrics gives them. */
export type Buckets = Map<number, number>;

export async function scrapeMetrics(url: string): Promise<string> {
	const response = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) });

	return response.text();
}

/** The buckets of `metric` whose labels include every `labels` pair (summed over the rest). */
export function histogramBuckets(text: string, metric: string, labels: Record<string, string> = {}): Buckets {
	const buckets: Buckets = new Map();
	const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);

	for (const line of text.split('\n')) {
		if (!line.startsWith(`${metric}_bucket{`)) {
			continue;
		}

		const labelText = line.slice(line.indexOf('{') + 1, line.lastIndexOf('}'));

		if (!wanted.every((pair) => labelText.split(',').includes(pair))) {
			continue;
		}

		const le = /le="([^"]+)"/.exec(labelText)?.[1] ?? '+Inf';
		const bound = le === '+Inf' ? Infinity : Number(le);

		buckets.set(bound, (buckets.get(bound) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
	}

	return buckets;
}

/** What was observed between two scrapes. */
export function bucketDelta(before: Buckets, after: Buckets): Buckets {
	return new Map([...after].map(([bound, count]) => [bound, count - (before.get(bound) ?? 0)]));
}

export function observations(buckets: Buckets): number {
	return buckets.get(Infinity) ?? 0;
}

/**
 * The q-quantile in milliseconds, interpolated within its bucket the way
 * PromQL's histogram_quantile does; with the bucket's upper bound, since
 * that is all the histogram can promise.
 */
export function histogramQuantile(buckets: Buckets, q: number): { ms: number; atMostMs: number } {
	const bounds = [...buckets.keys()].sort((a, b) => a - b);
	const total = observations(buckets);

	if (total === 0) {
		return { ms: NaN, atMostMs: NaN };
	}

	const rank = q * total;
	let lower = 0;
	let below = 0;

	for (const bound of bounds) {
		const count = buckets.get(bound)!;

		if (count >= rank) {
			const upper = bound === Infinity ? lower : bound;
			const fraction = count === below ? 1 : (rank - below) / (count - below);

			return { ms: (lower + (upper - lower) * fraction) * 1000, atMostMs: bound * 1000 };
		}

		lower = bound;
		below = count;
	}

	return { ms: lower * 1000, atMostMs: Infinity };
}
