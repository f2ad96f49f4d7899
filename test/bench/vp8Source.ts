/**
 * The fan-out benches' source: one VP8 clip at ~1 Mbps, encoded once by
 * FFmpeg per run (never committed), then replayed without re-encoding as
 * plain RTP, at its own pace and in a loop, to whichever SFU is measured.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as path from 'node:path';
import { run } from '../../server/worker-build/exec.js';

const SECONDS = 10;
const KBPS = 1000;

/** Encodes FFmpeg's moving test picture (640x360, 30 fps, a keyframe each second) to `dir`/clip.webm. */
export async function encodeVp8Clip(dir: string): Promise<string> {
	const clip = path.join(dir, 'clip.webm');
	const rate = `${KBPS}k`;
	const result = await run(
		'ffmpeg',
		[
			...['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'],
			...['-f', 'lavfi', '-i', `testsrc2=size=640x360:rate=30:duration=${SECONDS}`],
			...['-c:v', 'libvpx', '-b:v', rate, '-minrate', rate, '-maxrate', rate, '-bufsize', rate],
			...['-g', '30', '-deadline', 'realtime', '-cpu-used', '8', '-an', clip],
		],
		{ timeoutMs: 120_000 }
	);

	if (result.code !== 0) {
		throw new Error(`ffmpeg could not encode the bench clip: ${result.stderr}`);
	}

	return clip;
}

export interface RtpTarget {
	ip: string;
	port: number;
	payloadType: number;
	ssrc: number;
}

export interface Vp8Sender {
	stop(): Promise<void>;
}

/** Sends the clip as RTP (copied, looped, at real time) until stopped. */
export function sendVp8Clip(clip: string, target: RtpTarget): Vp8Sender {
	const child: ChildProcess = spawn(
		'ffmpeg',
		[
			...['-hide_banner', '-loglevel', 'error', '-nostdin'],
			...['-re', '-stream_loop', '-1', '-i', clip],
			...['-c:v', 'copy', '-an', '-f', 'rtp', '-payload_type', String(target.payloadType)],
			...['-ssrc', String(target.ssrc), `rtp://${target.ip}:${target.port}?pkt_size=1200`],
		],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const exited = once(child, 'exit');

	return {
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGKILL');
				await exited;
			}
		},
	};
}
