/**
 * `npm run bench:join`: how long a person waits for the others, in
 * Chromium over loopback, p50/p90/p99 over RUNS runs. Each run uses a fresh
 * room: page A joins and publishes camera + microphone, then page B opens
 * the demo page's link. The microphone plays a steady tone: Chromium's fake
 * microphone is silent but for a beep a second, and Opus with DTX (which
 * Skylark's router asks for) sends a packet only every 400 ms in silence, so
 * "first audio" would measure where the DTX cycle happened to be. Measured in page B:
 * - join → first remote video frame presented (requestVideoFrameCallback),
 * - join → first remote audio played out (the receiver's synchronization
 *   source appears, stamped with that moment),
 * - opening the link → first remote video frame,
 * and where the join's time goes (see joinTimeline.ts): signaling, SDP,
 * ICE and DTLS from the connection's own events; the first packet from
 * polled statistics.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { openPublishingDemo } from '../helpers/demoPage.js';
import { writeToneWav } from '../helpers/mediaFiles.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { INSTRUMENT_PEER_CONNECTIONS, type JoinTimeline } from './joinTimeline.js';
import { percentile } from './procStats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const RUN_TIMEOUT_MS = 20_000;
/**
 * How many video frames the publisher has encoded before the viewer opens
 * the link (BENCH_PUBLISHER_FRAMES; 0 = as soon as it publishes). A sender
 * in libwebrtc ignores keyframe requests for 300 ms after a keyframe, and a
 * starting encoder sends one: a viewer whose request lands in that window
 * waits ~300 ms for the next. 30 frames (about a second) is a room someone
 * is already talking in, the usual case for a newcomer.
 */
const PUBLISHER_FRAMES = Number(process.env.BENCH_PUBLISHER_FRAMES ?? 30);

/** Lets the bench read the publisher's own connections (its encoder's frame count). */
const KEEP_PEER_CONNECTIONS = `(() => {
	const Native = window.RTCPeerConnection;
	window.benchPeerConnections = [];
	window.RTCPeerConnection = class extends Native {
		constructor(config) {
			super(config);
			window.benchPeerConnections.push(this);
		}
	};
})()`;

/** Each step of the breakdown: from which moment to which. */
const STEPS: [label: string, from: keyof JoinTimeline, to: keyof JoinTimeline][] = [
	['device load still running after join', 'joinStart', 'deviceLoaded'],
	['join request sent', 'joinStart', 'joinSent'],
	['join round trip (server and socket)', 'joinSent', 'joinAnswered'],
	['response → receive connection made', 'joinAnswered', 'recvPc'],
	['SDP set-up → ICE checking', 'recvPc', 'iceChecking'],
	['ICE (checking → connected)', 'iceChecking', 'iceConnected'],
	['DTLS (ICE → connected)', 'iceConnected', 'dtlsConnected'],
	// getStats answers from a cache of up to ~50 ms: the next two split that time roughly.
	['first video RTP seen in getStats', 'dtlsConnected', 'firstVideoPacket'],
	['→ keyframe decoded and presented', 'firstVideoPacket', 'firstFrame'],
	['first audio RTP seen in getStats', 'dtlsConnected', 'firstAudioPacket'],
	['DTLS → first audio played out', 'dtlsConnected', 'firstAudioPlayed'],
];

interface Run {
	timeline: JoinTimeline;
	/** The server's own time on the viewer's join (part of the join round trip). */
	serverJoin: number;
	video: number;
	audio: number;
	page: number;
}

/** The total time the server has spent handling joins, from its metrics. */
async function serverJoinSeconds(url: string): Promise<number> {
	const text = await (await fetch(`${url}/metrics`)).text();

	return Number(/^skylark_join_duration_seconds_sum(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1] ?? NaN);
}

/** The most video frames any of the page's connections has encoded. */
function framesEncoded(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const connections = (window as unknown as { benchPeerConnections: RTCPeerConnection[] })
			.benchPeerConnections;
		let most = 0;

		for (const pc of connections.filter((c) => c.connectionState !== 'closed')) {
			for (const stat of (await pc.getStats()).values()) {
				if (stat.type === 'outbound-rtp' && stat.kind === 'video') {
					most = Math.max(most, stat.framesEncoded ?? 0);
				}
			}
		}

		return most;
	});
}

/**
 * Resolves once the publisher's page has encoded `frames` video frames.
 * Polled from here: page.waitForFunction would take an async predicate's
 * promise as its truthy answer.
 */
async function publisherEncoded(page: Page, frames: number): Promise<void> {
	await until(
		async () => (await framesEncoded(page)) >= frames,
		RUN_TIMEOUT_MS,
		`the publisher encoding ${frames} video frames`,
		50
	);
}

/** A 60 s tone (Chromium loops the file) as the publisher's microphone; removed after the bench. */
async function toneFile(): Promise<{ file: string; remove(): void }> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-join-bench-'));
	const file = path.join(dir, 'tone.wav');

	await writeToneWav(file, { hz: 440, sampleRate: 48_000, seconds: 60 });

	return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function row(label: string, values: number[]): string {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	const cell = (p: number) => percentile(sorted, p).toFixed(0).padStart(6);

	return `${label.padEnd(46)} ${cell(50)} ${cell(90)} ${cell(99)}   (${sorted.length} runs)`;
}

async function main(): Promise<void> {
	const skylark = await startTestServer({ ROOM_EMPTY_GRACE_MS: '0' });
	const tone = await toneFile();
	const chromium = await launchChromium([`--use-file-for-fake-audio-capture=${tone.file}`]);
	const runs: Run[] = [];

	try {
		for (let run = 0; run < RUNS; run++) {
			const room = `join-bench-${run}`;
			let publisher: Page | undefined;

			try {
				publisher = await openPublishingDemo(
					chromium.context,
					skylark.url,
					`room=${room}&name=publisher`,
					{ initScript: KEEP_PEER_CONNECTIONS }
				);
				await publisherEncoded(publisher, PUBLISHER_FRAMES);

				const viewer = await chromium.context.newPage();
				const joinSecondsBefore = await serverJoinSeconds(skylark.url);

				await viewer.addInitScript(INSTRUMENT_PEER_CONNECTIONS);
				await viewer.goto(`${skylark.url}/?room=${room}&name=viewer`);
				await viewer.waitForFunction(
					() => {
						const t = (window as unknown as { joinTimeline: () => JoinTimeline }).joinTimeline();

						return t.firstFrame !== undefined && t.firstAudioPlayed !== undefined;
					},
					undefined,
					{ timeout: RUN_TIMEOUT_MS, polling: 50 }
				);

				const timeline = await viewer.evaluate(() =>
					(window as unknown as { joinTimeline: () => JoinTimeline }).joinTimeline()
				);
				const result = {
					timeline,
					serverJoin: ((await serverJoinSeconds(skylark.url)) - joinSecondsBefore) * 1000,
					video: timeline.firstFrame! - timeline.joinStart,
					audio: timeline.firstAudioPlayed! - timeline.joinStart,
					page: timeline.firstFrame!,
				};

				runs.push(result);
				process.stdout.write(
					`run ${run + 1}: video ${result.video.toFixed(0)} ms, audio ${result.audio.toFixed(0)} ms, ` +
						`link → frame ${result.page.toFixed(0)} ms\n`
				);
				await viewer.close();
			} catch (error) {
				// A run that fails is reported and counted as missing; the table still prints.
				process.stdout.write(`run ${run + 1}: failed (${(error as Error).message.split('\n')[0]})\n`);
			} finally {
				await publisher?.close();
			}
		}
	} finally {
		await chromium.close();
		await skylark.close();
		tone.remove();

		process.stdout.write(
			`\nthe viewer opened the link once the publisher had encoded ${PUBLISHER_FRAMES} video frames\n`
		);
		process.stdout.write(`\n${' '.repeat(46)}    p50    p90    p99 (ms)\n`);
		process.stdout.write(
			`${row(
				'join → first remote video frame',
				runs.map((r) => r.video)
			)}\n`
		);
		process.stdout.write(
			`${row(
				'join → first remote audio played out',
				runs.map((r) => r.audio)
			)}\n`
		);
		process.stdout.write(
			`${row(
				'opening the link → first remote video frame',
				runs.map((r) => r.page)
			)}\n`
		);
		process.stdout.write('\nwhere the join → first frame time goes:\n');

		for (const [label, from, to] of STEPS) {
			process.stdout.write(
				`${row(
					`  ${label}`,
					runs.map((r) => Number(r.timeline[to]) - Number(r.timeline[from]))
				)}\n`
			);

			if (to === 'joinAnswered') {
				process.stdout.write(
					`${row(
						'    of which the server handling it',
						runs.map((r) => r.serverJoin)
					)}\n`
				);
			}
		}

		process.stdout.write(`\n${runs.length} of ${RUNS} runs completed\n`);
	}
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	}
);
