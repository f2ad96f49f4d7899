import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { RecorderCommand } from './recorderCommand.js';
import { boundUdpPorts } from './udpPorts.js';

const STDERR_LINES = 20;
const READY_POLL_MS = 50;

/**
 * Which of the process's standard streams are pipes to Skylark (stderr
 * always is). Egress feeds its encoder raw pictures on stdin and audio on
 * fd 3, and reads the encoded stream from stdout.
 */
export interface ProcessPipes {
	stdin?: boolean;
	stdout?: boolean;
	fd3?: boolean;
	/** Called with every line the process writes to stderr. */
	onStderrLine?: (line: string) => void;
}

export interface RecorderExit {
	code: number | null;
	signal: NodeJS.Signals | null;
	/** Skylark asked it to stop (SIGINT); otherwise it died or gave up on its own. */
	requested: boolean;
	/** The last lines it wrote to stderr: where FFmpeg and GStreamer say what went wrong. */
	stderr: string;
}

/**
 * One FFmpeg or gst-launch process. Ready once it has bound every port it
 * receives on (so no packet, and no requested keyframe, goes to a closed
 * port); stopped with SIGINT, on which both finalise their output file, then
 * SIGKILL if that takes too long.
 */
export class RecorderProcess {
	readonly command: RecorderCommand;
	readonly exited: Promise<RecorderExit>;
	readonly #child: ChildProcess;
	readonly #stderr: string[] = [];
	#stopRequested = false;

	constructor(command: RecorderCommand, pipes: ProcessPipes = {}) {
		const pipe = (on?: boolean): 'pipe' | 'ignore' => (on ? 'pipe' : 'ignore');

		this.command = command;
		this.#child = spawn(command.bin, command.args, {
			stdio: [pipe(pipes.stdin), pipe(pipes.stdout), 'pipe', ...(pipes.fd3 ? ['pipe' as const] : [])],
		});
		this.#child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
			const lines = chunk.split('\n').filter((line) => line.trim());

			lines.forEach((line) => pipes.onStderrLine?.(line));
			this.#stderr.push(...lines);
			this.#stderr.splice(0, Math.max(0, this.#stderr.length - STDERR_LINES));
		});

		const spawnError = once(this.#child, 'error').then(([error]) => ({
			code: null,
			signal: null,
			requested: false,
			stderr: `cannot run ${command.bin}: ${(error as Error).message}`,
		}));
		const exit = once(this.#child, 'exit').then(([code, signal]) => ({
			code: code as number | null,
			signal: signal as NodeJS.Signals | null,
			requested: this.#stopRequested,
			stderr: this.#stderr.join('\n'),
		}));

		this.exited = Promise.race([spawnError, exit]);
	}

	get pid(): number | undefined {
		return this.#child.pid;
	}

	get stdin(): Writable | null {
		return this.#child.stdin;
	}

	get stdout(): Readable | null {
		return this.#child.stdout;
	}

	get fd3(): Writable | undefined {
		return (this.#child.stdio[3] as Writable | null | undefined) ?? undefined;
	}

	/** The last lines it wrote to stderr, as they are now. */
	get stderr(): string {
		return this.#stderr.join('\n');
	}

	/** Resolves once the process listens on every port, rejects if it exits first or takes too long. */
	async ready(ports: readonly number[], timeoutMs = 10_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		let exited: RecorderExit | undefined;

		void this.exited.then((e) => (exited = e));

		for (;;) {
			if (exited) {
				throw new Error(`${this.command.bin} exited before it was ready: ${describeExit(exited)}`);
			}

			const bound = await boundUdpPorts();

			if (ports.every((port) => bound.has(port))) {
				return;
			}

			if (Date.now() > deadline) {
				this.kill();
				throw new Error(`${this.command.bin} did not open its ports within ${timeoutMs} ms`);
			}

			await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
		}
	}

	/** Asks the recorder to finish its file and exit; kills it after `timeoutMs`. */
	async stop(timeoutMs = 10_000): Promise<RecorderExit> {
		this.#stopRequested = true;
		this.#child.kill('SIGINT');

		const timer = setTimeout(() => this.kill(), timeoutMs);

		try {
			return await this.exited;
		} finally {
			clearTimeout(timer);
		}
	}

	kill(): void {
		this.#child.kill('SIGKILL');
	}
}

/** One line on why a recorder ended: its exit and the last thing it said. */
export function describeExit(exit: RecorderExit): string {
	const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
	const said = exit.stderr.split('\n').filter(Boolean).slice(-3).join(' | ');

	return said ? `${how}: ${said}` : how;
}
