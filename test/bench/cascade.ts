/**
 * `npm run bench:cascade`: what spreading a webinar over nodes costs, on a
 * real Redis and real Skylark processes (one worker each) on this machine.
 * The load is `npm run loadtest`: one publisher (Opus-sized audio and
 * ~1 Mbps VP8-shaped video over plain RTP) and SRTP plain-transport viewers.
 *
 *   1. Single node: viewers at each step of BENCH_STEPS (default
 *      200,400,600,800) until loss reaches 1%.
 *   2. Three nodes: the same steps, viewers entering through the three in
 *      turn (the origin keeps its default ORIGIN_MAX_VIEWERS, 100; the others
 *      stay where they enter), until loss reaches 1%.
 *   3. The cost of a pipe: the origin worker's CPU with the publisher alone,
 *      then with one edge linked (one viewer there), then two.
 *
 * Both cores carry everything (the nodes, their workers, the load tool), so
 * the figure to compare is viewers per worker-CPU-second: the cluster's
 * against the single node's, in the same run.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { clusterView, ownerOf, startCluster, stopCluster, type ClusterNode } from '../helpers/cluster.js';
import { childProcesses } from '../helpers/processes.js';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';
import { cpuSeconds } from './procStats.js';

const STEPS = (process.env.BENCH_STEPS ?? '200,400,600,800').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const LOADTEST = new URL('../load/loadtest.ts', import.meta.url).pathname;

interface Step {
	viewers: number;
	lossPercent: number;
	/** Sum over the workers, in % of one core. */
	workerCpu: number;
}

/** One loadtest run; resolves with its steady-state line. */
function loadtest(urls: string[], room: string, viewers: number, extra: string[] = []): Promise<Step> {
	const args = [
		'--import',
		'tsx',
		LOADTEST,
		...urls.flatMap((u) => ['--url', u]),
		'--room',
		room,
		'--subscribers',
		String(viewers),
		'--ramp',
		'100',
		'--duration',
		String(SECONDS),
		'--auth-secret',
		TEST_AUTH_SECRET,
		...extra,
	];

	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';

		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		child.on('exit', (code) => {
			const steady = /steady: subscribers=(\d+) loss=([\d.]+)% worker cpu=(\d+)%/.exec(out);

			if (code !== 0 || !steady) {
				reject(new Error(`loadtest exited ${code}:\n${out.slice(-2000)}`));

				return;
			}

			resolve({
				viewers: Number(steady[1]),
				lossPercent: Number(steady[2]),
				workerCpu: Number(steady[3]),
			});
		});
	});
}

/** Steps until loss reaches 1%; each in a fresh room. */
async function ramp(
	label: string,
	urls: string[],
	onStep?: (viewers: number) => Promise<void>
): Promise<Step[]> {
	const steps: Step[] = [];

	for (const viewers of STEPS) {
		await onStep?.(viewers);

		const step = await loadtest(urls, `${label}-${viewers}`, viewers);

		steps.push(step);
		process.stdout.write(
			`${label.padEnd(8)} ${String(step.viewers).padStart(5)} viewers: loss ${step.lossPercent.toFixed(2)}%, workers ${step.workerCpu}% of a core` +
				` → ${((step.viewers / step.workerCpu) * 100).toFixed(0)} viewers per worker-CPU-second\n`
		);

		if (step.lossPercent >= 1) {
			break;
		}
	}

	return steps;
}

/** The best step under 1% loss. */
const best = (steps: Step[]) => steps.filter((s) => s.lossPercent < 1).at(-1);
const perCpu = (step: Step | undefined) => (step ? (step.viewers / step.workerCpu) * 100 : 0);

/** CPU of a node's worker over `seconds`, in % of one core. */
async function workerCpu(node: ClusterNode, seconds: number): Promise<number> {
	const [worker] = childProcesses('mediasoup-worker', node.child.pid!);
	const before = cpuSeconds(worker);

	await sleep(seconds * 1000);

	return ((cpuSeconds(worker) - before) / seconds) * 100;
}

async function pipeCost(redis: RedisServer): Promise<string> {
	const nodes = await startCluster(redis, 3, {
		PLAIN_TRANSPORTS: 'loopback',
		ORIGIN_MAX_VIEWERS: '0',
		LOG_LEVEL: 'warn',
	});

	try {
		const [origin, b, c] = nodes;
		// The publisher alone, through the origin's URL, with no viewer: a viewer through B and C later.
		const runs: Promise<Step>[] = [];
		const measure = async (label: string) => `${label}: ${(await workerCpu(origin, 10)).toFixed(1)}%`;

		runs.push(loadtest([origin.url], 'pipes', 0, ['--duration', '60']));
		await ownerOf(nodes, 'pipes');
		await sleep(2000);

		const alone = await measure('publisher only');

		runs.push(loadtest([b.url], 'pipes', 1, ['--publishers', '0', '--duration', '40']));
		await sleep(4000);

		const one = await measure('one edge linked');

		runs.push(loadtest([c.url], 'pipes', 1, ['--publishers', '0', '--duration', '25']));
		await sleep(4000);

		const two = await measure('two edges linked');
		const view = (await clusterView(origin)).cascade.find((r) => r.room === 'pipes');

		await Promise.allSettled(runs);

		return `origin worker CPU — ${alone}, ${one}, ${two} (origin pipes out: ${view?.originPipes ?? '?'})`;
	} finally {
		await stopCluster(nodes);
	}
}

async function main(): Promise<void> {
	const redis = await startRedis();

	try {
		process.stdout.write(
			`bench:cascade — 1 publisher (audio + ~1 Mbps video), SRTP plain viewers, steps ${STEPS.join(',')}, ${SECONDS} s each\n`
		);

		const single = await startCluster(redis, 1, { PLAIN_TRANSPORTS: 'loopback', LOG_LEVEL: 'warn' });
		const alone = await ramp('1 node', [single[0].url]).finally(() => stopCluster(single));
		const nodes = await startCluster(redis, 3, { PLAIN_TRANSPORTS: 'loopback', LOG_LEVEL: 'warn' });
		const cluster = await ramp(
			'3 nodes',
			nodes.map((n) => n.url)
		).finally(() => stopCluster(nodes));
		const pipes = await pipeCost(redis);
		const ratio = perCpu(best(cluster)) / Math.max(1, perCpu(best(alone)));

		process.stdout.write(
			`\nmax viewers under 1% loss: 1 node ${best(alone)?.viewers ?? 0}, 3 nodes ${best(cluster)?.viewers ?? 0} (same 2 cores)\n` +
				`viewers per worker-CPU-second: 1 node ${perCpu(best(alone)).toFixed(0)}, 3 nodes ${perCpu(best(cluster)).toFixed(0)}, ratio ${ratio.toFixed(2)} (target ≥ 0.9)\n` +
				`${pipes}\n`
		);
	} finally {
		await redis.stop();
	}
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stderr.write(`bench:cascade: ${error.message}\n`);
		process.exit(1);
	}
);
