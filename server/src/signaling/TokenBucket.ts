/**
 * A token bucket: `ratePerSecond` tokens flow in, up to `burst`; each request
 * takes one. Refill is computed on demand, so an idle socket costs nothing.
 */
export class TokenBucket {
	readonly #rate: number;
	readonly #burst: number;
	#tokens: number;
	#updated = performance.now();

	constructor(ratePerSecond: number, burst: number) {
		this.#rate = ratePerSecond;
		this.#burst = burst;
		this.#tokens = burst;
	}

	/** Takes a token if one is available. */
	take(): boolean {
		const now = performance.now();

		this.#tokens = Math.min(this.#burst, this.#tokens + ((now - this.#updated) / 1000) * this.#rate);
		this.#updated = now;

		if (this.#tokens < 1) {
			return false;
		}

		this.#tokens -= 1;

		return true;
	}
}
