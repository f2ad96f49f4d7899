import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';

/** Picture size the flash detectors decode to: enough to tell a white frame from a black one. */
const WIDTH = 16;
const HEIGHT = 12;

/**
 * Which whole seconds flash: a 31-long maximal-length sequence (LFSR x⁵+x³+1)
 * as the bits of one number. A regular flash every second cannot tell a delay
 * of 0.4 s from one of 3.4 s (HLS is seconds late); this pattern matches
 * itself at one shift in 31 s only, so the delay is found without ambiguity.
 */
const PATTERN_BITS = 784846113;
const PATTERN_SECONDS = 31;
const FLASHING = `lt(mod(t,1),0.1)*mod(floor(${PATTERN_BITS}/pow(2,mod(floor(t),${PATTERN_SECONDS}))),2)`;

/** FFmpeg inputs like FLASH_AND_BEEP (video, then audio), flashing and beeping on the pattern's seconds. */
export const PATTERNED_FLASHES = [
	'-re',
	'-f',
	'lavfi',
	'-i',
	`color=c=black:s=320x240:r=30,drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='${FLASHING}'`,
	'-re',
	'-f',
	'lavfi',
	'-i',
	`aevalsrc='if(${FLASHING},0.5*sin(2*PI*1000*t),0)':s=48000`,
];

/**
 * Reads an FFmpeg that writes tiny grey frames to stdout and calls `onFlash`
 * with Date.now() whenever the picture turns bright (a flash starts). Used at
 * both ends of the egress path, on the same clock. `input` feeds its stdin.
 */
export function watchFlashes(args: string[], onFlash: (at: number) => void, input?: Readable): ChildProcess {
	const child = spawn(
		'ffmpeg',
		[
			'-hide_banner',
			'-loglevel',
			'error',
			'-nostdin',
			...args,
			'-vf',
			`scale=${WIDTH}:${HEIGHT},format=gray`,
			'-f',
			'rawvideo',
			'pipe:1',
		],
		{ stdio: [input ? 'pipe' : 'ignore', 'pipe', 'inherit'] }
	);
	const frame = WIDTH * HEIGHT;
	let pending = Buffer.alloc(0);
	let bright = false;

	child.stdout!.on('data', (chunk: Buffer) => {
		pending = Buffer.concat([pending, chunk]);

		while (pending.length >= frame) {
			const mean = pending.subarray(0, frame).reduce((sum, v) => sum + v, 0) / frame;

			pending = pending.subarray(frame);

			if (!bright && mean > 100) {
				onFlash(Date.now());
			}

			bright = mean > 100;
		}
	});

	if (input) {
		// The watcher may be stopped before its input.
		child.stdin!.on('error', () => undefined);
		input.pipe(child.stdin!);
	}

	return child;
}

/** Width of the bins candidate delays are counted in, and how far one flash may stray from the winner. */
const BIN_MS = 100;
const TOLERANCE_MS = 400;

/**
 * Delay of each flash seen at the far end after its own flash at the source
 * (ms). Every (received − source) difference under PATTERN_SECONDS votes for
 * a delay; the most voted one wins (the pattern agrees with itself at one
 * shift only), and each received flash is paired with the source flash
 * nearest that delay.
 */
export function delays(source: number[], received: number[]): number[] {
	const votes = new Map<number, number>();

	for (const r of received) {
		for (const s of source) {
			const d = r - s;

			if (d >= 0 && d < PATTERN_SECONDS * 1000) {
				const bin = Math.round(d / BIN_MS);

				votes.set(bin, (votes.get(bin) ?? 0) + 1);
			}
		}
	}

	// Neighbouring bins count too: one delay's jitter spreads over two or three.
	const support = (bin: number) =>
		(votes.get(bin - 1) ?? 0) + (votes.get(bin) ?? 0) + (votes.get(bin + 1) ?? 0);
	const best = [...votes.keys()].reduce<number | undefined>(
		(winner, bin) => (winner === undefined || support(bin) > support(winner) ? bin : winner),
		undefined
	);

	if (best === undefined) {
		return [];
	}

	return received
		.map((r) => {
			const nearest = source.reduce(
				(a, s) => (Math.abs(r - s - best * BIN_MS) < Math.abs(r - a - best * BIN_MS) ? s : a),
				-Infinity
			);

			return r - nearest;
		})
		.filter((d) => Math.abs(d - best * BIN_MS) <= TOLERANCE_MS);
}
