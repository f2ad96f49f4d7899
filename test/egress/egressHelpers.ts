import * as assert from 'node:assert/strict';
import type { IngestTrackEndpoint } from '../../server/src/ingest/IngestPoint.js';
import type { Skylark } from '../../server/src/Skylark.js';
import type { adminClient } from '../helpers/adminClient.js';
import { startPatternSender, type Sender } from '../helpers/mediaFiles.js';
import { until, within } from '../helpers/within.js';

export interface TileView {
	peerId: string;
	producerId: string | null;
	x: number;
	y: number;
	width: number;
	height: number;
	showing: boolean;
}

export interface EgressView {
	id: string;
	state: string;
	error: string | null;
	startedAt: string;
	durationSeconds: number;
	bitrate: number;
	playlistUrl?: string;
	signedPlaylistUrl?: string;
	encoderPid: number | null;
	droppedFrames?: number;
	tiles: TileView[];
	outputs: {
		type: string;
		target: string;
		state: string;
		error: string | null;
		attempts: number;
		bytes: number;
	}[];
}

export interface IngestView {
	peerId: string;
	tracks: IngestTrackEndpoint[];
	ffmpegOutputArgs: string[];
}

type Api = ReturnType<typeof adminClient>;

/** Ingests into `room` (FFmpeg over the ingest API) and waits until each track reaches its producer. */
export async function ingest(
	server: Skylark,
	api: Api,
	room: string,
	options: {
		name: string;
		video?: string;
		inputs?: string[];
		/** Starts the sender instead of an FFmpeg encoding `inputs`. */
		send?: (view: IngestView) => Sender;
	}
): Promise<{ view: IngestView; sender: Sender }> {
	const res = await api<IngestView>(`/rooms/${room}/ingest`, 'POST', {
		name: options.name,
		audio: 'opus',
		...(options.video === 'none' ? {} : { video: options.video ?? 'vp8' }),
	});

	assert.equal(res.status, 201, JSON.stringify(res.body));

	const sender = options.send ? options.send(res.body) : startPatternSender(res.body, options.inputs);
	const peer = server.rooms.get(room)!.peers.get(res.body.peerId)!;

	await Promise.all(
		[...peer.producers.values()].map((producer) =>
			within(
				new Promise<void>((resolve) =>
					producer.score.length > 0 ? resolve() : producer.once('score', () => resolve())
				),
				10_000,
				`RTP reaching ${options.name}'s ${producer.kind} producer`
			)
		)
	);

	return { view: res.body, sender };
}

/** Polls the egress until `ready` holds for it; returns that view. */
export function egressUntil(
	api: Api,
	room: string,
	id: string,
	ready: (view: EgressView) => boolean,
	what: string,
	ms = 15_000
): Promise<EgressView> {
	let last: EgressView | undefined;

	return until(
		async () => {
			last = (await api<EgressView>(`/rooms/${room}/egress/${id}`)).body;

			return ready(last) ? last : undefined;
		},
		ms,
		() => `${what} (egress: ${JSON.stringify(last)})`
	);
}

/** Seconds since the egress's first frame: where "now" is on its output's timeline. */
export const outputTime = (view: EgressView) => (Date.now() - Date.parse(view.startedAt)) / 1000;
