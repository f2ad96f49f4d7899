/**
 * `npm run bench:forward`: how many consumers of one ~1 Mbps publisher a
 * worker forwards to with under 1% loss, for
 *   (a) a bare mediasoup script (no Skylark control plane),
 *   (b) Skylark with 1 worker, set up through its signaling,
 *   (c) Skylark with all workers (one per core; the room spreads by load).
 * Each step adds consumers (plain RTP transports sending to a loopback socket
 * nobody reads, so this process's own receive speed cannot limit the result),
 * waits for keyframes, then counts over MEASURE_MS what the consumers sent
 * (mediasoup's counters) against what the publisher sent. A sample of
 * consumers is also received for real, to check packets arrive. Workers are
 * pinned one per core. Steps stop at > 1% loss or ≥ 95% worker CPU.
 */
import { spawnSync } from 'node:child_process';
import type * as dgram from 'node:dgram';
import * as os from 'node:os';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import { loadConfig } from '../../server/src/config/loadConfig.js';
import { createLogger } from '../../server/src/logging/logger.js';
import { mediaCodecs } from '../../server/src/media/mediaCodecs.js';
import { parseRtpPacket } from '../../server/src/media/rtpPacket.js';
import { bindUdp } from '../../server/src/media/udpSocket.js';
import { startSkylark, type Skylark } from '../../server/src/Skylark.js';
import { freePortRange } from '../helpers/ports.js';
import { TEST_AUTH_SECRET, testTokens } from '../helpers/tokens.js';
import { plainPublisher, plainSubscriber, ReceiverSockets, type PlainPublisher } from '../load/plainPeers.js';
import { startRtpSource, videoProfile, type RtpSource } from '../load/rtpSource.js';
import { raiseReceiveBufferCap } from '../load/receiveBuffers.js';
import { PROBATION_SSRC, SequenceTracker } from '../load/streamStats.js';
import { machineCpu } from './procStats.js';

const WARMUP_MS = 1500;
/** Time for packets in flight to be forwarded before counters are read. */
const DRAIN_MS = 200;
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 3000);
const MAX_CONSUMERS = Number(process.env.BENCH_MAX_CONSUMERS ?? 4000);
const MAX_LOSS = 0.01;
/** Stop stepping once a worker is this busy: the next step could only lose packets. */
const STOP_CPU = 0.98;
const SAMPLED = 10;
const JOIN_CONCURRENCY = 16;
const PROFILE = videoProfile(1000);

interface Step {
	consumers: number;
	forwardedPps: number;
	loss: number;
	sampleLoss: number;
	/** Per worker, fraction of one core. */
	cpu: number[];
	/** The whole machine, fraction of all cores: workers, this process and the kernel's packet work. */
	machine: number;
	/** Of which softirq (the kernel moving packets through loopback). */
	softirq: number;
}

/** One system under test: grows its consumers and reports what they forwarded. */
interface Target {
	readonly name: string;
	readonly workers: types.Worker[];
	addConsumers(total: number): Promise<void>;
	consumers(): types.Consumer[];
	readonly source: RtpSource;
	/** Loss seen by the consumers that are received for real, since resetSample(). */
	sampleLoss(): number;
	resetSample(): void;
	close(): Promise<void>;
}

function pin(pid: number, core: number): void {
	spawnSync('taskset', ['-pc', String(core % os.availableParallelism()), String(pid)]);
}

async function cpuSample(workers: types.Worker[]): Promise<number[]> {
	return Promise.all(
		workers.map(async (w) => {
			const u = await w.getResourceUsage();

			return u.ru_utime + u.ru_stime;
		})
	);
}

async function outboundPackets(consumers: types.Consumer[]): Promise<number> {
	let total = 0;

	for (let i = 0; i < consumers.length; i += 200) {
		const stats = await Promise.all(consumers.slice(i, i + 200).map((c) => c.getStats().catch(() => [])));

		for (const list of stats) {
			for (const s of list) {
				if (s.type === 'outbound-rtp') {
					total += s.packetCount;
				}
			}
		}
	}

	return total;
}

/** Where consumers send: one socket nobody reads, and a few that are read to confirm arrival. */
async function sinks() {
	const discard = await bindUdp();
	const trackers = new Map<number, SequenceTracker>();
	const sampled = await ReceiverSockets.open(1, (packet) => {
		const rtp = parseRtpPacket(packet);

		if (rtp && rtp.ssrc !== PROBATION_SSRC) {
			let tracker = trackers.get(rtp.ssrc);

			if (!tracker) {
				tracker = new SequenceTracker();
				trackers.set(rtp.ssrc, tracker);
			}

			tracker.add(rtp.sequenceNumber);
		}
	});

	return {
		discard,
		sampled,
		/** Port for the consumer with this index: the first SAMPLED are received for real. */
		port: (index: number) => (index < SAMPLED ? sampled.port(0) : discard.address().port),
		/** Starts a new window for the sampled consumers' loss. */
		resetSample(): void {
			trackers.clear();
		},
		loss(): number {
			let expected = 0;
			let received = 0;

			for (const t of trackers.values()) {
				expected += t.expected;
				received += t.received;
			}

			return expected ? 1 - received / expected : 1;
		},
		close() {
			discard.close();
			sampled.close();
		},
	};
}

async function bareTarget(): Promise<Target> {
	const worker = await mediasoup.createWorker({ logLevel: 'error' });

	pin(worker.pid, 0);

	const router = await worker.createRouter({ mediaCodecs });
	const listenInfo = { protocol: 'udp', ip: '127.0.0.1' } as const;
	const ingest = await router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: true });
	const ssrc = 0x20000000;
	const producer = await ingest.produce({
		kind: 'video',
		rtpParameters: {
			codecs: [{ mimeType: 'video/VP8', payloadType: 101, clockRate: 90000 }],
			encodings: [{ ssrc }],
		},
	});
	const out = await sinks();
	const sender: dgram.Socket = await bindUdp();
	const source = startRtpSource(PROFILE, { ssrc, payloadType: 101, stream: ssrc }, (packet) =>
		sender.send(packet, ingest.tuple.localPort, '127.0.0.1')
	);
	const consumers: types.Consumer[] = [];

	return {
		name: 'bare mediasoup, 1 worker',
		workers: [worker],
		source,
		consumers: () => consumers,
		async addConsumers(total) {
			while (consumers.length < total) {
				const transport = await router.createPlainTransport({
					listenInfo,
					rtcpMux: true,
					comedia: false,
				});

				await transport.connect({ ip: '127.0.0.1', port: out.port(consumers.length) });
				consumers.push(
					await transport.consume({
						producerId: producer.id,
						rtpCapabilities: router.rtpCapabilities,
					})
				);
			}
		},
		sampleLoss: out.loss,
		resetSample: out.resetSample,
		async close() {
			source.stop();
			sender.close();
			out.close();
			worker.close();
		},
	};
}

async function skylarkTarget(numWorkers: number): Promise<Target> {
	const skylark: Skylark = await startSkylark(
		loadConfig({
			PORT: '0',
			LISTEN_IP: '127.0.0.1',
			RTC_PORT: String(await freePortRange(numWorkers)),
			NUM_WORKERS: String(numWorkers),
			PLAIN_TRANSPORTS: 'loopback',
			AUTH_SECRET: TEST_AUTH_SECRET,
			// Spread by consumer count as soon as there is more than one worker.
			WORKER_MAX_CONSUMERS: numWorkers > 1 ? '100' : '100000',
			WORKER_MAX_CPU: '1',
		}),
		createLogger('error', false)
	);
	const workers = skylark.pool.workers.map((w) => w.worker);

	workers.forEach((w, i) => pin(w.pid, i));

	const out = await sinks();
	const room = 'bench-forward';
	const publisher: PlainPublisher = await plainPublisher(skylark.url, testTokens, room, 0, [PROFILE]);
	const closers: (() => void)[] = [];
	let count = 0;

	return {
		name: `Skylark, ${numWorkers} worker${numWorkers > 1 ? 's' : ''}`,
		workers,
		source: publisher.producers[0].source,
		consumers: () =>
			[...(skylark.rooms.get(room)?.peers.values() ?? [])].flatMap((p) => [...p.consumers.values()]),
		async addConsumers(total) {
			// Joins run a few at a time, as real subscribers would arrive.
			while (count < total) {
				const batch = Array.from(
					{ length: Math.min(JOIN_CONCURRENCY, total - count) },
					(_, i) => count + i
				);

				count += batch.length;

				for (const subscriber of await Promise.all(
					batch.map((index) =>
						plainSubscriber(skylark.url, testTokens, room, index, out.port(index), {
							srtp: false,
						})
					)
				)) {
					closers.push(subscriber.close);
				}
			}
		},
		sampleLoss: out.loss,
		resetSample: out.resetSample,
		async close() {
			closers.forEach((close) => close());
			publisher.close();
			out.close();
			await skylark.close();
		},
	};
}

async function run(target: Target): Promise<Step[]> {
	const steps: Step[] = [];

	for (let consumers = 100; consumers <= MAX_CONSUMERS; consumers = Math.round(consumers * 1.25)) {
		await target.addConsumers(consumers);
		await new Promise((resolve) => setTimeout(resolve, WARMUP_MS));

		const list = target.consumers();
		// Counters are read while the publisher pauses, so what was sent and what
		// was forwarded cover exactly the same packets.
		const snapshot = async () => {
			target.source.pause();
			await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));

			const counts = { sent: target.source.sent, out: await outboundPackets(list) };

			target.source.resume();

			return counts;
		};
		const before = await snapshot();
		const cpuBefore = await cpuSample(target.workers);
		const machineBefore = machineCpu();
		const started = performance.now();

		target.resetSample();
		await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));

		const cpuAfter = await cpuSample(target.workers);
		const machineAfter = machineCpu();
		const elapsed = performance.now() - started;
		const machineTotal = machineAfter.total - machineBefore.total;
		const after = await snapshot();
		const sent = after.sent - before.sent;
		const forwarded = after.out - before.out;
		const step: Step = {
			consumers: list.length,
			forwardedPps: (forwarded / sent) * PROFILE.packetsPerSecond,
			loss: Math.max(0, 1 - forwarded / (sent * list.length)),
			sampleLoss: target.sampleLoss(),
			cpu: cpuAfter.map((c, i) => (c - cpuBefore[i]) / elapsed),
			machine: (machineAfter.busy - machineBefore.busy) / machineTotal,
			softirq: (machineAfter.softirq - machineBefore.softirq) / machineTotal,
		};

		steps.push(step);
		process.stdout.write(
			`  ${target.name}: ${step.consumers} consumers, ${step.forwardedPps.toFixed(0)} pkt/s out, ` +
				`loss ${(step.loss * 100).toFixed(2)}% (sampled receivers ${(step.sampleLoss * 100).toFixed(2)}%), ` +
				`worker CPU ${step.cpu.map((c) => `${(c * 100).toFixed(0)}%`).join('/')}, ` +
				`machine ${(step.machine * 100).toFixed(0)}% busy (softirq ${(step.softirq * 100).toFixed(0)}%)\n`
		);

		if (Math.max(step.loss, step.sampleLoss) > MAX_LOSS || Math.max(...step.cpu) >= STOP_CPU) {
			break;
		}
	}

	await target.close();

	return steps;
}

/**
 * The capacity: the last step where neither mediasoup's counters nor the
 * consumers received for real lost more than 1%.
 */
function capacity(steps: Step[]): Step | undefined {
	return steps.filter((s) => Math.max(s.loss, s.sampleLoss) <= MAX_LOSS).at(-1);
}

async function main(): Promise<void> {
	const cores = os.availableParallelism();

	raiseReceiveBufferCap();
	// Workers are pinned from core 0 up; this process runs on the last core.
	pin(process.pid, cores - 1);

	process.stdout.write(
		`forwarding benchmark: 1 publisher (VP8-shaped, ${PROFILE.packetsPerSecond} pkt/s ≈ 1 Mbps) → N plain-RTP consumers, ` +
			`${cores} cores, ${MEASURE_MS} ms per step\n`
	);

	const results: { name: string; workers: number; best?: Step }[] = [];

	// BENCH_ONLY=bare,1,all picks setups (default: all three).
	const only = (process.env.BENCH_ONLY ?? 'bare,1,all').split(',');
	const setups = [
		['bare', () => bareTarget()],
		['1', () => skylarkTarget(1)],
		['all', () => skylarkTarget(cores)],
	] as const;

	for (const [, make] of setups.filter(([key]) => only.includes(key))) {
		const target = await make();
		const name = target.name;
		const workers = target.workers.length;

		results.push({ name, workers, best: capacity(await run(target)) });
	}

	const find = (workers: number, bare: boolean) =>
		results.find((r) => r.workers === workers && r.name.startsWith('bare') === bare);
	const [bare, one, all] = [find(1, true), find(1, false), find(cores, false)];
	const perWorker = (r: (typeof results)[number]) => (r.best ? r.best.forwardedPps / r.workers : 0);

	process.stdout.write(
		'\n| setup | workers | max consumers (<1% loss) | forwarded pkt/s | pkt/s per worker | worker CPU |\n'
	);
	process.stdout.write('| --- | --- | --- | --- | --- | --- |\n');

	for (const r of results) {
		process.stdout.write(
			`| ${r.name} | ${r.workers} | ${r.best?.consumers ?? 0} | ${r.best?.forwardedPps.toFixed(0) ?? 0} | ` +
				`${perWorker(r).toFixed(0)} | ${r.best?.cpu.map((c) => `${(c * 100).toFixed(0)}%`).join('/') ?? '-'} |\n`
		);
	}

	if (bare && one) {
		process.stdout.write(
			`\nratio Skylark 1 worker / bare (pkt/s per worker): ${(perWorker(one) / perWorker(bare)).toFixed(2)}\n`
		);
	}

	if (one && all) {
		process.stdout.write(
			`ratio Skylark ${all.workers} workers / Skylark 1 worker (max consumers): ` +
				`${((all.best?.consumers ?? 0) / (one.best?.consumers ?? 1)).toFixed(2)}\n`
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
