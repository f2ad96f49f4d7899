/**
 * `npm run bench:egress`: what a composed egress costs and how late it is.
 *
 * 1. CPU per composite output, at 720p30 and 1080p30: a 3-participant room
 *    (three moving test pictures, 640x360, sent from pre-encoded clips so
 *    the senders cost next to nothing) composed in a grid and pushed to a
 *    loopback nginx-rtmp, measured over BENCH_SECONDS (default 20) from
 *    /proc: the encoder, the decoders, the RTMP output, and the Node
 *    process (which runs the compositor and the mixer).
 * 2. End-to-end delay over BENCH_DELAY_SECONDS (default 60): a live source
 *    flashing on an irregular pattern; its flashes are seen by an FFmpeg
 *    reading the sender's own pictures, and again by an FFmpeg playing the
 *    RTMP stream from nginx and by hls.js playing the HLS output in
 *    Chromium; each delay is far-end time minus source time, on one clock.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Skylark } from '../../server/src/Skylark.js';
import type { CompositeSource } from '../../server/src/egress/composite/CompositeSource.js';
import { adminClient } from '../helpers/adminClient.js';
import { launchChromium } from '../helpers/browser.js';
import { playHls } from '../helpers/hlsPlayer.js';
import { startSender, type Sender } from '../helpers/mediaFiles.js';
import { startRtmpServer } from '../helpers/rtmpServer.js';
import { startTestServer } from '../helpers/server.js';
import { ffmpegSenderArgs } from '../../server/src/ingest/senderExample.js';
import { egressUntil, ingest, type EgressView, type IngestView } from '../egress/egressHelpers.js';
import { delays, PATTERNED_FLASHES, watchFlashes } from './egressFlashes.js';
import { cpuSeconds, machineCpu, percentile } from './procStats.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Half the seconds of the flash pattern flash: a minute gives some 25 flashes past the players' start-up. */
const DELAY_SECONDS = Number(process.env.BENCH_DELAY_SECONDS ?? 60);
const KEY = 'bench-egress-admin-key-01';

type Api = ReturnType<typeof adminClient>;

const CLIP_SECONDS = 10;

/**
 * A camera-like participant: FFmpeg's moving test picture (640x360, 30 fps)
 * and a tone. Flat colours would let x264 idle far below the bitrate asked
 * for; a moving picture makes it spend what a real room makes it spend.
 */
const movingPicture = (hz: number) => [
	...['-f', 'lavfi', '-i', 'testsrc2=s=640x360:r=30'],
	...['-f', 'lavfi', '-i', `sine=frequency=${hz}:sample_rate=48000`],
];

/**
 * A participant's media encoded once (VP8 + Opus, as the ingest sender would)
 * into a WebM clip: sent in a loop without encoding, three participants cost
 * next to nothing, where three live encoders would take a third of this
 * machine from the egress being measured.
 */
async function encodeClip(inputs: readonly string[], file: string): Promise<string> {
	const encoding = startSender([
		...inputs.filter((arg) => arg !== '-re'),
		'-t',
		String(CLIP_SECONDS),
		...['-map', '0:v', '-map', '1:a', '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8'],
		...[
			'-b:v',
			'1M',
			'-g',
			'15',
			'-c:a',
			'libopus',
			'-ar',
			'48000',
			'-ac',
			'2',
			'-b:a',
			'96k',
			'-y',
			file,
		],
	]);
	const [code] = (await once(encoding.process, 'exit')) as [number | null];

	if (code !== 0) {
		throw new Error(`encoding ${file} failed (exit ${code})`);
	}

	return file;
}

/** Sends a clip from encodeClip to an ingest, looped at its own pace and copied. */
const clipSender = (clip: string) => (view: IngestView) =>
	startSender(['-stream_loop', '-1', '-re', '-i', clip, ...ffmpegSenderArgs(view.tracks, { copy: true })]);

/** CPU used by each part of an egress over `seconds`, in % of one core; and how busy the whole machine was. */
async function measureCpu(server: Skylark, egressId: string, seconds: number) {
	const egress = server.egresses.get(egressId)!;
	const source = egress.source as CompositeSource;
	const parts = () => ({
		encoder: [source.encoderPid!],
		decoders: source.compositor.decoderPids,
		'RTMP output': egress.outputs.map((o) => o.pid!).filter(Boolean),
		'Node (compositor, mixer and the rest of Skylark)': [process.pid],
	});
	const read = () =>
		Object.fromEntries(
			Object.entries(parts()).map(([name, pids]) => [
				name,
				pids.reduce((sum, pid) => sum + (fs.existsSync(`/proc/${pid}`) ? cpuSeconds(pid) : 0), 0),
			])
		);
	const before = read();
	const machineBefore = machineCpu();

	await sleep(seconds * 1000);

	const after = read();
	const machineAfter = machineCpu();

	return {
		parts: Object.fromEntries(
			Object.keys(after).map((name) => [name, ((after[name]! - before[name]!) / seconds) * 100])
		),
		machineBusy: (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total),
	};
}

async function cpuPerOutput(server: Skylark, api: Api, rtmpUrl: string): Promise<void> {
	for (const resolution of ['1280x720', '1920x1080']) {
		const started = (
			await api<EgressView>('/rooms/bench/egress', 'POST', {
				kind: 'rtmp',
				url: `${rtmpUrl}/cpu-${resolution}`,
				layout: 'grid',
				resolution,
				fps: 30,
				videoBitrateKbps: resolution === '1280x720' ? 3000 : 6000,
			})
		).body;

		await egressUntil(
			api,
			'bench',
			started.id,
			(v) => v.tiles.length === 3 && v.tiles.every((t) => t.showing),
			'tiles',
			20_000
		);

		const before = (await api<EgressView>(`/rooms/bench/egress/${started.id}`)).body;
		const { parts, machineBusy } = await measureCpu(server, started.id, SECONDS);
		const view = (await api<EgressView>(`/rooms/bench/egress/${started.id}`)).body;
		const total = Object.values(parts).reduce((a, b) => a + b, 0);

		process.stdout.write(
			`${resolution}@30, 3 tiles, 1 RTMP output: ${total.toFixed(0)}% of a core in all ` +
				`(${Object.entries(parts)
					.map(([name, pct]) => `${name} ${pct.toFixed(0)}%`)
					.join(', ')}); ` +
				`${(view.bitrate / 1000).toFixed(0)} kbit/s, output ${view.outputs[0]!.state}, ` +
				`frames dropped while measured ${(view.droppedFrames ?? 0) - (before.droppedFrames ?? 0)}, ` +
				`machine ${(machineBusy * 100).toFixed(0)}% busy\n`
		);
		await api(`/rooms/bench/egress/${started.id}`, 'DELETE');
	}
}

async function delay(server: Skylark, api: Api, rtmpUrl: string): Promise<void> {
	const ingestAnswer = (
		await api<{ peerId: string; ffmpegOutputArgs: string[] }>('/rooms/delay/ingest', 'POST', {
			name: 'flash',
			audio: 'opus',
			video: 'vp8',
		})
	).body;
	const sourceFlashes: number[] = [];
	const rtmpFlashes: number[] = [];
	const hlsFlashes: number[] = [];
	// The sender also shows its own pictures to a local watcher: the flashes' source times.
	const outputs = ingestAnswer.ffmpegOutputArgs.map((arg) => (arg === '0:a:0' ? '1:a:0' : arg));
	const sender = spawn(
		'ffmpeg',
		[
			'-hide_banner',
			'-loglevel',
			'error',
			'-nostdin',
			...PATTERNED_FLASHES,
			...outputs,
			'-map',
			'0:v',
			'-vf',
			'scale=16:12,format=gray',
			'-f',
			'rawvideo',
			'pipe:1',
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	const watcher = watchFlashes(
		['-f', 'rawvideo', '-pix_fmt', 'gray', '-s', '16x12', '-i', 'pipe:0'],
		(at) => sourceFlashes.push(at),
		sender.stdout!
	);

	const started = (
		await api<EgressView>('/rooms/delay/egress', 'POST', {
			layout: 'single',
			resolution: '1280x720',
			outputs: [
				{ kind: 'rtmp', url: `${rtmpUrl}/delay` },
				{ kind: 'hls', segmentSeconds: 1 },
			],
		})
	).body;

	await egressUntil(
		api,
		'delay',
		started.id,
		(v) => v.outputs.every((o) => o.state === 'active'),
		'active',
		20_000
	);

	const player = watchFlashes(
		['-fflags', 'nobuffer', '-flags', 'low_delay', '-i', `${rtmpUrl}/delay`],
		(at) => rtmpFlashes.push(at)
	);
	const chromium = await launchChromium();
	const page = await chromium.context.newPage();

	await page.exposeFunction('flashSeen', (at: number) => hlsFlashes.push(at));
	await playHls(page, server.url, started.signedPlaylistUrl!);
	await page.evaluate(`(() => {
		const video = document.querySelector('video');
		const canvas = document.createElement('canvas');
		canvas.width = 16; canvas.height = 9;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		let bright = false;
		const onFrame = () => {
			context.drawImage(video, 0, 0, 16, 9);
			const pixels = context.getImageData(0, 0, 16, 9).data;
			let sum = 0;
			for (let i = 0; i < pixels.length; i += 4) sum += pixels[i];
			const now = bright;
			bright = sum / (pixels.length / 4) > 100;
			if (bright && !now) window.flashSeen(Date.now());
			video.requestVideoFrameCallback(onFrame);
		};
		video.requestVideoFrameCallback(onFrame);
	})()`);
	await sleep(DELAY_SECONDS * 1000);

	const show = (name: string, seen: number[]) => {
		// The first flashes after a player starts come out of its start-up buffer: not steady state.
		const sorted = delays(sourceFlashes, seen)
			.slice(2)
			.sort((a, b) => a - b);

		process.stdout.write(
			`delay to ${name}: p50 ${percentile(sorted, 50).toFixed(0)} ms, ` +
				`min ${(sorted[0] ?? NaN).toFixed(0)} ms, max ${(sorted[sorted.length - 1] ?? NaN).toFixed(0)} ms ` +
				`(${sorted.length} flashes; ${seen.length} seen, ${sourceFlashes.length} sent)\n`
		);
	};

	show('RTMP (FFmpeg playing from nginx-rtmp)', rtmpFlashes);
	show('HLS, 1 s segments (hls.js defaults in Chromium)', hlsFlashes);
	player.kill('SIGKILL');
	sender.kill('SIGKILL');
	watcher.kill('SIGKILL');
	await chromium.close();
	await api(`/rooms/delay/egress/${started.id}`, 'DELETE');
}

async function main(): Promise<void> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-bench-egress-'));
	const server = await startTestServer({
		ADMIN_API_KEY: KEY,
		RECORDING_DIR: path.join(dir, 'recordings'),
		EGRESS_HLS_DIR: path.join(dir, 'hls'),
	});
	const api = adminClient(server.url, KEY);
	const rtmp = await startRtmpServer();
	const senders: Sender[] = [];

	process.stdout.write(
		`bench:egress on ${os.cpus().length} × ${os.cpus()[0]?.model}, ${new Date().toISOString()}, ${SECONDS} s per CPU step, ${DELAY_SECONDS} s of delays\n`
	);

	try {
		for (const [name, hz] of [
			['alice', 440],
			['bob', 550],
			['carol', 660],
		] as const) {
			const clip = await encodeClip(movingPicture(hz), path.join(dir, `${name}.webm`));

			senders.push((await ingest(server, api, 'bench', { name, send: clipSender(clip) })).sender);
		}

		await cpuPerOutput(server, api, rtmp.url);
		await Promise.all(senders.splice(0).map((s) => s.stop()));
		await delay(server, api, rtmp.url);
	} finally {
		await Promise.all(senders.map((s) => s.stop()));
		await server.close();
		await rtmp.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error: Error) => {
	process.stderr.write(`${error.stack ?? error.message}\n`);
	process.exit(1);
});
