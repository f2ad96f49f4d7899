/**
 * `npm run bench:peers`: one VP8 source (~1 Mbps, a pre-encoded clip replayed
 * without re-encoding) fanned out to N native WebRTC subscribers (ICE,
 * DTLS-SRTP, NACK, PLI) by Skylark (one mediasoup worker, WHEP) and by
 * Debian's Janus (Streaming plugin, one event loop), alternating three times.
 * The SFU runs on one core, the source and subscribers on the other. N steps
 * up until loss passes 1% or the SFU's core saturates; each step prints what
 * was forwarded, the loss the subscribers counted, and the SFU's CPU. The
 * end prints the medians, each server's most subscribers under 1% loss, and
 * the ratio of packets forwarded per SFU CPU-second. Loopback only (a network
 * namespace of its own), bounded to BENCH_BUDGET_S.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { raiseReceiveBufferCap } from '../load/receiveBuffers.js';
import { inBenchNamespace, rerunInNamespace } from './benchNamespace.js';
import { ensureJanus } from './janusServer.js';
import { startJanusSfu, startSkylarkSfu, type SfuUnderTest } from './peersTargets.js';
import { MAX_LOSS, stepLine, summary, type PeersStep } from './peersReport.js';
import { LOAD_CORE, pinProcess } from './pinning.js';
import { cpuSeconds, cpuSecondsOf } from './procStats.js';
import { SubscriberPool, windowTotals } from './subscriberPool.js';
import { encodeVp8Clip } from './vp8Source.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STEPS = (process.env.BENCH_STEPS ?? '25,50,100,150,200,300,400,500,600,700,800').split(',').map(Number);
const MEASURE_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
/** Time for new subscribers' first keyframe before a step is measured. */
const WARMUP_MS = 2500;
/** The whole bench stops stepping after this, and still prints its table. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 840) * 1000;
const SATURATED = 0.95;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(sfu: SfuUnderTest, pool: SubscriberPool): Promise<PeersStep> {
	const snapshot = () => ({
		at: performance.now(),
		counts: pool.counts(),
		sfu: cpuSecondsOf(sfu.pids),
		tool: cpuSeconds(process.pid),
	});
	const before = snapshot();

	await sleep(MEASURE_MS);

	const after = snapshot();
	const seconds = (after.at - before.at) / 1000;
	const { received, expected } = windowTotals(before.counts, after.counts);
	const cpu = after.sfu.map((c, i) => (c - before.sfu[i]) / seconds);
	const nodeIndex = sfu.nodePid === undefined ? -1 : sfu.pids.indexOf(sfu.nodePid);

	return {
		subscribers: pool.size,
		forwardedPps: received / seconds,
		loss: expected > 0 ? Math.max(0, 1 - received / expected) : 1,
		sfuCpu: cpu.reduce((a, b) => a + b, 0),
		nodeCpu: nodeIndex >= 0 ? cpu[nodeIndex] : undefined,
		toolCpu: (after.tool - before.tool) / seconds,
		failedJoins: pool.failed,
	};
}

/** One run against one SFU: steps up until loss, saturation, failed joins or the deadline. */
async function runOnce(sfu: SfuUnderTest, run: number, deadline: number): Promise<PeersStep[]> {
	const steps: PeersStep[] = [];
	const pool = new SubscriberPool((index) => sfu.join(index));

	try {
		for (const n of STEPS) {
			await pool.growTo(n, deadline);

			if (pool.size < n && pool.failed === 0) {
				break; // out of time
			}

			await sleep(WARMUP_MS);

			const step = await measure(sfu, pool);

			steps.push(step);
			process.stdout.write(stepLine(sfu.name, run, step));

			if (step.loss > MAX_LOSS || step.sfuCpu >= SATURATED || step.failedJoins > 0) {
				break;
			}
		}
	} catch (error) {
		// A step that fails ends this run; the table is still printed.
		process.stdout.write(`  ${sfu.name} run ${run}: stopped: ${(error as Error).message}\n`);
	} finally {
		await pool.close();
	}

	return steps;
}

async function main(): Promise<void> {
	const started = performance.now();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-bench-peers-'));
	const results = new Map<string, PeersStep[][]>([
		['Skylark', []],
		['Janus', []],
	]);

	// Every thread this process starts later (libdatachannel's) inherits the load core.
	pinProcess(process.pid, LOAD_CORE);
	raiseReceiveBufferCap();

	try {
		await ensureJanus();

		const clip = await encodeVp8Clip(dir);

		process.stdout.write(
			`bench:peers: 1 VP8 clip (~1 Mbps, ${(fs.statSync(clip).size / 1024).toFixed(0)} KiB for 10 s) → N native WebRTC subscribers; ` +
				`SFU pinned to core 0, source and subscribers to core ${LOAD_CORE}; ${RUNS} alternating runs, ${MEASURE_MS / 1000} s per step\n`
		);

		for (let run = 1; run <= RUNS; run++) {
			for (const [name, start] of [
				['Skylark', () => startSkylarkSfu(clip)],
				['Janus', () => startJanusSfu(clip, fs.mkdtempSync(path.join(dir, 'janus-')))],
			] as const) {
				// Each of the runs left gets an equal share of the time left.
				const left = (RUNS - run) * 2 + (name === 'Skylark' ? 2 : 1);
				const deadline = performance.now() + (started + BUDGET_MS - performance.now()) / left;
				const sfu = await start();

				try {
					results.get(name)!.push(await runOnce(sfu, run, deadline));
				} finally {
					await sfu.stop();
				}
			}
		}
	} finally {
		process.stdout.write(summary(results, STEPS));
		process.stdout.write(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

if (inBenchNamespace()) {
	main().then(
		() => process.exit(0),
		(error: Error) => {
			process.stderr.write(`${error.stack}\n`);
			process.exit(1);
		}
	);
} else {
	rerunInNamespace().then(
		(code) => process.exit(code),
		(error: Error) => {
			process.stderr.write(
				`bench:peers needs a network namespace of its own (root, iproute2): ${error.message}\n`
			);
			process.exit(1);
		}
	);
}
