/**
 * `npm run bench:signaling`: signaling round trips per second with the server
 * pinned to one core, against a bare socket.io echo server measured in the
 * same run (the baseline).
 *
 * Each client joins a room, then sends setCapabilities with a browser-sized
 * RTP capabilities message, one request at a time, for DURATION_MS. The echo
 * baseline sends the same encoded bytes and waits for them to come back.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import { skylark } from '../../protos/index.js';
import { testToken } from '../helpers/tokens.js';
import { cpuSeconds, percentile } from './procStats.js';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const MAX_REQUESTS = 500_000;
const CONCURRENCY = [1, 8, 32];
const SERVER_CORE = '0';
const CLIENT_CORE = '1';

interface Result {
	requests: number;
	perSecond: number;
	p50: number;
	p99: number;
	serverCpu: number;
}

async function startServer(args: string[]): Promise<{ child: ChildProcess; url: string }> {
	const child = spawn(
		'taskset',
		['-c', SERVER_CORE, process.execPath, '--import', 'tsx', 'test/bench/signalingServer.ts', ...args],
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

/** Runs `clients` loops of `roundTrip` for the bench duration (and at most MAX_REQUESTS in all). */
async function drive(serverPid: number, clients: (() => Promise<void>)[]): Promise<Result> {
	const latencies: number[] = [];
	const cpuStart = cpuSeconds(serverPid);
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
	};
}

async function benchSkylark(
	concurrency: number,
	rtcPort: number
): Promise<{ result: Result; frame: Uint8Array }> {
	const { child, url } = await startServer([String(rtcPort)]);
	const channels = await Promise.all(
		Array.from({ length: concurrency }, async (_, i) => {
			const room = `bench-${i % 4}`;
			const channel = new SignalingChannel(url, {
				requestTimeoutMs: 10_000,
				token: await testToken(room),
			});

			await channel.waitConnected();

			const joined = await channel.request('join', {
				roomId: room,
				displayName: `client ${i}`,
			});

			return { channel, caps: joined.join!.routerRtpCapabilities! };
		})
	);
	const frame = skylark.v1.Request.encode({
		id: 1,
		setCapabilities: { rtpCapabilities: channels[0].caps },
	}).finish();
	const result = await drive(
		child.pid!,
		channels.map(({ channel, caps }) => async () => {
			await channel.request('setCapabilities', { rtpCapabilities: caps });
		})
	);

	channels.forEach(({ channel }) => channel.close());
	await stop(child);

	return { result, frame };
}

async function benchEcho(concurrency: number, frame: Uint8Array): Promise<Result> {
	const { child, url } = await startServer(['--echo']);
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
		'| clients | Skylark req/s | p50 ms | p99 ms | server CPU | echo baseline msg/s | ratio Skylark/echo |\n'
	);
	process.stdout.write('| --- | --- | --- | --- | --- | --- | --- |\n');

	let frameBytes = 0;

	for (const concurrency of CONCURRENCY) {
		const { result, frame } = await benchSkylark(concurrency, 47000);

		frameBytes = frame.length;

		const echo = await benchEcho(concurrency, frame);

		process.stdout.write(
			`| ${concurrency} | ${result.perSecond.toFixed(0)} | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} | ` +
				`${(result.serverCpu * 100).toFixed(0)}% | ${echo.perSecond.toFixed(0)} | ${(result.perSecond / echo.perSecond).toFixed(2)} |\n`
		);
	}

	process.stdout.write(
		`\nrequest: setCapabilities carrying the router's RTP capabilities (${frameBytes} bytes)\n`
	);
	process.exit(0);
}

void main();
