import * as mediasoup from 'mediasoup';
import type { Logger } from '../../logging/logger.js';
import type { RecorderCommand } from '../../recording/recorderCommand.js';
import { describeExit, RecorderProcess, type RecorderExit } from '../../recording/RecorderProcess.js';
import { firstPacketIn, type TsChunk } from './TsFeed.js';

export type OutputState = 'starting' | 'active' | 'retrying' | 'failed' | 'ended';

export type EgressOutputEvents = {
	/** The state changed (or, while retrying, the error did). */
	state: [OutputState];
};

export interface RetryPolicy {
	/** Restarts after the first failure; 0 fails at once. */
	retries: number;
	/** First wait; each next one doubles, up to `maxDelayMs`. */
	baseDelayMs: number;
	maxDelayMs: number;
	/** Up this long, a connection counts as good again: the next drop starts the retries over. */
	healthyAfterMs: number;
}

export const NO_RETRY: RetryPolicy = { retries: 0, baseDelayMs: 0, maxDelayMs: 0, healthyAfterMs: 0 };

/** More than this waiting in an output's pipe means it stopped reading (a stalled server): it is restarted. */
const MAX_BACKLOG_BYTES = 8 * 1024 * 1024;
/** How long an output may take to finish (trailer, ENDLIST, RTMP close) when stopped. */
const FINISH_TIMEOUT_MS = 10_000;

/**
 * One destination of an egress: an FFmpeg that copies the encoded stream
 * into RTMP, HLS or a file. It reads MPEG-TS on stdin; ending stdin makes
 * FFmpeg finish cleanly (the file's index, HLS's #EXT-X-ENDLIST, RTMP's
 * end of stream). An output that dies is restarted with backoff when its
 * policy allows (RTMP), else it fails; either way the others go on.
 */
export class EgressOutput extends mediasoup.extras.EnhancedEventEmitter<EgressOutputEvents> {
	readonly type: 'rtmp' | 'hls' | 'file';
	/** What the admin API shows as the destination (an RTMP URL without its stream key). */
	readonly target: string;
	state: OutputState = 'starting';
	error?: string;
	attempts = 0;
	bytes = 0;
	readonly #command: RecorderCommand;
	readonly #retry: RetryPolicy;
	readonly #logger: Logger;
	#process?: RecorderProcess;
	/** Whether this run of the process has been given its first whole TS packet. */
	#aligned = false;
	#startedAt = 0;
	#retryTimer?: NodeJS.Timeout;
	#stopping = false;

	constructor(options: {
		type: EgressOutput['type'];
		target: string;
		command: RecorderCommand;
		retry: RetryPolicy;
		logger: Logger;
	}) {
		super();
		this.type = options.type;
		this.target = options.target;
		this.#command = options.command;
		this.#retry = options.retry;
		this.#logger = options.logger.child({ output: options.type, target: options.target });
	}

	get pid(): number | undefined {
		return this.#process?.pid;
	}

	get running(): boolean {
		return this.state === 'starting' || this.state === 'active' || this.state === 'retrying';
	}

	start(): void {
		this.attempts++;
		this.#aligned = false;
		this.#startedAt = Date.now();

		const process = new RecorderProcess(this.#command, {
			stdin: true,
			onStderrLine: (line) => {
				// FFmpeg prints the output's description once its header is written: the server took the stream.
				if (/^Output #0/.test(line) && this.#process === process) {
					this.#setState('active');
				}
			},
		});

		this.#process = process;
		// A process that died leaves a closed pipe: writes then fail, which its exit already reports.
		process.stdin!.on('error', () => undefined);
		void process.exited.then((exit) => this.#exited(process, exit));
	}

	/** Passes the encoded stream on; a fresh process starts at a packet boundary. */
	write(chunk: TsChunk): void {
		const stdin = this.#process?.stdin;

		if (!stdin || !stdin.writable || this.#stopping) {
			return;
		}

		let data = chunk.data;

		if (!this.#aligned) {
			const at = firstPacketIn(chunk);

			if (at < 0) {
				return;
			}

			data = data.subarray(at);
			this.#aligned = true;
		}

		if (stdin.writableLength > MAX_BACKLOG_BYTES) {
			this.#logger.warn('egress output stopped reading; restarting it');
			this.#process?.kill();

			return;
		}

		this.bytes += data.length;
		stdin.write(data);
	}

	/** Finishes cleanly: FFmpeg reads to the end of its input, then writes its trailer. */
	async stop(): Promise<void> {
		this.#stopping = true;
		clearTimeout(this.#retryTimer);

		const process = this.#process;

		// Stopped while waiting to retry: nothing runs, and the last error stays shown.
		if (!process || !this.running || this.state === 'retrying') {
			this.#setState(this.state === 'failed' ? 'failed' : 'ended');

			return;
		}

		process.stdin?.end();

		const timer = setTimeout(() => process.kill(), FINISH_TIMEOUT_MS);
		const exit = await process.exited;

		clearTimeout(timer);

		if (this.state !== 'failed') {
			const clean = exit.code === 0 && this.bytes > 0;

			this.error ??= clean
				? undefined
				: this.bytes === 0
					? 'stopped before any media reached it'
					: `did not finish cleanly (${describeExit(exit)})`;
			this.#setState(clean ? 'ended' : 'failed');
		}
	}

	#exited(process: RecorderProcess, exit: RecorderExit): void {
		if (this.#stopping || process !== this.#process) {
			return;
		}

		const reason = describeExit(exit);
		const healthy = this.state === 'active' && Date.now() - this.#startedAt >= this.#retry.healthyAfterMs;

		if (healthy) {
			this.attempts = 1;
		}

		this.error = reason;

		if (this.attempts > this.#retry.retries) {
			this.#logger.error('egress output failed', { error: reason, attempts: this.attempts });
			this.#setState('failed');

			return;
		}

		const delay = Math.min(this.#retry.maxDelayMs, this.#retry.baseDelayMs * 2 ** (this.attempts - 1));

		this.#logger.warn('egress output dropped; retrying', {
			error: reason,
			attempt: this.attempts,
			delay,
		});
		this.#setState('retrying');
		this.#retryTimer = setTimeout(() => this.start(), delay);
	}

	#setState(state: OutputState): void {
		if (state === this.state && state !== 'retrying') {
			return;
		}

		this.state = state;
		this.safeEmit('state', state);
	}
}
