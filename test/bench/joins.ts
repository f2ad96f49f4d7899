/**
 * `npm run bench:joins`: CLIENTS clients join one room at the same moment
 * (BENCH_ROUNDS rounds, a fresh room each), with a Skylark node in its own
 * process. Each client is a plain-transport subscriber (the load tool's):
 * join, setCapabilities, createPlainTransport, connect, then consume and
 * resume the room's publisher's audio and video. Prints the server's join
 * handling p99 (its skylark_join_duration_seconds histogram) and each
 * client's time from sending join to its first media packet arriving.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parseRtpPacket } from '../../server/src/media/rtpPacket.js';
import { freePortRange } from '../helpers/ports.js';
import { startSkylarkProcess, type SkylarkProcess } from '../helpers/skylarkProcess.js';
import { testTokens } from '../helpers/tokens.js';
import { until, within } from '../helpers/within.js';
import {
	plainPublisher,
	plainSubscriber,
	ReceiverSockets,
	type PlainSubscriber,
} from '../load/plainPeers.js';
import { AUDIO_PROFILE, videoProfile } from '../load/rtpSource.js';
import { PROBATION_SSRC } from '../load/streamStats.js';
import { percentile } from './procStats.js';
import {
	bucketDelta,
	histogramBuckets,
	histogramQuantile,
	observations,
	scrapeMetrics,
} from './serverHistogram.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** A round that has not delivered media to every client by then is reported as it stands. */
const ROUND_TIMEOUT_MS = 30_000;

interface Round {
	/** Per client, ms from its join request to its first RTP packet (any kind), and to its first video packet. */
	firstPacket: number[];
	firstVideo: number[];
	/** Client side: join, setCapabilities, transport, connect, consume and resume each track, one after the other. */
	setUp: number[];
	failed: number;
}

async function round(node: SkylarkProcess, index: number): Promise<Round> {
	const roomId = `joins-${index}`;
	const arrivals = new Map<number, number>();
	const receivers = await ReceiverSockets.open(1, (packet) => {
		const rtp = parseRtpPacket(packet);

		if (rtp && rtp.ssrc !== PROBATION_SSRC && !arrivals.has(rtp.ssrc)) {
			arrivals.set(rtp.ssrc, performance.now());
		}
	});
	const publisher = await plainPublisher(node.url, testTokens, roomId, index, [
		AUDIO_PROFILE,
		videoProfile(500),
	]);
	const result: Round = { firstPacket: [], firstVideo: [], setUp: [], failed: 0 };
	const subscribers: { started: number; joined: number; sub: PlainSubscriber }[] = [];

	try {
		// Tokens first, so minting them is not part of what is measured.
		const tokens = await Promise.all(
			Array.from({ length: CLIENTS }, (_, i) => testTokens(roomId, `subscriber-${i}`))
		);
		const settled = await within(
			Promise.allSettled(
				tokens.map(async (token, i) => {
					const started = performance.now();
					const sub = await plainSubscriber(
						node.url,
						async () => token,
						roomId,
						i,
						receivers.port(0),
						{
							srtp: true,
						}
					);

					subscribers.push({ started, joined: performance.now(), sub });
				})
			),
			ROUND_TIMEOUT_MS,
			`round ${index}: ${CLIENTS} joins`
		);

		result.failed = settled.filter((s) => s.status === 'rejected').length;

		// The publisher's producers are [audio, video].
		const videoProducer = publisher.producers[1].producerId;
		const firstOf = (sub: PlainSubscriber, video: boolean) =>
			Math.min(
				...[...sub.ssrcs]
					.filter(([, producerId]) => !video || producerId === videoProducer)
					.map(([ssrc]) => arrivals.get(ssrc) ?? Infinity)
			);

		await until(
			() => subscribers.every(({ sub }) => firstOf(sub, true) < Infinity),
			ROUND_TIMEOUT_MS,
			`round ${index}: video at every client`
		).catch((error: Error) => process.stderr.write(`${error.message}\n`));

		for (const { started, joined, sub } of subscribers) {
			result.firstPacket.push(firstOf(sub, false) - started);
			result.firstVideo.push(firstOf(sub, true) - started);
			result.setUp.push(joined - started);
		}
	} finally {
		subscribers.forEach(({ sub }) => sub.close());
		publisher.close();
		receivers.close();
	}

	return result;
}

function line(name: string, values: number[]): string {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	const missing = values.length - sorted.length;

	return (
		`| ${name} | ${sorted.length} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 90).toFixed(1)} | ` +
		`${percentile(sorted, 99).toFixed(1)} | ${(sorted.at(-1) ?? NaN).toFixed(1)} |${missing ? ` ${missing} never arrived` : ''}\n`
	);
}

async function main(): Promise<void> {
	const node = await startSkylarkProcess({
		PLAIN_TRANSPORTS: 'loopback',
		NUM_WORKERS: '2',
		// One port per worker: the helper reserves one.
		RTC_PORT: String(await freePortRange(2)),
	});
	const all: Round = { firstPacket: [], firstVideo: [], setUp: [], failed: 0 };
	const before = await scrapeMetrics(node.url);
	let error: unknown;

	try {
		for (let i = 0; i < ROUNDS; i++) {
			const r = await round(node, i);

			all.firstPacket.push(...r.firstPacket);
			all.firstVideo.push(...r.firstVideo);
			all.setUp.push(...r.setUp);
			all.failed += r.failed;
			// Let the last round's peers leave before the next burst.
			await sleep(500);
		}
	} catch (caught) {
		error = caught;
	} finally {
		const after = await scrapeMetrics(node.url).catch(() => before);
		const join = bucketDelta(
			histogramBuckets(before, 'skylark_join_duration_seconds'),
			histogramBuckets(after, 'skylark_join_duration_seconds')
		);
		const p99 = histogramQuantile(join, 0.99);
		const p50 = histogramQuantile(join, 0.5);

		process.stdout.write(
			`${CLIENTS} clients joining one room at once, ${ROUNDS} rounds, Skylark in its own process (2 workers)\n\n`
		);
		process.stdout.write(
			`server join handling (skylark_join_duration_seconds, ${observations(join)} joins): ` +
				`p50 ${p50.ms.toFixed(1)} ms, p99 ${p99.ms.toFixed(1)} ms (bucket ≤ ${p99.atMostMs} ms)\n\n`
		);
		process.stdout.write(
			'| client side, ms | n | p50 | p90 | p99 | max |\n| --- | --- | --- | --- | --- | --- |\n'
		);
		process.stdout.write(line('join → last resumeConsumer answered', all.setUp));
		process.stdout.write(line('join → first media packet', all.firstPacket));
		process.stdout.write(line('join → first video packet', all.firstVideo));
		process.stdout.write(
			`\nfailed joins: ${all.failed}${error ? `; stopped early: ${String(error)}` : ''}\n`
		);
		node.child.kill('SIGTERM');
		await within(node.exited, 30_000, 'the node to exit').catch(() => node.child.kill('SIGKILL'));
	}

	process.exit(error ? 1 : 0);
}

void main();
