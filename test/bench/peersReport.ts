/** bench:peers' figures: one line per step as it is measured, and the medians of the alternating runs. */

export interface PeersStep {
	subscribers: number;
	/** Packets per second the subscribers received (distinct), i.e. what the SFU forwarded. */
	forwardedPps: number;
	/** From the subscribers' own sequence numbers. */
	loss: number;
	/** Fractions of one core: every process and thread of the SFU, and Skylark's Node process alone. */
	sfuCpu: number;
	nodeCpu?: number;
	/** This process: the subscribers (FFmpeg, the source, is a process of its own). Fraction of one core. */
	toolCpu: number;
	failedJoins: number;
}

export const MAX_LOSS = 0.01;

const perSubscriber = (s: PeersStep) => s.toolCpu / Math.max(1, s.subscribers);

export const packetsPerCpuSecond = (s: PeersStep) => (s.sfuCpu > 0 ? s.forwardedPps / s.sfuCpu : 0);

const pct = (x: number | undefined, digits = 0) => (x === undefined ? '-' : `${(x * 100).toFixed(digits)}%`);

export function stepLine(name: string, run: number, s: PeersStep): string {
	return (
		`  ${name} run ${run}: ${s.subscribers} subscribers, ${s.forwardedPps.toFixed(0)} pkt/s forwarded, ` +
		`loss ${pct(s.loss, 2)}, SFU CPU ${pct(s.sfuCpu)}${s.nodeCpu === undefined ? '' : ` (Node ${pct(s.nodeCpu)})`}, ` +
		`${packetsPerCpuSecond(s).toFixed(0)} pkt per SFU CPU-second, subscribers' CPU ${pct(s.toolCpu)} (${pct(perSubscriber(s), 3)} each)` +
		`${s.failedJoins ? `, ${s.failedJoins} joins failed` : ''}\n`
	);
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);

	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The step each run measured at `subscribers`, as medians (undefined when no run got there). */
function medianStep(runs: PeersStep[][], subscribers: number): PeersStep | undefined {
	const steps = runs.flatMap((r) => r.filter((s) => s.subscribers === subscribers));

	if (steps.length === 0) {
		return undefined;
	}

	const of = (pick: (s: PeersStep) => number) => median(steps.map(pick));

	return {
		subscribers,
		forwardedPps: of((s) => s.forwardedPps),
		loss: of((s) => s.loss),
		sfuCpu: of((s) => s.sfuCpu),
		nodeCpu: steps[0].nodeCpu === undefined ? undefined : of((s) => s.nodeCpu ?? 0),
		toolCpu: of((s) => s.toolCpu),
		failedJoins: of((s) => s.failedJoins),
	};
}

/** Most subscribers a run served under 1% loss, with every join made. */
export function maxUnderLoss(run: PeersStep[]): number {
	return run.filter((s) => s.loss <= MAX_LOSS && s.failedJoins === 0).at(-1)?.subscribers ?? 0;
}

export function summary(results: Map<string, PeersStep[][]>, stepsAsked: number[]): string {
	const out: string[] = [];
	const names = [...results.keys()];

	out.push(
		`\nmedians of ${Math.max(...[...results.values()].map((r) => r.length))} runs each\n\n` +
			'| SFU | subscribers | forwarded pkt/s | loss | SFU CPU (all threads) | of which Node | pkt per SFU CPU-second | CPU of the subscribers (load core) | runs |\n' +
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
	);

	for (const name of names) {
		const runs = results.get(name)!;

		for (const n of stepsAsked) {
			const s = medianStep(runs, n);

			if (s) {
				const reached = runs.filter((r) => r.some((x) => x.subscribers === n)).length;

				out.push(
					`| ${name} | ${n} | ${s.forwardedPps.toFixed(0)} | ${pct(s.loss, 2)} | ${pct(s.sfuCpu)} | ${pct(s.nodeCpu)} | ` +
						`${packetsPerCpuSecond(s).toFixed(0)} | ${pct(s.toolCpu)} (${pct(perSubscriber(s), 3)} each) | ${reached} |\n`
				);
			}
		}
	}

	out.push('\n');

	for (const name of names) {
		const maxima = results.get(name)!.map(maxUnderLoss);

		out.push(
			`${name}: max subscribers at < 1% loss: median ${median(maxima)} (runs: ${maxima.join(', ')})\n`
		);
	}

	const [skylark, janus] = [results.get('Skylark') ?? [], results.get('Janus') ?? []];
	// The ratio is taken where both forwarded cleanly: the largest step both passed in their medians.
	const common = stepsAsked.filter((n) => {
		const [a, b] = [medianStep(skylark, n), medianStep(janus, n)];

		return a && b && a.loss <= MAX_LOSS && b.loss <= MAX_LOSS;
	});

	for (const n of common) {
		const ratio =
			packetsPerCpuSecond(medianStep(skylark, n)!) / packetsPerCpuSecond(medianStep(janus, n)!);

		out.push(
			`ratio Skylark/Janus, packets per SFU CPU-second, at ${n} subscribers: ${ratio.toFixed(2)}\n`
		);
	}

	if (common.length === 0) {
		out.push('ratio Skylark/Janus: no step where both lost under 1%\n');
	}

	return out.join('');
}
