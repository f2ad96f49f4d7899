import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IngestTrackEndpoint } from '../../server/src/ingest/IngestPoint.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { startPatternSender, type Sender } from '../helpers/mediaFiles.js';
import { ingestFlowing } from '../helpers/ingestFlow.js';
import { startTestServer } from '../helpers/server.js';
import { startWebhookReceiver } from '../helpers/webhookReceiver.js';
import { until } from '../helpers/within.js';

type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

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
	await ingestFlowing(server, room, res.body.peerId, options.name);

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

/**
 * What an egress suite runs against: a node with egress settings and a
 * webhook receiver, set up before the suite and closed after it. Senders,
 * players and servers pushed to `stops` stop with their test: on two cores,
 * real-time encoders starve each other.
 */
export class EgressBed {
	server!: Skylark;
	hooks!: WebhookReceiver;
	api!: Api;
	dir!: string;
	readonly stops: (() => Promise<void>)[] = [];

	/** An ingest participant sending `inputs` (FFmpeg test sources) until the test ends. */
	async join(room: string, name: string, options: { inputs?: string[]; video?: string } = {}) {
		const { view, sender } = await ingest(this.server, this.api, room, { name, ...options });

		this.stops.push(() => sender.stop());

		return view;
	}

	async startEgress(room: string, body: Record<string, unknown>): Promise<EgressView> {
		const res = await this.api<EgressView>(`/rooms/${room}/egress`, 'POST', body);

		assert.equal(res.status, 201, JSON.stringify(res.body));

		return res.body;
	}
}

/** Registers the mocha hooks of an egress suite; `settings` add to the node's. */
export function egressBed(key: string, secret: string, settings: Record<string, string>): EgressBed {
	const bed = new EgressBed();

	before(async () => {
		bed.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-egress-'));
		bed.hooks = await startWebhookReceiver(secret);
		bed.server = await startTestServer({
			ADMIN_API_KEY: key,
			RECORDING_DIR: path.join(bed.dir, 'recordings'),
			EGRESS_HLS_DIR: path.join(bed.dir, 'hls'),
			WEBHOOK_URLS: bed.hooks.url,
			WEBHOOK_SECRET: secret,
			...settings,
		});
		bed.api = adminClient(bed.server.url, key);
	});

	afterEach(async () => {
		await Promise.all(bed.stops.splice(0).map((stop) => stop()));
	});

	after(async () => {
		await bed.server?.close();
		await bed.hooks?.close();
		fs.rmSync(bed.dir, { recursive: true, force: true });
	});

	return bed;
}
