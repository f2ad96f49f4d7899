import * as path from 'node:path';
import type { Logger } from '../logging/logger.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { Room } from '../rooms/Room.js';
import type { WebhookSender } from '../webhooks/WebhookSender.js';
import type { RecorderEngine, RecordingEncoding } from './recorderCommand.js';
import { Recording, type RecordingTarget } from './Recording.js';
import { describeRecording } from './recordingViews.js';
import { pathInside, safeDirName, writableDir } from '../paths.js';

/** Why a recording cannot start; `status` is the HTTP answer. */
export class RecordingError extends Error {
	constructor(
		readonly status: 400 | 404 | 409 | 500,
		message: string
	) {
		super(message);
	}
}

export interface RecordingDefaults {
	dir: string;
	engine: RecorderEngine;
	encoding: RecordingEncoding;
}

/** Finished recordings kept for GET, per node, oldest dropped first. */
const HISTORY = 200;

function targetKey(target: RecordingTarget): string[] {
	switch (target.type) {
		case 'room':
			return ['room'];
		case 'peer':
			return [`peer:${target.peerId}`];
		case 'producers':
			return target.producerIds.map((id) => `producer:${id}`);
	}
}

/**
 * The node's recordings: starts them (refusing a second one of the same
 * target), follows the rooms so new tracks are recorded and a closing room
 * ends its recordings, and reports their lifecycle as webhooks.
 */
export class RecordingManager {
	readonly #recordings: Recording[] = [];
	readonly #defaults: RecordingDefaults;
	readonly #webhooks: WebhookSender;
	readonly #logger: Logger;

	constructor(rooms: RoomManager, defaults: RecordingDefaults, webhooks: WebhookSender, logger: Logger) {
		this.#defaults = { ...defaults, dir: path.resolve(defaults.dir) };
		this.#webhooks = webhooks;
		this.#logger = logger;
		rooms.observer.on('trackpublished', (room, peer) =>
			this.#activeIn(room).forEach((r) => r.trackPublished(peer))
		);
		rooms.observer.on('peerleft', (room, peer) => this.#activeIn(room).forEach((r) => r.peerLeft(peer)));
		rooms.observer.on('roomclosed', (room) =>
			this.#activeIn(room).forEach((r) => void this.#finish(r, 'room-closed'))
		);
	}

	/** Recordings held, finished ones included: a soak checks this does not keep growing. */
	get size(): number {
		return this.#recordings.length;
	}

	list(roomId: string): Recording[] {
		return this.#recordings.filter((r) => r.room.id === roomId);
	}

	get(recordingId: string): Recording | undefined {
		return this.#recordings.find((r) => r.id === recordingId);
	}

	async start(
		room: Room,
		target: RecordingTarget,
		overrides: Partial<Pick<RecordingDefaults, 'engine'>> & Partial<RecordingEncoding>
	): Promise<Recording> {
		this.#checkTarget(room, target);

		const taken = new Set(this.#activeIn(room).flatMap((r) => targetKey(r.target)));
		const conflict = targetKey(target).find((key) => taken.has(key));

		if (conflict) {
			throw new RecordingError(409, `${conflict} in room ${room.id} is already being recorded`);
		}

		let dir: string;

		try {
			dir = pathInside(this.#defaults.dir, safeDirName(room.id));
		} catch (error) {
			throw new RecordingError(400, (error as Error).message);
		}

		const recording = new Recording({
			room,
			target,
			dir,
			engine: overrides.engine ?? this.#defaults.engine,
			encoding: {
				video: overrides.video ?? this.#defaults.encoding.video,
				videoBitrateKbps: overrides.videoBitrateKbps ?? this.#defaults.encoding.videoBitrateKbps,
				videoHeight: overrides.videoHeight ?? this.#defaults.encoding.videoHeight,
			},
			logger: room.logger.child({ component: 'recording' }),
			onFileFailure: (r, file) => {
				this.#webhooks.emit('recording.failed', {
					recording: describeRecording(r),
					file: file.path,
					error: file.error,
				});

				// A room recording has other participants to go on with; one of a participant or of chosen tracks ends.
				if (r.target.type !== 'room') {
					void this.#finish(r, 'recorder-failed');
				}
			},
		});

		await writableRecordingDir(recording.dir);
		this.#remember(recording);

		try {
			await recording.start();
		} catch (error) {
			await this.#finish(recording, 'failed to start');
			throw new RecordingError(500, `the recording failed to start: ${(error as Error).message}`);
		}

		this.#logger.info('recording started', { recordingId: recording.id, roomId: room.id, target });
		this.#webhooks.emit('recording.started', { recording: describeRecording(recording) });

		return recording;
	}

	async stop(recording: Recording, reason: string): Promise<void> {
		await this.#finish(recording, reason);
	}

	/** Ends every recording (node shutdown), finalising their files. */
	async stopAll(reason: string): Promise<void> {
		await Promise.all(this.#recordings.filter((r) => r.active).map((r) => this.#finish(r, reason)));
	}

	async #finish(recording: Recording, reason: string): Promise<void> {
		if (!recording.active) {
			return;
		}

		await recording.stop(reason);
		this.#webhooks.emit('recording.finished', { recording: describeRecording(recording), reason });
	}

	#activeIn(room: Room): Recording[] {
		return this.#recordings.filter((r) => r.active && r.room === room);
	}

	#checkTarget(room: Room, target: RecordingTarget): void {
		if (target.type === 'peer' && !room.peers.has(target.peerId)) {
			throw new RecordingError(404, `peer ${target.peerId} not found in room ${room.id}`);
		}

		if (target.type === 'producers') {
			const missing = target.producerIds.filter((id) => !room.findProducer(id));

			if (missing.length) {
				throw new RecordingError(404, `producer ${missing.join(', ')} not found in room ${room.id}`);
			}
		}
	}

	#remember(recording: Recording): void {
		this.#recordings.push(recording);

		const finished = this.#recordings.filter((r) => !r.active);

		for (const old of finished.slice(0, Math.max(0, finished.length - HISTORY))) {
			this.#recordings.splice(this.#recordings.indexOf(old), 1);
		}
	}
}

async function writableRecordingDir(dir: string): Promise<void> {
	try {
		await writableDir(dir);
	} catch (error) {
		throw new RecordingError(500, `cannot write recordings to ${dir}: ${(error as Error).message}`);
	}
}
