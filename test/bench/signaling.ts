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

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
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

/** Server CPU time per round trip: unlike throughput, it holds when other processes share the cores. */
function costUs(result: Result): number {
	return (result.serverCpu / result.perSecond) * 1e6;
}

function cpuFraction(usage: NodeJS.CpuUsage, seconds: number): number {
	return (usage.user + usage.system) / 1e6 / seconds;
}

/** Runs `clients` loops of `roundTrip` for the bench duration (and at most MAX_REQUESTS in all). */
async function drive(serverPid: number, clients: (() => Promise<void>)[]): Promise<Result> {
	const latencies: number[] = [];
	const cpuStart = cpuSeconds(serverPid);
	const clientStart = process.cpuUsage();
	const started = performance.now();
	const deadline = started + DURATION_MS;

	await Promise.all(
		clients.map(async (roundTrip) => {
			while (performance.now() < deadline && latencies.length < MAX_REQUESTS) {
				const t0 = performance.now();

				await roundTrip();
				latencies.push(performance.now() - t0);
			}
		})
	);

	const elapsed = (performance.now() - started) / 1000;

	latencies.sort((a, b) => a - b);

	return {
		requests: latencies.length,
		perSecond: latencies.length / elapsed,
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
		serverCpu: (cpuSeconds(serverPid) - cpuStart) / elapsed,
		clientCpu: cpuFraction(process.cpuUsage(clientStart), elapsed),
	};
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

async function benchSkylark(
	concurrency: number,
	rtcPort: number,
	client: Client
): Promise<{ result: Result; frame: Uint8Array }> {
	const { child, url } = await startServer([String(rtcPort)], client === 'frames');
	const clients = await Promise.all(
		Array.from({ length: concurrency }, (_, i) => joinedClient(url, i, client))
	);
	const frame = skylark.v1.Request.encode({
		id: 1,
		setCapabilities: { rtpCapabilities: clients[0].caps },
	}).finish();
	const result = await drive(
		child.pid!,
		clients.map((c) => c.roundTrip)
	);

	clients.forEach((c) => c.close());
	await stop(child);

	return { result, frame };
}

async function benchEcho(concurrency: number, frame: Uint8Array): Promise<Result> {
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
	const result = await drive(
		child.pid!,
		sockets.map(
			(socket) => () =>
				new Promise<void>((resolve) => socket.once('sk', () => resolve()).emit('sk', frame))
		)
	);

	sockets.forEach((s) => s.disconnect());
	await stop(child);

	return result;
}

async function main(): Promise<void> {
	spawnSync('taskset', ['-pc', CLIENT_CORE, String(process.pid)]);
	process.stdout.write(
		`signaling round trips, server pinned to core ${SERVER_CORE}, clients on core ${CLIENT_CORE}, ${DURATION_MS} ms per step\n\n`
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
			const { result, frame } = await benchSkylark(concurrency, 47000, client);

			frameBytes = frame.length;

			const echo = await benchEcho(concurrency, frame);

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
