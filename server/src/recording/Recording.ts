import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger.js';
import type { Peer } from '../rooms/Peer.js';
import type { Room } from '../rooms/Room.js';
import { FileRecorder, type RecordedTrack } from './FileRecorder.js';
import type { RecorderEngine, RecordingEncoding } from './recorderCommand.js';
import { pathInside } from '../paths.js';

/** What to record: the whole room, one participant, or chosen producers. */
export type RecordingTarget =
	{ type: 'room' } | { type: 'peer'; peerId: string } | { type: 'producers'; producerIds: string[] };

export type RecordingState = 'recording' | 'stopping' | 'finished' | 'failed';

export interface RecordingOptions {
	room: Room;
	target: RecordingTarget;
	dir: string;
	engine: RecorderEngine;
	encoding: RecordingEncoding;
	logger: Logger;
	/** A file of this recording failed (its recorder died, the disk filled up, ...). */
	onFileFailure: (recording: Recording, file: FileRecorder) => void;
}

/** How long a participant's tracks published one after the other count as published together. */
const PUBLISH_SETTLE_MS = 500;

const safeName = (name: string) => name.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 48) || 'peer';

/**
 * One recording request: one file per recorded participant (each with its
 * audio and video, in sync), in the recording's own directory. When a
 * recorded participant starts publishing another track, its file is closed
 * and a new part that includes the track begins; a room recording picks up
 * participants who start publishing later.
 */
export class Recording {
	readonly id = randomUUID();
	readonly createdAt = Date.now();
	readonly files: FileRecorder[] = [];
	state: RecordingState = 'recording';
	error?: string;
	stoppedAt?: number;
	readonly #options: RecordingOptions;
	readonly #current = new Map<string, FileRecorder>();
	readonly #parts = new Map<string, number>();
	readonly #settling = new Set<string>();
	/** Starting and rotating files one at a time keeps a participant's parts in order. */
	#queue: Promise<void> = Promise.resolve();

	constructor(options: RecordingOptions) {
		this.#options = options;
	}

	get room(): Room {
		return this.#options.room;
	}

	get target(): RecordingTarget {
		return this.#options.target;
	}

	get dir(): string {
		return pathInside(this.#options.dir, this.id);
	}

	get engine(): RecorderEngine {
		return this.#options.engine;
	}

	get active(): boolean {
		return this.state === 'recording';
	}

	/** Starts a file for every participant the target covers; resolves once they record. */
	start(): Promise<void> {
		return this.#enqueue(async () => {
			for (const peer of this.room.peers.values()) {
				await this.#record(peer);
			}
		});
	}

	/**
	 * The room has a new track: record it if the target covers it. Clients
	 * publish their microphone and camera one after the other; waiting a
	 * moment lets them land in one file rather than in an audio-only part
	 * followed by a second part with both.
	 */
	trackPublished(peer: Peer): void {
		if (!this.active || this.#settling.has(peer.id)) {
			return;
		}

		this.#settling.add(peer.id);
		setTimeout(() => {
			this.#settling.delete(peer.id);
			void this.#enqueue(() => this.#record(peer));
		}, PUBLISH_SETTLE_MS);
	}

	/** A recorded participant left: its file ends (its tracks are gone). */
	peerLeft(peer: Peer): void {
		const file = this.#current.get(peer.id);

		if (file) {
			this.#endFile(peer.id, file);
		}
	}

	/** Stops every file; resolves once they are finalised. */
	async stop(reason: string): Promise<void> {
		if (!this.active) {
			return;
		}

		this.state = 'stopping';
		await this.#queue;
		await Promise.all(this.files.map((f) => f.stop()));
		this.stoppedAt = Date.now();
		this.state = this.files.some((f) => f.state === 'failed') ? 'failed' : 'finished';
		this.error ??= this.files.find((f) => f.error)?.error;
		this.#options.logger.info('recording stopped', { recordingId: this.id, reason, state: this.state });
	}

	#endFile(peerId: string, file: FileRecorder): void {
		if (this.#current.get(peerId) === file) {
			this.#current.delete(peerId);
		}

		void this.#enqueue(() => file.stop());
	}

	#enqueue(task: () => Promise<void>): Promise<void> {
		const run = this.#queue.then(task);

		this.#queue = run.catch(() => undefined);

		return run;
	}

	#tracksOf(peer: Peer): RecordedTrack[] {
		const { target } = this;

		if (target.type === 'peer' && target.peerId !== peer.id) {
			return [];
		}

		return [...peer.producers.values()]
			.filter((p) => !p.closed && (target.type !== 'producers' || target.producerIds.includes(p.id)))
			.map((producer) => ({ producer, router: peer.router.router }));
	}

	/** Starts (or, when its tracks changed, rotates) the file of one participant. */
	async #record(peer: Peer): Promise<void> {
		const tracks = this.#tracksOf(peer);
		const current = this.#current.get(peer.id);
		const same =
			current?.state === 'recording' &&
			tracks.every((t) => current.tracks.some((c) => c.producer === t.producer));

		if (!this.active || tracks.length === 0 || same) {
			return;
		}

		const part = (this.#parts.get(peer.id) ?? 0) + 1;
		const file = new FileRecorder({
			tracks,
			basePath: pathInside(
				this.dir,
				`${safeName(peer.displayName)}-${peer.id.slice(0, 8)}${part > 1 ? `-part${part}` : ''}`
			),
			engine: this.#options.engine,
			encoding: this.#options.encoding,
			logger: this.#options.logger,
			onFailure: () => this.#options.onFileFailure(this, file),
			onTracksGone: () => this.#endFile(peer.id, file),
		});

		this.#parts.set(peer.id, part);
		this.#current.set(peer.id, file);
		this.files.push(file);
		await current?.stop();
		await file.start();
	}
}
