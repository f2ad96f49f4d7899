/**
 * `npm run bench:scale`: how a node's signaling answers while it holds many
 * connected peers. Skylark runs in its own process (2 workers); this process
 * is the load. Peers join in steps up to BENCH_PEERS (default 2000), spread
 * over BENCH_ROOMS rooms (2 presenters each, the rest viewers), and every
 * tenth one creates and connects a plain transport. After each step, probe
 * clients churn for BENCH_PROBE_MS: join one of the held rooms, create a
 * transport, leave, again and again. The table gives, per step, the probes'
 * round trips as the client saw them, the server's own request histogram,
 * its event-loop delay, CPU and memory. The last step is held for
 * BENCH_HOLD_MS. BENCH_CPU_PROF=dir makes the server write a CPU profile.
 * Every step has a deadline, and the table is printed whatever happens.
 */
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import { skylark } from '../../protos/index.js';
import { freePortRange } from '../helpers/ports.js';
import { startSkylarkProcess, type SkylarkProcess } from '../helpers/skylarkProcess.js';
import { testTokens } from '../helpers/tokens.js';
import { within } from '../helpers/within.js';
import { joinRoom } from '../load/plainPeers.js';
import { cpuSeconds, percentile, rssMiB } from './procStats.js';
import { bucketDelta, histogramBuckets, histogramQuantile, scrapeMetrics } from './serverHistogram.js';

import pb = skylark.v1;

const PEERS = Number(process.env.BENCH_PEERS ?? 2000);
const ROOMS = Number(process.env.BENCH_ROOMS ?? 40);
const STEP = Number(process.env.BENCH_STEP ?? 500);
const PROBE_MS = Number(process.env.BENCH_PROBE_MS ?? 5000);
const HOLD_MS = Number(process.env.BENCH_HOLD_MS ?? 20_000);
const PROBES = 4;
const MAX_PROBE_CYCLES = 5000;
const JOIN_CONCURRENCY = 25;
/** Every this many peers, one creates and connects a plain transport. */
const TRANSPORT_EVERY = 10;
const STEP_TIMEOUT_MS = 180_000;

interface Row {
	peers: number;
	joinsPerSecond: number;
	joinP99: number;
	probes: number;
	probeP50: number;
	probeP99: number;
	serverP99: number;
	loopLagP99: number;
	serverCpu: number;
	rss: number;
	failed: number;
}

const roomOf = (i: number) => `scale-${i % ROOMS}`;

/** One held peer: joined, and for some a connected plain transport. */
async function holdPeer(url: string, i: number): Promise<SignalingChannel> {
	const presenter = i < ROOMS * 2;
	const { channel } = await joinRoom(url, await testTokens(roomOf(i), `peer-${i}`), {
		roomId: roomOf(i),
		displayName: `peer ${i}`,
		role: presenter ? pb.Role.PRESENTER : pb.Role.VIEWER,
	});

	if (i % TRANSPORT_EVERY === 0) {
		const created = await channel.request('createPlainTransport', { direction: pb.Direction.RECV });

		await channel.request('connectPlainTransport', {
			transportId: created.plainTransport!.transportId,
			ip: '127.0.0.1',
			port: 9,
		});
	}

	return channel;
}

/** Adds peers up to `target`, JOIN_CONCURRENCY at a time; returns how many failed. */
async function grow(url: string, held: SignalingChannel[], target: number, joins: number[]): Promise<number> {
	let next = held.length;
	let failed = 0;

	await Promise.all(
		Array.from({ length: JOIN_CONCURRENCY }, async () => {
			while (next < target) {
				const i = next++;
				const started = performance.now();

				try {
					held.push(await holdPeer(url, i));
					joins.push(performance.now() - started);
				} catch {
					failed++;
				}
			}
		})
	);

	return failed;
}

/** Probe clients churning until `ms` have passed: join, createPlainTransport, leave; every round trip timed. */
async function probe(url: string, ms: number): Promise<number[]> {
	const times: number[] = [];
	const deadline = performance.now() + ms;
	let cycles = 0;

	await Promise.all(
		Array.from({ length: PROBES }, async (_, p) => {
			while (performance.now() < deadline && cycles++ < MAX_PROBE_CYCLES) {
				const roomId = roomOf(cycles);
				const channel = new SignalingChannel(url, {
					requestTimeoutMs: 30_000,
					token: await testTokens(roomId, `probe-${p}-${cycles}`),
					socket: { reconnection: false },
				});
				const timed = async (request: () => Promise<unknown>) => {
					const started = performance.now();

					await request();
					times.push(performance.now() - started);
				};

				try {
					await channel.waitConnected();
					await timed(() => channel.request('join', { roomId, displayName: `probe ${p}` }));
					await timed(() =>
						channel.request('createPlainTransport', { direction: pb.Direction.RECV })
					);
					await timed(() => channel.request('leave', {}));
				} finally {
					channel.close();
				}
			}
		})
	);

	return times.sort((a, b) => a - b);
}

async function measure(
	node: SkylarkProcess,
	held: SignalingChannel[],
	ms: number
): Promise<Omit<Row, 'joinsPerSecond' | 'joinP99' | 'failed'>> {
	const pid = node.child.pid!;
	const before = await scrapeMetrics(node.url);
	const cpuBefore = cpuSeconds(pid);
	const started = performance.now();
	const times = await probe(node.url, ms);
	const elapsed = (performance.now() - started) / 1000;
	const after = await scrapeMetrics(node.url);
	const requests = bucketDelta(
		histogramBuckets(before, 'skylark_signaling_request_duration_seconds'),
		histogramBuckets(after, 'skylark_signaling_request_duration_seconds')
	);
	const lag = /^skylark_nodejs_eventloop_lag_p99_seconds(?:{[^}]*})? (\S+)/m.exec(after)?.[1];

	return {
		peers: held.length,
		probes: times.length,
		probeP50: percentile(times, 50),
		probeP99: percentile(times, 99),
		serverP99: histogramQuantile(requests, 0.99).ms,
		loopLagP99: Number(lag ?? NaN) * 1000,
		serverCpu: (cpuSeconds(pid) - cpuBefore) / elapsed,
		rss: rssMiB(pid),
	};
}

function print(rows: Row[], error: unknown): void {
	process.stdout.write(
		`\nSkylark (2 workers, own process) holding up to ${PEERS} peers in ${ROOMS} rooms; ` +
			`${PROBES} probe clients churning (join, createPlainTransport, leave)\n\n`
	);
	process.stdout.write(
		'| peers held | joins/s | join p99 ms | probe requests | probe p50 ms | probe p99 ms | server request p99 ms | event-loop lag p99 ms | server CPU | server RSS MiB | failed joins |\n'
	);
	process.stdout.write('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n');

	for (const r of rows) {
		process.stdout.write(
			`| ${r.peers} | ${r.joinsPerSecond.toFixed(0)} | ${r.joinP99.toFixed(1)} | ${r.probes} | ${r.probeP50.toFixed(1)} | ` +
				`${r.probeP99.toFixed(1)} | ${r.serverP99.toFixed(1)} | ${r.loopLagP99.toFixed(1)} | ` +
				`${(r.serverCpu * 100).toFixed(0)}% | ${r.rss.toFixed(0)} | ${r.failed} |\n`
		);
	}

	if (error) {
		process.stdout.write(`\nstopped early: ${error instanceof Error ? error.message : String(error)}\n`);
	}
}

async function main(): Promise<void> {
	const profile = process.env.BENCH_CPU_PROF;
	const node = await startSkylarkProcess({
		PLAIN_TRANSPORTS: 'loopback',
		NUM_WORKERS: '2',
		// One port per worker: the helper reserves one.
		RTC_PORT: String(await freePortRange(2)),
		DRAIN_TIMEOUT_MS: '5000',
		...(profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` } : {}),
	});
	const held: SignalingChannel[] = [];
	const rows: Row[] = [];
	let error: unknown;

	try {
		for (
			let target = Math.min(STEP, PEERS);
			held.length < PEERS;
			target = Math.min(target + STEP, PEERS)
		) {
			const joins: number[] = [];
			const started = performance.now();
			const failed = await within(
				grow(node.url, held, target, joins),
				STEP_TIMEOUT_MS,
				`joins up to ${target}`
			);
			const joinsPerSecond = joins.length / ((performance.now() - started) / 1000);

			joins.sort((a, b) => a - b);

			const last = held.length >= PEERS;
			const measured = await within(
				measure(node, held, last ? HOLD_MS : PROBE_MS),
				STEP_TIMEOUT_MS,
				`probing at ${held.length} peers`
			);

			rows.push({ ...measured, joinsPerSecond, joinP99: percentile(joins, 99), failed });

			if (failed > 0 && held.length < target) {
				throw new Error(`${failed} joins failed on the way to ${target} peers`);
			}
		}
	} catch (caught) {
		error = caught;
	} finally {
		print(rows, error);
		held.forEach((channel) => channel.close());
		node.child.kill('SIGTERM');
		await within(node.exited, 60_000, 'the node to exit').catch(() => node.child.kill('SIGKILL'));
	}

	process.exit(error ? 1 : 0);
}

void main();
