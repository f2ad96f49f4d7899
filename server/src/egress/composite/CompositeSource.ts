import { finished } from 'node:stream/promises';
import type { Logger } from '../../logging/logger.js';
import { describeExit, RecorderProcess } from '../../recording/RecorderProcess.js';
import { encoderCommand, type EncoderSettings } from '../egressCommands.js';
import { TsSource } from '../TsSource.js';
import { Compositor, type CompositorOptions } from './Compositor.js';

/** Two seconds of pictures waiting in the encoder's pipe means it cannot keep up: ticks are dropped, audio and video alike. */
const MAX_QUEUED_SECONDS = 2;
/** How long the encoder may take to flush its last frames. */
const FINISH_TIMEOUT_MS = 10_000;

/**
 * A room composed and encoded: the compositor's pictures and mixed audio go
 * to one FFmpeg (libx264 + AAC), whose MPEG-TS is this source's stream. The
 * encoder lives as long as the egress; layout changes happen upstream of it,
 * so outputs see one continuous stream.
 */
export class CompositeSource extends TsSource {
	readonly compositor: Compositor;
	readonly #settings: EncoderSettings;
	readonly #logger: Logger;
	#encoder?: RecorderProcess;
	#stopping = false;
	droppedFrames = 0;

	constructor(options: Omit<CompositorOptions, 'size' | 'fps'> & { encoder: EncoderSettings }) {
		super();
		this.#settings = options.encoder;
		this.#logger = options.logger;
		this.compositor = new Compositor({
			...options,
			size: options.encoder.size,
			fps: options.encoder.fps,
		});
	}

	get encoderPid(): number | undefined {
		return this.#encoder?.pid;
	}

	async start(): Promise<void> {
		const encoder = new RecorderProcess(encoderCommand(this.#settings), {
			stdin: true,
			stdout: true,
			fd3: true,
		});

		this.#encoder = encoder;
		encoder.stdin!.on('error', () => undefined);
		encoder.fd3!.on('error', () => undefined);
		encoder.stdout!.on('data', (data: Buffer) => this.forward(data));
		void encoder.exited.then((exit) => {
			if (!this.#stopping) {
				this.compositor.close();
				this.safeEmit('failed', `the encoder stopped (${describeExit(exit)})`);
			}
		});
		this.compositor.on('frame', (picture, pcm) => this.#write(picture, pcm));
		this.compositor.start();
	}

	async stop(): Promise<void> {
		if (this.#stopping) {
			return;
		}

		this.#stopping = true;
		this.compositor.close();

		const encoder = this.#encoder;

		if (!encoder) {
			return;
		}

		encoder.stdin!.end();
		encoder.fd3!.end();

		const timer = setTimeout(() => encoder.kill(), FINISH_TIMEOUT_MS);

		// Its last packets may still be in the pipe when it exits.
		await Promise.all([encoder.exited, finished(encoder.stdout!).catch(() => undefined)]);
		clearTimeout(timer);
	}

	/** One tick to the encoder: a picture and its audio together, or neither, so they stay in step. */
	#write(picture: Buffer, pcm: Buffer): void {
		const encoder = this.#encoder;

		if (!encoder || this.#stopping) {
			return;
		}

		if (encoder.stdin!.writableLength > picture.length * this.#settings.fps * MAX_QUEUED_SECONDS) {
			if (this.droppedFrames++ % 30 === 0) {
				this.#logger.warn('egress encoder falls behind real time: dropping frames', {
					dropped: this.droppedFrames,
				});
			}

			this.compositor.releaseFrame(picture);

			return;
		}

		encoder.stdin!.write(picture, () => this.compositor.releaseFrame(picture));
		encoder.fd3!.write(pcm);
	}
}
