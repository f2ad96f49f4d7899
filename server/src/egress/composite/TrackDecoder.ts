import * as fs from 'node:fs/promises';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { Logger } from '../../logging/logger.js';
import { connectPlainLink, openPlainLink, type PlainLink } from '../../recording/plainLink.js';
import { recordedStream, recorderSdp } from '../../recording/recordedStreams.js';
import { describeExit, RecorderProcess } from '../../recording/RecorderProcess.js';
import { audioDecoderCommand, videoDecoderCommand } from '../egressCommands.js';
import { BufferPool } from './BufferPool.js';
import { yuv420Bytes } from './Canvas.js';
import type { Size } from './layout.js';

export type TrackDecoderEvents = {
	/** A decoded picture of the tile's size (video), with when it arrived (performance.now()). */
	picture: [picture: Buffer, at: number];
	/** Decoded audio, whole samples only, with when it arrived (performance.now()). */
	pcm: [pcm: Buffer, at: number];
	/** The decoder ended without being asked (its track is gone, or FFmpeg died). */
	ended: [reason: string];
};

export interface TrackDecoderOptions {
	producer: types.Producer;
	router: types.Router;
	/** Video only: the tile the pictures are scaled to. */
	tile?: Size;
	/** Where its SDP file goes (without extension). */
	basePath: string;
	logger: Logger;
}

/** A first keyframe asked for this often until a picture comes (a lost request would leave the tile empty). */
const KEYFRAME_RETRY_MS = 1000;
const KEYFRAME_RETRIES = 5;

/**
 * One track of the room decoded for the composite: a plain RTP transport on
 * the producer's router sends it to an FFmpeg that writes raw pictures
 * (scaled to the tile) or PCM to its stdout. As with recordings, the
 * consumer starts paused and resumes, with a keyframe request, once FFmpeg
 * listens.
 */
export class TrackDecoder extends mediasoup.extras.EnhancedEventEmitter<TrackDecoderEvents> {
	readonly producerId: string;
	readonly tile?: Size;
	readonly #options: TrackDecoderOptions;
	#link?: PlainLink;
	#process?: RecorderProcess;
	#pictures = 0;
	#pool?: BufferPool;
	#closed = false;

	constructor(options: TrackDecoderOptions) {
		super();
		this.#options = options;
		this.producerId = options.producer.id;
		this.tile = options.tile;
	}

	get kind(): types.MediaKind {
		return this.#options.producer.kind;
	}

	get pid(): number | undefined {
		return this.#process?.pid;
	}

	async start(): Promise<void> {
		const { producer, router, basePath } = this.#options;
		const link = await openPlainLink(router, producer.id, { egress: basePath });
		const { port } = link;

		this.#link = link;
		link.transport.observer.once('close', () => this.#end('its track is gone'));
		link.consumer.observer.once('close', () => this.#end('its track is gone'));

		const sdpFile = `${basePath}.sdp`;
		const stream = recordedStream(link.consumer, port);

		await fs.writeFile(sdpFile, recorderSdp([stream]));

		const command =
			this.kind === 'video' ? videoDecoderCommand(sdpFile, this.tile!) : audioDecoderCommand(sdpFile);

		this.#process = new RecorderProcess(command, { stdout: true });
		void this.#process.exited.then((exit) => this.#end(`the decoder stopped (${describeExit(exit)})`));
		this.#read(this.#process);
		await this.#process.ready([port, port + 1]);

		if (this.#closed) {
			return;
		}

		await connectPlainLink(link);
		await link.consumer.resume();

		if (this.kind === 'video') {
			void this.#askForKeyframes();
		}
	}

	/** Stops at once: nothing of a decoder needs finalising. */
	close(): void {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		this.#process?.kill();
		this.#link?.transport.close();
		this.removeAllListeners();
	}

	#end(reason: string): void {
		if (!this.#closed) {
			this.#options.logger.debug('composite decoder ended', { producerId: this.producerId, reason });
			this.safeEmit('ended', reason);
			this.close();
		}
	}

	async #askForKeyframes(): Promise<void> {
		for (let i = 0; i < KEYFRAME_RETRIES && this.#pictures === 0 && !this.#closed; i++) {
			await this.#link!.consumer.requestKeyFrame().catch(() => undefined);
			await new Promise((resolve) => setTimeout(resolve, KEYFRAME_RETRY_MS).unref());
		}
	}

	/** A picture of a 'picture' event, back for reuse once nothing shows it any more. */
	release(picture: Buffer): void {
		this.#pool?.give(picture);
	}

	/** Cuts stdout into whole pictures (video) or whole samples (audio): a pipe splits writes anywhere. */
	#read(process: RecorderProcess): void {
		if (this.kind === 'video') {
			this.#readPictures(process, new BufferPool(yuv420Bytes(this.tile!)));

			return;
		}

		let rest: Buffer = Buffer.alloc(0);

		process.stdout!.on('data', (chunk: Buffer) => {
			const data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
			const whole = data.length - (data.length % 4);

			if (whole > 0) {
				this.safeEmit('pcm', data.subarray(0, whole), performance.now());
			}

			rest = data.subarray(whole);
		});
	}

	/** Each picture is assembled in a pooled buffer as its bytes come: copied once, and no garbage. */
	#readPictures(process: RecorderProcess, pool: BufferPool): void {
		let picture = pool.take();
		let filled = 0;

		this.#pool = pool;
		process.stdout!.on('data', (chunk: Buffer) => {
			for (let read = 0; read < chunk.length;) {
				const n = chunk.copy(
					picture,
					filled,
					read,
					Math.min(chunk.length, read + pool.size - filled)
				);

				read += n;
				filled += n;

				if (filled === pool.size) {
					this.#pictures++;
					this.safeEmit('picture', picture, performance.now());
					picture = pool.take();
					filled = 0;
				}
			}
		});
	}
}
