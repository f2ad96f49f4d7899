import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Logger } from '../../logging/logger.js';
import { connectPlainLink, openPlainLink, type PlainLink } from '../../recording/plainLink.js';
import { recordedStream, recorderSdp } from '../../recording/recordedStreams.js';
import { describeExit, RecorderProcess } from '../../recording/RecorderProcess.js';
import { sendRtcpBye } from '../../recording/rtcpBye.js';
import type { Room } from '../../rooms/Room.js';
import { trackCopyCommand } from '../egressCommands.js';
import { TsSource } from '../TsSource.js';

export interface TrackSourceOptions {
	room: Room;
	peerId: string;
	dir: string;
	logger: Logger;
}

const FINISH_TIMEOUT_MS = 10_000;

/**
 * One participant's tracks without re-encoding the video: H.264 is copied
 * as it arrives, Opus becomes AAC (what RTMP and HLS carry), in MPEG-TS.
 * One FFmpeg reads both tracks from one SDP, so RTCP sender reports keep
 * them in sync. The participant leaving (or their worker dying) ends it.
 */
export class TrackSource extends TsSource {
	readonly #options: TrackSourceOptions;
	readonly #links: PlainLink[] = [];
	#process?: RecorderProcess;
	#stopping = false;

	constructor(options: TrackSourceOptions) {
		super();
		this.#options = options;
	}

	async start(): Promise<void> {
		const { room, peerId, dir } = this.#options;
		const peer = room.peers.get(peerId);
		const producers = [...(peer?.producers.values() ?? [])].filter((p) => !p.closed);

		if (!peer || producers.length === 0) {
			throw new Error(`participant ${peerId} publishes nothing`);
		}

		for (const producer of producers) {
			const link = await openPlainLink(peer.router.router, producer.id, { egress: dir });

			this.#links.push(link);
			link.consumer.observer.once('close', () => {
				if (!this.#stopping && this.#links.every((l) => l.consumer.closed)) {
					this.safeEmit('failed', 'the participant left or stopped publishing');
				}
			});
		}

		const sdpFile = path.join(dir, 'track.sdp');

		await fs.writeFile(sdpFile, recorderSdp(this.#links.map((l) => recordedStream(l.consumer, l.port))));

		const process = new RecorderProcess(trackCopyCommand(sdpFile), { stdout: true });

		this.#process = process;
		process.stdout!.on('data', (data: Buffer) => this.forward(data));
		void process.exited.then((exit) => {
			if (!this.#stopping) {
				this.safeEmit('failed', `the remuxer stopped (${describeExit(exit)})`);
			}
		});
		await process.ready(this.#links.flatMap((l) => [l.port, l.port + 1]));
		await Promise.all(this.#links.map(connectPlainLink));

		for (const { consumer } of this.#links) {
			await consumer.resume();

			if (consumer.kind === 'video') {
				await consumer.requestKeyFrame();
			}
		}
	}

	async stop(): Promise<void> {
		if (this.#stopping) {
			return;
		}

		this.#stopping = true;

		const process = this.#process;

		if (process) {
			// A BYE on each stream ends FFmpeg's RTP input even when no packet comes to notice the SIGINT by.
			await sendRtcpBye(this.#links.map((l) => l.port + 1));
			await Promise.all([
				process.stop(FINISH_TIMEOUT_MS),
				finished(process.stdout!).catch(() => undefined),
			]);
		}

		this.#links.forEach((l) => l.transport.close());
	}
}
