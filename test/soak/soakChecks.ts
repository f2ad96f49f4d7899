import { planBounds, type SoakPlan } from './soakPlan.js';
import type { SoakSample } from './soakSample.js';

/** Growth the server may show after warm-up before the soak calls it a leak. */
const GROWTH = { rssMiB: 64, heapMiB: 32, fds: 64 } as const;

/**
 * What is wrong with the samples after warm-up (the first `warmup` samples):
 * memory and descriptors grown past the warm-up's by more than GROWTH, or
 * mediasoup objects and Skylark's maps beyond what the plan can hold at once.
 */
export function soakProblems(samples: SoakSample[], warmup: number, plan: SoakPlan): string[] {
	const problems: string[] = [];
	const base = samples[warmup - 1];
	const bounds = planBounds(plan);
	const mapBounds: Record<string, number> = {
		rooms: bounds.rooms,
		creating: bounds.rooms,
		joining: bounds.rooms,
		resumeTokens: bounds.peers,
		// One recording per run.
		recordings: 1,
	};

	for (const s of samples.slice(warmup)) {
		for (const key of Object.keys(GROWTH) as (keyof typeof GROWTH)[]) {
			if (s[key] > base[key] + GROWTH[key]) {
				problems.push(
					`minute ${s.minute}: ${key} ${s[key]}, warm-up ${base[key]} (+${GROWTH[key]} allowed)`
				);
			}
		}

		for (const key of ['routers', 'transports', 'producers', 'consumers', 'peers'] as const) {
			if (s[key] > bounds[key]) {
				problems.push(`minute ${s.minute}: ${s[key]} ${key}, the load holds at most ${bounds[key]}`);
			}
		}

		for (const [map, size] of Object.entries(s.maps)) {
			if (size > (mapBounds[map] ?? 0)) {
				problems.push(
					`minute ${s.minute}: map ${map} holds ${size}, at most ${mapBounds[map] ?? 0} expected`
				);
			}
		}
	}

	return problems;
}

/** The samples as a table (Markdown, so it can go in the README as printed). */
export function soakTable(samples: SoakSample[]): string {
	const mapNames = Object.keys(samples[0]?.maps ?? {});
	const header = [
		'min',
		'CPU %',
		'RSS MiB',
		'heap MiB',
		'fds',
		'peers',
		'routers',
		'transports',
		'producers',
		'consumers',
		...mapNames,
	];
	const rows = samples.map((s) => [
		s.minute,
		s.machineCpuPercent,
		s.rssMiB,
		s.heapMiB,
		s.fds,
		s.peers,
		s.routers,
		s.transports,
		s.producers,
		s.consumers,
		...mapNames.map((m) => s.maps[m]),
	]);

	return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
