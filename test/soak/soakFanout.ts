/**
 * The soak's webinar fan-out: one webinar after another, each a run of the
 * load tool (its own process) with a plain-RTP presenter sending audio and
 * 1 Mbit/s of video to `viewers` SRTP plain-transport subscribers for
 * WEBINAR_SECONDS. This is what drives the workers in the soak (forwarding
 * is where a production node spends its CPU); a webinar also opens and
 * closes a room of hundreds of peers each time. The load tool's subscribers
 * do not rebuild after a worker dies, so a webinar hit by the soak's worker
 * kill goes quiet until the next one starts.
 */
import { spawn } from 'node:child_process';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';

const WEBINAR_SECONDS = 240;
/** Subscribers joining per second: a few seconds of ramp per webinar. */
const RAMP_PER_SECOND = 100;
/** Bounds the loop besides the deadline. */
const MAX_WEBINARS = 1000;

/** One webinar as the load tool reported it; times are performance.now(). */
export interface Webinar {
	room: string;
	from: number;
	to: number;
	/** Its final and steady summaries, for the soak's events. */
	summaries: string[];
	/** Subscribers connected at the end, and their loss after the ramp; absent when the tool failed. */
	subscribers?: number;
	steadyLossPercent?: number;
	failure?: string;
}

function runWebinar(url: string, room: string, viewers: number, seconds: number): Promise<string[]> {
	const script = new URL('../load/loadtest.ts', import.meta.url).pathname;
	const args = [
		...['--url', url, '--room', room, '--publishers', '1', '--subscribers', String(viewers)],
		...['--mode', 'plain', '--ramp', String(RAMP_PER_SECOND), '--duration', String(seconds)],
		...['--auth-secret', TEST_AUTH_SECRET],
	];
	const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let out = '';
	let err = '';

	child.stdout.on('data', (chunk: Buffer) => (out = (out + chunk.toString()).slice(-4000)));
	child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));

	return new Promise((resolve, reject) =>
		child.once('exit', (code) => {
			if (code === 0) {
				resolve(out.split('\n').filter((line) => /^(final|steady):/.test(line)));
			} else {
				reject(new Error(`webinar ${room}: the load tool exited with ${code}: ${err.trim()}`));
			}
		})
	);
}

/** Webinars one after another until `seconds` have passed. */
export async function runFanout(url: string, viewers: number, seconds: number): Promise<Webinar[]> {
	const deadline = performance.now() + seconds * 1000;
	const webinars: Webinar[] = [];
	// Time for the ramp, so each webinar ends by the deadline.
	const ramp = Math.ceil(viewers / RAMP_PER_SECOND) + 2;

	for (let n = 0; n < MAX_WEBINARS; n++) {
		const left = Math.floor((deadline - performance.now()) / 1000) - ramp;

		if (left < 10) {
			break;
		}

		const webinar: Webinar = { room: `soak-webinar-${n}`, from: performance.now(), to: 0, summaries: [] };

		webinars.push(webinar);

		try {
			const lines = await runWebinar(url, webinar.room, viewers, Math.min(WEBINAR_SECONDS, left));
			const steady = lines.find((line) => line.startsWith('steady:')) ?? '';

			webinar.summaries = lines.map((line) => `${webinar.room}: ${line}`);
			webinar.subscribers = Number(/subscribers=(\d+)/.exec(steady)?.[1] ?? NaN);
			webinar.steadyLossPercent = Number(/loss=([\d.]+)%/.exec(steady)?.[1] ?? NaN);
		} catch (error) {
			webinar.failure = (error as Error).message;
		}

		webinar.to = performance.now();
	}

	return webinars;
}
