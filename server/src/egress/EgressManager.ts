import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Logger } from '../logging/logger.js';
import { pathInside, safeDirName, writableDir } from '../paths.js';
import type { Room } from '../rooms/Room.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { WebhookSender } from '../webhooks/WebhookSender.js';
import { CompositeSource } from './composite/CompositeSource.js';
import type { LayoutKind } from './composite/layout.js';
import { Egress } from './Egress.js';
import type { EncoderSettings, HlsSettings } from './egressCommands.js';
import { describeEgress } from './egressViews.js';
import type { OutputRequest } from './egressRequest.js';
import { buildOutput } from './outputs/buildOutput.js';
import type { EgressOutput, RetryPolicy } from './outputs/EgressOutput.js';
import { TrackSource } from './track/TrackSource.js';

/** Why an egress cannot start; `status` is the HTTP answer. */
export class EgressError extends Error {
	constructor(
		readonly status: 400 | 404 | 409 | 500,
		message: string
	) {
		super(message);
	}
}

export interface EgressDefaults {
	/** Composed files go under RECORDING_DIR/<room>/. */
	recordingDir: string;
	hlsDir: string;
	layout: LayoutKind;
	encoder: EncoderSettings;
	hls: HlsSettings;
	rtmpRetry: RetryPolicy;
}

export interface EgressStart {
	type: 'composite' | 'track';
	outputs: OutputRequest[];
	layout?: LayoutKind;
	peerId?: string;
	encoder: Partial<EncoderSettings>;
}

/**
 * A track egress copies video, so the video must be what RTMP and HLS carry:
 * H.264. Anything else is refused, pointing at what does take it.
 */
function checkTrackEgress(mimeTypes: string[]): void {
	if (mimeTypes.length === 0) {
		throw new EgressError(409, 'the participant publishes nothing yet');
	}

	const video = mimeTypes.filter((m) => m.startsWith('video/'));

	if (video.some((m) => m.toLowerCase() !== 'video/h264')) {
		throw new EgressError(
			400,
			`a track egress copies the video, and RTMP/HLS carry H.264 only; this participant sends ${video.join(', ')}. ` +
				'Use a composite egress (type composite, layout single, peerId) to re-encode it, ' +
				'or POST /rooms/:roomId/recordings with peerId to record it as it is'
		);
	}
}

/** Finished egresses kept for GET (and their HLS playlists served), per node, oldest dropped first. */
const HISTORY = 100;

/**
 * The node's egresses: starts them, keeps each composite following its
 * room (joins, leaves, tracks, the active speaker), ends them with their
 * room or the node, and reports their lifecycle as webhooks
 * (egress.started, egress.updated, egress.ended).
 */
export class EgressManager {
	readonly #egresses: Egress[] = [];
	readonly #defaults: EgressDefaults;
	readonly #webhooks: WebhookSender;
	readonly #logger: Logger;

	constructor(rooms: RoomManager, defaults: EgressDefaults, webhooks: WebhookSender, logger: Logger) {
		this.#defaults = {
			...defaults,
			recordingDir: path.resolve(defaults.recordingDir),
			hlsDir: path.resolve(defaults.hlsDir),
		};
		this.#webhooks = webhooks;
		this.#logger = logger;

		const changed = (room: Room) => this.#compositesIn(room).forEach((c) => c.compositor.roomChanged());

		rooms.observer.on('peerjoined', changed);
		rooms.observer.on('peerleft', changed);
		rooms.observer.on('trackpublished', changed);
		rooms.observer.on('trackunpublished', changed);
		rooms.observer.on('activespeaker', (room, peerId) =>
			this.#compositesIn(room).forEach((c) => c.compositor.activeSpeaker(peerId))
		);
		rooms.observer.on('roomclosed', (room) =>
			this.#activeIn(room).forEach((e) => void e.stop('room-closed'))
		);
	}

	list(roomId: string): Egress[] {
		return this.#egresses.filter((e) => e.room.id === roomId);
	}

	get(egressId: string): Egress | undefined {
		return this.#egresses.find((e) => e.id === egressId);
	}

	async start(room: Room, request: EgressStart): Promise<Egress> {
		const peer = request.peerId ? room.peers.get(request.peerId) : undefined;

		if (request.peerId && !peer) {
			throw new EgressError(404, `peer ${request.peerId} not found in room ${room.id}`);
		}

		if (request.type === 'track') {
			checkTrackEgress([...peer!.producers.values()].map((p) => p.rtpParameters.codecs[0]!.mimeType));
		}

		const id = randomUUID();
		const encoder = { ...this.#defaults.encoder, ...request.encoder };
		const layout = request.layout ?? this.#defaults.layout;
		const built = [];

		for (const output of request.outputs) {
			built.push(await this.#output(room, id, output));
		}

		// Decoders' SDP files: small, and of no use once the egress ends.
		const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'skylark-egress-'));
		const logger = room.logger.child({ component: 'egress', egressId: id });
		const source =
			request.type === 'track'
				? new TrackSource({ room, peerId: request.peerId!, dir: workDir, logger })
				: new CompositeSource({
						room,
						layout,
						peerId: request.peerId,
						dir: workDir,
						logger,
						encoder,
					});
		const egress = new Egress({
			id,
			room,
			type: request.type,
			settings:
				request.type === 'track'
					? { peerId: request.peerId }
					: {
							layout,
							...(request.peerId ? { peerId: request.peerId } : {}),
							resolution: `${encoder.size.width}x${encoder.size.height}`,
							fps: encoder.fps,
							videoBitrateKbps: encoder.videoBitrateKbps,
							audioBitrateKbps: encoder.audioBitrateKbps,
						},
			source,
			outputs: built.flatMap((b) => b.outputs),
			hlsDir: built.find((b) => b.hlsDir)?.hlsDir,
			dir: workDir,
			logger,
		});

		this.#remember(egress);
		this.#follow(egress);

		try {
			await egress.start();
		} catch (error) {
			await egress.stop('failed to start');
			throw new EgressError(500, `the egress failed to start: ${(error as Error).message}`);
		}

		this.#webhooks.emit('egress.started', { egress: describeEgress(egress) });

		return egress;
	}

	async stop(egress: Egress, reason: string): Promise<void> {
		await egress.stop(reason);
	}

	/** Ends every egress (node shutdown): files finalised, playlists ended, RTMP closed. */
	async stopAll(reason: string): Promise<void> {
		await Promise.all(this.#egresses.filter((e) => e.running).map((e) => e.stop(reason)));
	}

	async #output(
		room: Room,
		egressId: string,
		request: OutputRequest
	): Promise<{ outputs: EgressOutput[]; hlsDir?: string }> {
		switch (request.kind) {
			case 'file': {
				const dir = await this.#dir(this.#defaults.recordingDir, safeDirName(room.id));

				const file = pathInside(dir, `egress-${egressId}.${request.format}`);

				return { outputs: [buildOutput.file(file, request.format, this.#logger)] };
			}
			case 'hls': {
				const dir = await this.#dir(this.#defaults.hlsDir, safeDirName(room.id), egressId);
				const settings = {
					segmentSeconds: request.segmentSeconds ?? this.#defaults.hls.segmentSeconds,
					windowSegments: request.windowSegments ?? this.#defaults.hls.windowSegments,
				};

				return { outputs: [buildOutput.hls(dir, settings, this.#logger)], hlsDir: dir };
			}
			case 'rtmp':
				return { outputs: buildOutput.rtmp(request, this.#defaults.rtmpRetry, this.#logger) };
		}
	}

	async #dir(root: string, ...parts: string[]): Promise<string> {
		let dir: string;

		try {
			dir = pathInside(root, ...parts);
		} catch (error) {
			throw new EgressError(400, (error as Error).message);
		}

		try {
			await writableDir(dir);
		} catch (error) {
			throw new EgressError(500, `cannot write egress files to ${dir}: ${(error as Error).message}`);
		}

		return dir;
	}

	#follow(egress: Egress): void {
		let last = '';

		egress.on('updated', () => {
			const view = describeEgress(egress);
			const summary = JSON.stringify([view.state, view.outputs.map((o) => [o.state, o.error])]);

			// Only real changes: a state, an output's state or its error.
			if (summary !== last && egress.state !== 'starting') {
				last = summary;
				this.#webhooks.emit('egress.updated', { egress: view });
			}
		});
		egress.once('finished', (reason) => {
			this.#webhooks.emit('egress.ended', { egress: describeEgress(egress), reason });
			void fs.rm(egress.dir, { recursive: true, force: true }).catch(() => undefined);
		});
	}

	#compositesIn(room: Room): CompositeSource[] {
		return this.#activeIn(room)
			.map((e) => e.source)
			.filter((s): s is CompositeSource => s instanceof CompositeSource);
	}

	#activeIn(room: Room): Egress[] {
		return this.#egresses.filter((e) => e.running && e.room === room);
	}

	#remember(egress: Egress): void {
		this.#egresses.push(egress);

		const finished = this.#egresses.filter((e) => !e.running && e.state !== 'stopping');

		for (const old of finished.slice(0, Math.max(0, finished.length - HISTORY))) {
			this.#egresses.splice(this.#egresses.indexOf(old), 1);
		}
	}
}
