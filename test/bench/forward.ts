/**
 * `npm run bench:forward`: how many consumers of one ~1 Mbps publisher a
 * worker forwards to with under 1% loss, for
 *   (a) a bare mediasoup script (no Skylark control plane),
 *   (b) Skylark with 1 worker, set up through its signaling,
 *   (c) Skylark with all workers (one per core; the room spreads by load).
 * The server runs in a process of its own (forwardServer.ts) pinned to
 * core 0 (with all workers, one worker per core); this process (publisher,
 * subscribers' signaling, sampled receivers) runs on the last core.
 * Consumers are plain RTP transports sending to a loopback socket nobody
 * reads, so this process's receive speed cannot limit the result; a sample
 * is received for real, to check packets arrive. Each step waits for
 * keyframes, then counts over MEASURE_MS what the consumers sent (mediasoup's
 * counters) against what the publisher sent. The count grows ×1.5 until a
 * step loses more than 1% or fails, then the knee is bisected to ±3%. A
 * failed step counts as past the knee, and the table is printed whatever
 * happens.
 */
import * as os from 'node:os';
import { raiseReceiveBufferCap } from '../load/receiveBuffers.js';
import { bareTarget, PROFILE, skylarkTarget, type Target } from './forwardTargets.js';
import { LOAD_CORE, pinProcess, SERVER_CORE } from './pinning.js';
import { machineCpu } from './procStats.js';

const WARMUP_MS = 1500;
/** Time for packets in flight to be forwarded before counters are read. */
const DRAIN_MS = 200;
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 3000);
const MAX_CONSUMERS = Number(process.env.BENCH_MAX_CONSUMERS ?? 4000);
const FIRST_STEP = 100;
const GROWTH = 1.5;
/** Bisection stops once the bracket is this narrow: the knee is then known to ±3%. */
const PRECISION = 0.06;
const MAX_LOSS = 0.01;
/** Two steps that cannot be measured end a setup's search. */
const MAX_ERRORS = 2;

interface Step {
	consumers: number;
	forwardedPps: number;
	loss: number;
	sampleLoss: number;
	/** Per worker, fraction of one core. */
	cpu: number[];
	/** The whole machine, fraction of all cores: server, this process and the kernel's packet work. */
	machine: number;
	/** Why the step could not be measured (a request timed out, the server died…). */
	error?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const passed = (s: Step) => s.error === undefined && Math.max(s.loss, s.sampleLoss) <= MAX_LOSS;

async function measure(target: Target, consumers: number): Promise<Step> {
	await target.setConsumers(consumers);
	await sleep(WARMUP_MS);

	// Counters are read while the publisher pauses, so what was sent and what
	// was forwarded cover exactly the same packets.
	const snapshot = async () => {
		target.source.pause();
		await sleep(DRAIN_MS);

		const counts = { sent: target.source.sent, ...(await target.server.counters()) };

		target.source.resume();

		return counts;
	};
	const before = await snapshot();
	// CPU is read around the measured window only: reading counters costs the workers too.
	const cpuBefore = await target.server.workerCpu();
	const machineBefore = machineCpu();
	const started = performance.now();

	target.resetSample();
	await sleep(MEASURE_MS);

	const cpuAfter = await target.server.workerCpu();
	const machineAfter = machineCpu();
	const elapsed = (performance.now() - started) / 1000;
	const after = await snapshot();
	const sent = after.sent - before.sent;
	const forwarded = after.forwarded - before.forwarded;
	const machineTotal = machineAfter.total - machineBefore.total;

	return {
		consumers: after.consumers,
		forwardedPps: (forwarded / sent) * PROFILE.packetsPerSecond,
		loss: Math.max(0, 1 - forwarded / (sent * after.consumers)),
		sampleLoss: target.sampleLoss(),
		// getResourceUsage counts milliseconds.
		cpu: cpuAfter.map((c, i) => (c - cpuBefore[i]) / 1000 / elapsed),
		machine: (machineAfter.busy - machineBefore.busy) / machineTotal,
	};
}

function print(target: Target, step: Step): void {
	process.stdout.write(
		step.error
			? `  ${target.name}: ${step.consumers} consumers: step failed: ${step.error}\n`
			: `  ${target.name}: ${step.consumers} consumers, ${step.forwardedPps.toFixed(0)} pkt/s out, ` +
					`loss ${(step.loss * 100).toFixed(2)}% (sampled receivers ${(step.sampleLoss * 100).toFixed(2)}%), ` +
					`worker CPU ${step.cpu.map((c) => `${(c * 100).toFixed(0)}%`).join('/')}, ` +
					`machine ${(step.machine * 100).toFixed(0)}% busy\n`
	);
}

/** Grows ×GROWTH to the first step over 1% loss, then bisects; resolves with the best step under it. */
async function findKnee(target: Target): Promise<{ best?: Step; above?: number }> {
	let best: Step | undefined;
	let above: number | undefined;
	let errors = 0;
	const probe = async (consumers: number) => {
		const step = await measure(target, consumers).catch((error: Error): Step => ({
			consumers,
			forwardedPps: 0,
			loss: 1,
			sampleLoss: 1,
			cpu: [],
			machine: 0,
			error: error.message,
		}));

		print(target, step);
		errors += step.error ? 1 : 0;

		if (passed(step)) {
			best = step;
		} else {
			above = consumers;
		}
	};

	for (let n = FIRST_STEP; n <= MAX_CONSUMERS && above === undefined && errors < MAX_ERRORS;) {
		await probe(n);
		n = n === MAX_CONSUMERS ? n + 1 : Math.min(MAX_CONSUMERS, Math.round(n * GROWTH));
	}

	while (
		best &&
		above !== undefined &&
		(above - best.consumers) / best.consumers > PRECISION &&
		errors < MAX_ERRORS
	) {
		await probe(Math.round((best.consumers + above) / 2));
	}

	return { best, above };
}

async function main(): Promise<void> {
	const cores = os.availableParallelism();
	const results: { name: string; workers: number; best?: Step; above?: number; error?: string }[] = [];

	raiseReceiveBufferCap();
	pinProcess(process.pid, LOAD_CORE);
	process.stdout.write(
		`forwarding benchmark: 1 publisher (VP8-shaped, ${PROFILE.packetsPerSecond} pkt/s ≈ 1 Mbps) → N plain-RTP consumers, ` +
			`${cores} cores, server on core ${SERVER_CORE}, load on core ${LOAD_CORE}, ${MEASURE_MS} ms per step, knee to ±${(PRECISION / 2) * 100}%\n`
	);

	// BENCH_ONLY=bare,1,all picks setups (default: all three).
	const only = (process.env.BENCH_ONLY ?? 'bare,1,all').split(',');
	const setups = [
		['bare', () => bareTarget(SERVER_CORE)],
		['1', () => skylarkTarget(1, [SERVER_CORE])],
		['all', () => skylarkTarget(cores, [...Array(cores).keys()])],
	] as const;

	try {
		for (const [key, make] of setups.filter(([k]) => only.includes(k))) {
			const result: (typeof results)[number] = { name: key, workers: key === 'all' ? cores : 1 };

			results.push(result);

			try {
				const target = await make();

				result.name = target.name;

				try {
					Object.assign(result, await findKnee(target));
				} finally {
					await target.close();
				}
			} catch (error) {
				result.error = (error as Error).message;
				process.stdout.write(`  ${result.name}: stopped: ${result.error}\n`);
			}
		}
	} finally {
		printTable(results, cores);
	}
}

function printTable(
	results: { name: string; workers: number; best?: Step; above?: number; error?: string }[],
	cores: number
): void {
	const perWorker = (r: (typeof results)[number]) => (r.best ? r.best.forwardedPps / r.workers : 0);
	const usPerPacket = (r: (typeof results)[number]) =>
		r.best ? (r.best.cpu.reduce((a, b) => a + b, 0) / r.best.forwardedPps) * 1e6 : 0;

	process.stdout.write(
		'\n| setup | workers | max consumers (<1% loss) | first step over | forwarded pkt/s | pkt/s per worker | worker CPU | µs per packet |\n'
	);
	process.stdout.write('| --- | --- | --- | --- | --- | --- | --- | --- |\n');

	for (const r of results) {
		process.stdout.write(
			`| ${r.name} | ${r.workers} | ${r.best?.consumers ?? 0} | ${r.above ?? (r.error ? 'error' : `> ${MAX_CONSUMERS}`)} | ` +
				`${r.best?.forwardedPps.toFixed(0) ?? 0} | ${perWorker(r).toFixed(0)} | ` +
				`${r.best?.cpu.map((c) => `${(c * 100).toFixed(0)}%`).join('/') ?? '-'} | ${usPerPacket(r).toFixed(1)} |\n`
		);
	}

	const find = (workers: number, bare: boolean) =>
		results.find((r) => r.best && r.workers === workers && r.name.startsWith('bare') === bare);
	const [bare, one, all] = [find(1, true), find(1, false), find(cores, false)];

	if (bare && one) {
		process.stdout.write(
			`\nratio Skylark 1 worker / bare: max consumers ${(one.best!.consumers / bare.best!.consumers).toFixed(2)}, ` +
				`pkt/s per worker ${(perWorker(one) / perWorker(bare)).toFixed(2)}\n`
		);
	}

	if (one && all) {
		process.stdout.write(
			`ratio Skylark ${all.workers} workers / Skylark 1 worker (max consumers): ` +
				`${(all.best!.consumers / one.best!.consumers).toFixed(2)}\n`
		);
	}
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	}
);
