import type { types } from 'mediasoup';

/** A worker's CPU use as a fraction of one core, smoothed over recent samples. */
export interface CpuGauge {
	/** Latest smoothed value (0 = idle, 1 = one full core). */
	readonly value: number;
	stop(): void;
}

/**
 * Samples `getResourceUsage()` (user + system time, in ms) every `intervalMs`
 * and keeps an exponentially weighted average, so a short spike does not move
 * rooms around but a sustained load does.
 */
export function sampleWorkerCpu(worker: types.Worker, intervalMs: number, smoothing = 0.5): CpuGauge {
	let value = 0;
	let last: { cpuMs: number; at: number } | undefined;
	const timer = setInterval(async () => {
		if (worker.closed) {
			return;
		}

		try {
			const usage = await worker.getResourceUsage();
			const now = { cpuMs: usage.ru_utime + usage.ru_stime, at: performance.now() };

			if (last && now.at > last.at) {
				const sample = (now.cpuMs - last.cpuMs) / (now.at - last.at);

				value = smoothing * sample + (1 - smoothing) * value;
			}

			last = now;
		} catch {
			// The worker is closing; its gauge stops with it.
		}
	}, intervalMs);

	timer.unref();

	return {
		get value() {
			return value;
		},
		stop: () => clearInterval(timer),
	};
}
