/**
 * `npm run bench:signaling`: signaling round trips per second with the server
 * pinned to one core, against a bare socket.io echo server measured in the
 * same run (the baseline).
 *
 * Each client joins a room, then sends setCapabilities with a browser-sized
 * RTP capabilities message, one request at a time, for DURATION_MS. The echo
 * baseline sends the same encoded bytes and waits for them to come back.
 *
 * Skylark is driven twice: through the SDK's SignalingChannel (which encodes
 * each request from objects, on the clients' core), and with the request
 * frame encoded once, as the echo clients send it, each response decoded and
 * checked. The second compares the two servers' request paths alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import { skylark } from '../../protos/index.js';
import { RawSignaling } from '../helpers/rawSignaling.js';
import { testToken } from '../helpers/tokens.js';
import { cpuSeconds, percentile } from './procStats.js';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 6000);
/** Skylark and the echo take turns this many times within DURATION_MS each. */
const SLICES = 6;
const MAX_REQUESTS = 500_000;
const CONCURRENCY = (process.env.BENCH_CLIENTS ?? '1,8,32').split(',').map(Number);
/** A directory: the Skylark server process writes a V8 CPU profile there (`node --cpu-prof`). */
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;
const SERVER_CORE = '0';
const CLIENT_CORE = '1';

interface Result {
	requests: number;
	perSecond: number;
	p50: number;
	p99: number;
	serverCpu: number;
	/** This process: the clients. */
	clientCpu: number;
}

type Client = 'sdk' | 'frames';

async function startServer(args: string[], profile = false): Promise<{ child: ChildProcess; url: string }> {
	const nodeArgs = profile && CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [];
	const child = spawn(
		'taskset',
		[
			'-c',
			SERVER_CORE,
			process.execPath,
			...nodeArgs,
			'--import',
			'tsx',
			'test/bench/signalingServer.ts',
			...args,
		],
		{
			stdio: ['ignore', 'pipe', 'inherit'],
		}
	);
	const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();

	if (first.done) {
		throw new Error('the signaling bench server exited before printing its URL');
	}

	const [url] = first.value.split(/\s/);

	return { child, url };
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}

/** One server driven by clients: each `roundTrips` entry sends one request and awaits its answer. */
interface Target {
	pid: number;
	roundTrips: (() => Promise<void>)[];
	close(): Promise<void>;
}

/** What one or more slices of driving a target added up to. */
interface Tally {
	latencies: number[];
	seconds: number;
	serverCpu: number;
	clientCpu: number;
}

const emptyTally = (): Tally => ({ latencies: [], seconds: 0, serverCpu: 0, clientCpu: 0 });

/** Runs the target's loops for `ms` (and at most MAX_REQUESTS in all), adding to `tally`. */
async function drive(target: Target, ms: number, tally: Tally): Promise<void> {
	const cpuStart = cpuSeconds(target.pid);
	const clientStart = process.cpuUsage();
	const started = performance.now();
	const deadline = started + ms;
	let requests = 0;

	await Promise.all(
		target.roundTrips.map(async (roundTrip) => {
			while (performance.now() < deadline && requests < MAX_REQUESTS) {
				const t0 = performance.now();

				await roundTrip();
				requests++;
				tally.latencies.push(performance.now() - t0);
			}
		})
	);

	const usage = process.cpuUsage(clientStart);

	tally.seconds += (performance.now() - started) / 1000;
	tally.serverCpu += cpuSeconds(target.pid) - cpuStart;
	tally.clientCpu += (usage.user + usage.system) / 1e6;
}

function result(tally: Tally): Result {
	const sorted = tally.latencies.sort((a, b) => a - b);

	return {
		requests: sorted.length,
		perSecond: sorted.length / tally.seconds,
		p50: percentile(sorted, 50),
		p99: percentile(sorted, 99),
		serverCpu: tally.serverCpu / tally.seconds,
		clientCpu: tally.clientCpu / tally.seconds,
	};
}

/**
 * Drives Skylark and the echo in alternating slices, so that a burst of
 * other work on the machine lands on both alike.
 */
async function interleaved(skylarkTarget: Target, echoTarget: Target): Promise<[Result, Result]> {
	const tallies = [emptyTally(), emptyTally()];

	for (let slice = 0; slice < SLICES; slice++) {
		await drive(skylarkTarget, DURATION_MS / SLICES, tallies[0]);
		await drive(echoTarget, DURATION_MS / SLICES, tallies[1]);
	}

	return [result(tallies[0]), result(tallies[1])];
}

/** Server CPU time per round trip: unlike throughput, it holds when other processes share the cores. */
function costUs(r: Result): number {
	return (r.serverCpu / r.perSecond) * 1e6;
}

/** A joined client: `roundTrip` sends one setCapabilities and resolves with its (checked) answer. */
async function joinedClient(url: string, i: number, client: Client) {
	const room = `bench-${i % 4}`;
	const token = await testToken(room);
	const join = { roomId: room, displayName: `client ${i}` };

	if (client === 'sdk') {
		const channel = new SignalingChannel(url, { requestTimeoutMs: 10_000, token });

		await channel.waitConnected();

		const caps = (await channel.request('join', join)).join!.routerRtpCapabilities!;

		return {
			caps,
			roundTrip: async () => void (await channel.request('setCapabilities', { rtpCapabilities: caps })),
			close: () => channel.close(),
		};
	}

	const raw = await RawSignaling.connect(url, token);
	const joined = raw.response(1);

	raw.send(skylark.v1.Request.encode({ id: 1, join }).finish());

	const caps = (await joined).join!.routerRtpCapabilities!;
	const frame = skylark.v1.Request.encode({ id: 2, setCapabilities: { rtpCapabilities: caps } }).finish();

	return {
		caps,
		roundTrip: async () => {
			const answered = raw.response(2);

			raw.send(frame);

			const response = await answered;

			if (!response.ok) {
				throw new Error(`setCapabilities refused: ${response.error?.message}`);
			}
		},
		close: () => raw.close(),
	};
}

async function skylarkTarget(
	concurrency: number,
	rtcPort: number,
	client: Client
): Promise<{ target: Target; frame: Uint8Array }> {
	const { child, url } = await startServer([String(rtcPort)], client === 'frames');
	const clients = await Promise.all(
		Array.from({ length: concurrency }, (_, i) => joinedClient(url, i, client))
	);
	const frame = skylark.v1.Request.encode({
		id: 1,
		setCapabilities: { rtpCapabilities: clients[0].caps },
	}).finish();

	return {
		frame,
		target: {
			pid: child.pid!,
			roundTrips: clients.map((c) => c.roundTrip),
			close: async () => {
				clients.forEach((c) => c.close());
				await stop(child);
			},
		},
	};
}

async function echoTarget(concurrency: number, frame: Uint8Array): Promise<Target> {
	const { child, url } = await startServer(['--echo'], true);
	const sockets: Socket[] = await Promise.all(
		Array.from(
			{ length: concurrency },
			() =>
				new Promise<Socket>((resolve) => {
					const socket = io(url, { transports: ['websocket'] });

					socket.once('connect', () => resolve(socket));
				})
		)
	);

	return {
		pid: child.pid!,
		roundTrips: sockets.map(
			(socket) => () =>
				new Promise<void>((resolve) => socket.once('sk', () => resolve()).emit('sk', frame))
		),
		close: async () => {
			sockets.forEach((s) => s.disconnect());
			await stop(child);
		},
	};
}

async function main(): Promise<void> {
	spawnSync('taskset', ['-pc', CLIENT_CORE, String(process.pid)]);
	process.stdout.write(
		`signaling round trips, server pinned to core ${SERVER_CORE}, clients on core ${CLIENT_CORE}, ${DURATION_MS} ms per step, in ${SLICES} turns with the echo\n\n`
	);
	process.stdout.write(
		'| clients | client | Skylark req/s | p50 ms | p99 ms | server CPU | client CPU | server µs/req | echo msg/s | echo server CPU | echo client CPU | echo server µs/msg | ratio Skylark/echo (throughput) | ratio echo/Skylark (server µs) |\n'
	);
	process.stdout.write(
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
	);

	let frameBytes = 0;
	const percent = (fraction: number) => `${(fraction * 100).toFixed(0)}%`;

	for (const concurrency of CONCURRENCY) {
		for (const client of ['sdk', 'frames'] as const) {
			const sky = await skylarkTarget(concurrency, 47000, client);
			const echoServer = await echoTarget(concurrency, sky.frame);
			const [result, echo] = await interleaved(sky.target, echoServer).finally(async () => {
				await sky.target.close();
				await echoServer.close();
			});

			frameBytes = sky.frame.length;

			process.stdout.write(
				`| ${concurrency} | ${client} | ${result.perSecond.toFixed(0)} | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} | ` +
					`${percent(result.serverCpu)} | ${percent(result.clientCpu)} | ${costUs(result).toFixed(0)} | ` +
					`${echo.perSecond.toFixed(0)} | ${percent(echo.serverCpu)} | ${percent(echo.clientCpu)} | ${costUs(echo).toFixed(0)} | ` +
					`${(result.perSecond / echo.perSecond).toFixed(2)} | ${(costUs(echo) / costUs(result)).toFixed(2)} |\n`
			);
		}
	}

	process.stdout.write(
		`\nrequest: setCapabilities carrying the router's RTP capabilities (${frameBytes} bytes)\n`
	);
	process.exit(0);
}

void main();
