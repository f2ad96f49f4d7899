/**
 * `skylark loadtest`, `skylark bench` and `skylark soak`: the load test, benchmarks and soak that
 * live with the tests (they drive the SDK through werift, a dev dependency),
 * run as their own processes.
 */
import { Argument, Command } from 'commander';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../../paths.js';
import type { CommandResult } from './result.js';

const BENCHES = {
	signaling: 'signaling round trips per second, server pinned to one core, against a bare socket.io echo',
	join: 'join → first rendered remote video frame in Chromium (median of BENCH_RUNS, default 10)',
	forward:
		'fan-out 1 → N consumers, server in its own process, knee bisected to ±3%: bare mediasoup, Skylark with 1 worker, with all (BENCH_ONLY, BENCH_MAX_CONSUMERS)',
	cluster: 'joins through a three-node cluster behind nginx (BENCH_JOINS, default 30)',
	egress: 'composed egress: CPU per output at 720p30 and 1080p30, delay to RTMP and HLS (BENCH_SECONDS, BENCH_DELAY_SECONDS)',
	cascade:
		'webinar cascade: max viewers under 1% loss, 1 node against 3 (viewers per worker-CPU-second), CPU of a pipe (BENCH_STEPS, BENCH_SECONDS)',
	peers: 'fan-out 1 → N native WebRTC subscribers, Skylark against Janus, 3 alternating runs: max subscribers under 1% loss, packets per SFU CPU-second (BENCH_STEPS, BENCH_SECONDS, BENCH_RUNS)',
	memory: 'control-plane memory per peer: 1,000 idle signaling peers, then 1,000 viewers with consumers (BENCH_PEERS)',
	joins: "BENCH_CLIENTS (default 50) clients joining one room at once: server join p99, each client's first media packet (BENCH_ROUNDS)",
	scale: 'BENCH_PEERS (default 2000) connected peers on one node in its own process: signaling p99 while it holds them',
	whep: 'WHEP POST → first frame of a WHIP publisher in Chromium, against the SDK demo page (BENCH_RUNS, default 20)',
} as const;

/** The benchmarks that load the demo page: its bundle must be current. */
const NEEDS_SDK_BUNDLE = new Set<string>(['join', 'whep']);

/** Runs a TypeScript file of the checkout with this Node and tsx; resolves with its exit code. */
function runScript(file: string, args: readonly string[]): Promise<number> {
	const tsx = import.meta.resolve('tsx');
	const child = spawn(process.execPath, ['--import', tsx, path.join(repoRoot(), file), ...args], {
		stdio: 'inherit',
	});

	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

export function loadtestCommand(done: (result: CommandResult) => void): Command {
	return new Command('loadtest')
		.description(
			'simulate a room on a running node (loopback only); `skylark loadtest --help` for options'
		)
		.helpOption(false)
		.allowUnknownOption()
		.allowExcessArguments()
		.argument('[options...]', 'passed to the load test')
		.action(async (args: string[]) => done(await runScript('test/load/loadtest.ts', args)));
}

export function soakCommand(done: (result: CommandResult) => void): Command {
	return new Command('soak')
		.description('a node under mixed load for N minutes, sampled every minute for growth and leaks')
		.option('--minutes <n>', 'how long to run (at least 2: the first minute is warm-up)', '3')
		.option('--rooms <n>', 'rooms open at a time, each with a publisher', '2')
		.option('--viewers <n>', 'viewers per room, coming and going', '3')
		.option(
			'--fanout <n>',
			'viewers of a webinar beside the rooms (plain RTP, one webinar after another)',
			'50'
		)
		.action(async (options: { minutes: string; rooms: string; viewers: string; fanout: string }) =>
			done(
				await runScript('test/soak/soak.ts', [
					'--minutes',
					options.minutes,
					'--rooms',
					options.rooms,
					'--viewers',
					options.viewers,
					'--fanout',
					options.fanout,
				])
			)
		);
}

export function benchCommand(done: (result: CommandResult) => void): Command {
	return new Command('bench')
		.description('run a benchmark and print its results')
		.addArgument(new Argument('<name>', 'which benchmark').choices(Object.keys(BENCHES)))
		.addHelpText(
			'after',
			`\nBenchmarks:\n${Object.entries(BENCHES)
				.map(([name, what]) => `  ${name.padEnd(10)} ${what}`)
				.join('\n')}\n`
		)
		.action(async (name: keyof typeof BENCHES) => {
			const built = NEEDS_SDK_BUNDLE.has(name) ? await runScript('client-sdk/build.ts', []) : 0;

			done(
				built || (await runScript(`test/bench/${name === 'join' ? 'joinToFirstFrame' : name}.ts`, []))
			);
		});
}
