import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * FFmpeg lavfi sources for sync checks: black video with a white frame for
 * the first 100 ms of every second, and a 1 kHz beep over exactly those
 * 100 ms. A recording in sync shows each flash and its beep together.
 */
export const FLASH_AND_BEEP = [
	'-re',
	'-f',
	'lavfi',
	'-i',
	"color=c=black:s=320x240:r=30,drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='lt(mod(t,1),0.1)'",
	'-re',
	'-f',
	'lavfi',
	'-i',
	"aevalsrc='if(lt(mod(t,1),0.1),0.5*sin(2*PI*1000*t),0)':s=48000",
];

/** A plain coloured picture and a quiet tone: tells one participant's tile from another's in a composite. */
export function colorAndTone(color: string, hz = 440): string[] {
	return [
		'-re',
		'-f',
		'lavfi',
		'-i',
		`color=c=${color}:s=320x240:r=15`,
		'-re',
		'-f',
		'lavfi',
		'-i',
		`sine=frequency=${hz}:sample_rate=48000`,
	];
}

/**
 * Writes a mono WAV tone: a phone's microphone for baresip (8 kHz) or
 * Chromium's fake microphone (48 kHz, `--use-file-for-fake-audio-capture`,
 * which loops it). `bursts`: on 600 ms, off 400 ms, like speech;
 * dominant-speaker detection takes a steady tone for background noise after a while.
 */
export async function writeToneWav(
	file: string,
	options: { hz: number; sampleRate: number; seconds: number; bursts?: boolean }
): Promise<void> {
	const { hz, sampleRate, seconds } = options;
	const source = options.bursts
		? `aevalsrc='if(lt(mod(t,1),0.6),0.4*sin(2*PI*${hz}*t),0)':s=${sampleRate}:d=${seconds}`
		: `sine=frequency=${hz}:sample_rate=${sampleRate}:duration=${seconds}`;

	await run('ffmpeg', [
		'-hide_banner',
		'-loglevel',
		'error',
		'-y',
		'-f',
		'lavfi',
		'-i',
		source,
		'-ac',
		'1',
		file,
	]);
}

export interface IngestAnswer {
	ffmpegOutputArgs: string[];
}

export interface Sender {
	process: ChildProcess;
	stop(): Promise<void>;
}

/** Runs the FFmpeg sender an ingest answer describes, fed with FLASH_AND_BEEP or other inputs (audio is input 1). */
export function startPatternSender(ingest: IngestAnswer, inputs: string[] = FLASH_AND_BEEP): Sender {
	const outputs = ingest.ffmpegOutputArgs.map((arg) => (arg === '0:a:0' ? '1:a:0' : arg));

	return startSender([...inputs, ...outputs]);
}

/** An FFmpeg run with these arguments (quiet, no stdin), stopped by SIGKILL. */
export function startSender(args: string[]): Sender {
	const child = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', ...args], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});

	return {
		process: child,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGKILL');
				await once(child, 'exit');
			}
		},
	};
}

export interface ProbedFile {
	format: { format_name: string; duration: string };
	streams: { codec_type: string; codec_name: string; height?: number }[];
}

export async function probe(file: string): Promise<ProbedFile> {
	const { stdout } = await run('ffprobe', [
		'-v',
		'error',
		'-show_format',
		'-show_streams',
		'-of',
		'json',
		file,
	]);

	return JSON.parse(stdout) as ProbedFile;
}

/**
 * When each flash and each beep starts in a file (seconds on the file's
 * timeline), found by FFmpeg's blackdetect (a flash ends a black stretch)
 * and silencedetect (a beep ends a silence).
 */
export async function flashesAndBeeps(
	file: string,
	/** Only this part of the picture (a composite's tile), as FFmpeg's crop takes it: w:h:x:y. */
	crop?: string
): Promise<{ flashes: number[]; beeps: number[] }> {
	const { stderr } = await run('ffmpeg', [
		'-hide_banner',
		'-nostdin',
		'-i',
		file,
		'-af',
		'silencedetect=n=-30dB:d=0.3',
		'-vf',
		`${crop ? `crop=${crop},` : ''}blackdetect=d=0.3:pix_th=0.1`,
		'-f',
		'null',
		'-',
	]);
	const times = (pattern: RegExp) => [...stderr.matchAll(pattern)].map((m) => Number(m[1]));

	return { flashes: times(/black_end:([\d.]+)/g), beeps: times(/silence_end: ([\d.]+)/g) };
}

/** The mean colour (r, g, b) of a region of the picture at `seconds` into a file. */
export async function regionColor(
	file: string,
	seconds: number,
	region: { x: number; y: number; width: number; height: number }
): Promise<[number, number, number]> {
	const { stdout } = await promisify(execFile)(
		'ffmpeg',
		[
			'-hide_banner',
			'-loglevel',
			'error',
			'-ss',
			String(seconds),
			'-i',
			file,
			'-frames:v',
			'1',
			'-vf',
			`crop=${region.width}:${region.height}:${region.x}:${region.y},scale=1:1:flags=area`,
			'-f',
			'rawvideo',
			'-pix_fmt',
			'rgb24',
			'-',
		],
		{ encoding: 'buffer' }
	);

	return [stdout[0]!, stdout[1]!, stdout[2]!];
}

/** Mean and peak level of an audio file in dBFS (FFmpeg's volumedetect). */
export async function audioLevel(file: string): Promise<{ mean: number; max: number }> {
	const { stderr } = await run('ffmpeg', [
		'-hide_banner',
		'-nostdin',
		'-i',
		file,
		'-af',
		'volumedetect',
		'-f',
		'null',
		'-',
	]);
	const read = (name: string) =>
		Number(new RegExp(`${name}: (-?[\\d.]+|-inf) dB`).exec(stderr)?.[1] ?? -Infinity);

	return { mean: read('mean_volume'), max: read('max_volume') };
}
