import * as fs from 'node:fs/promises';
import type { types } from 'mediasoup';
import type { Logger } from '../logging/logger.js';
import type { ProducerAppData } from '../rooms/Peer.js';
import { recordedStream, recorderSdp, type RecordedStream } from './recordedStreams.js';
import {
	containerFor,
	type Container,
	recorderCommand,
	type RecorderEngine,
	type RecordingEncoding,
} from './recorderCommand.js';
import { describeExit, RecorderProcess, type RecorderExit } from './RecorderProcess.js';
import { sendRtcpBye } from './rtcpBye.js';
import { openPlainLink } from './plainLink.js';

/** A producer to record, with the router it lives on (its owner's). */
export interface RecordedTrack {
	producer: types.Producer<ProducerAppData>;
	router: types.Router;
}

export type FileState = 'starting' | 'recording' | 'finished' | 'failed';

export interface FileRecorderOptions {
	tracks: RecordedTrack[];
	/** Output path without extension; the container decides it. */
	basePath: string;
	engine: RecorderEngine;
	encoding: RecordingEncoding;
	logger: Logger;
	/** Called once when the file ends for any reason other than stop(). */
	onFailure: (error: string) => void;
	/**
	 * Every recorded track is gone (unpublished, or its worker died): nothing
	 * more can arrive, so the file should be finalised.
	 */
	onTracksGone: () => void;
}

/**
 * Writes a set of producers (typically one participant's audio and video) to
 * one file through FFmpeg or GStreamer: a plain RTP transport per track on
 * the producer's router, sending RTP and RTCP (for lip sync) to the
 * recorder's ports. Consumers start paused and resume, with a keyframe
 * request, only once the recorder listens, so the file opens on a decodable
 * frame.
 */
export class FileRecorder {
	readonly tracks: RecordedTrack[];
	readonly path: string;
	state: FileState = 'starting';
	error?: string;
	startedAt?: number;
	stoppedAt?: number;
	sizeBytes = 0;
	readonly #options: FileRecorderOptions;
	readonly #container: Container;
	/** Each track's transport and the recorder port it sends to (RTCP to port + 1). */
	readonly #links: { transport: types.PlainTransport; port: number }[] = [];
	readonly #consumers: types.Consumer[] = [];
	#process?: RecorderProcess;
	#stopping?: Promise<void>;

	constructor(options: FileRecorderOptions) {
		this.#options = options;
		this.tracks = options.tracks;
		this.#container = containerFor(
			options.tracks.map((t) => ({ codec: codecOf(t.producer) })),
			options.encoding
		);
		this.path = `${options.basePath}.${this.#container}`;
	}

	get command(): string | undefined {
		return this.#process && [this.#process.command.bin, ...this.#process.command.args].join(' ');
	}

	get pid(): number | undefined {
		return this.#process?.pid;
	}

	get durationSeconds(): number {
		return this.startedAt ? ((this.stoppedAt ?? Date.now()) - this.startedAt) / 1000 : 0;
	}

	async start(): Promise<void> {
		try {
			const streams: RecordedStream[] = [];

			// One after the other: two port searches at once could settle on the same free pair.
			for (const track of this.tracks) {
				streams.push(await this.#consume(track));
			}

			const sdpFile = `${this.#options.basePath}.sdp`;

			await fs.writeFile(sdpFile, recorderSdp(streams));
			this.#process = new RecorderProcess(
				recorderCommand(
					this.#options.engine,
					streams,
					{ sdp: sdpFile, out: this.path, container: this.#container },
					this.#options.encoding
				)
			);
			void this.#process.exited.then((exit) => this.#onExit(exit));
			await this.#process.ready(
				streams.flatMap((s) => [s.port, ...(this.#options.engine === 'ffmpeg' ? [s.port + 1] : [])])
			);

			// Connected only now: a transport sends its first RTCP 500 ms after it
			// connects, and the recorder lines audio up with video from the first
			// sender report of each stream. Connected earlier, that first report
			// could go out before any RTP did, and audio (reported every 5 s)
			// would drift for seconds.
			await Promise.all(
				this.#links.map(({ transport, port }) =>
					transport.connect({ ip: '127.0.0.1', port, rtcpPort: port + 1 })
				)
			);

			for (const consumer of this.#consumers) {
				await consumer.resume();

				if (consumer.kind === 'video') {
					await consumer.requestKeyFrame();
				}
			}

			this.startedAt = Date.now();
			this.state = 'recording';
			this.#options.logger.info('recording file started', { path: this.path, pid: this.#process.pid });
		} catch (error) {
			this.#fail((error as Error).message);
			throw error;
		}
	}

	/** Finalises the file: the recorder writes its trailer, then the transports close. */
	stop(): Promise<void> {
		this.#stopping ??= this.#stop();

		return this.#stopping;
	}

	async #stop(): Promise<void> {
		if (this.state === 'finished' || this.state === 'failed') {
			return;
		}

		if (this.#options.engine === 'ffmpeg') {
			await sendRtcpBye(this.#links.map(({ port }) => port + 1));
		}

		const exit = await this.#process?.stop();

		this.#closeTransports();
		this.stoppedAt = Date.now();
		this.sizeBytes = await fileSize(this.path);

		if (exit && !exit.requested) {
			return;
		}

		this.state = this.sizeBytes > 0 ? 'finished' : 'failed';

		if (this.state === 'failed') {
			this.error = `the recorder wrote nothing${exit ? ` (${describeExit(exit)})` : ''}`;
		}
	}

	async #consume(track: RecordedTrack): Promise<RecordedStream> {
		const link = await openPlainLink(track.router, track.producer.id, { recording: this.path });
		const { transport, consumer, port } = link;

		this.#links.push({ transport, port });
		this.#consumers.push(consumer);
		consumer.observer.once('close', () => {
			if (this.state === 'recording' && !this.#stopping && this.#consumers.every((c) => c.closed)) {
				this.#options.onTracksGone();
			}
		});

		return recordedStream(consumer, port);
	}

	#onExit(exit: RecorderExit): void {
		if (!exit.requested && this.state !== 'failed') {
			void fileSize(this.path).then((size) => (this.sizeBytes = size));
			this.#fail(`the recorder stopped on its own (${describeExit(exit)})`);
		}
	}

	#fail(error: string): void {
		if (this.state === 'failed' || this.state === 'finished') {
			return;
		}

		this.state = 'failed';
		this.error = error;
		this.stoppedAt = Date.now();
		this.#process?.kill();
		this.#closeTransports();
		this.#options.logger.error('recording file failed', { path: this.path, error });
		this.#options.onFailure(error);
	}

	#closeTransports(): void {
		this.#links.forEach(({ transport }) => transport.close());
	}
}

function codecOf(producer: types.Producer): string {
	return producer.rtpParameters.codecs[0]!.mimeType.split('/')[1]!.toLowerCase();
}

async function fileSize(file: string): Promise<number> {
	return fs.stat(file).then(
		(s) => s.size,
		() => 0
	);
}
