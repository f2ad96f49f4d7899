/**
 * WHIP and WHEP with clients Skylark did not write: the npm `whip-whep`
 * library in Chromium publishes and plays; an SDK participant in the same
 * room sees the WHIP publisher; the recording API records it with FFmpeg.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { nextEvent } from '../helpers/clientEvents.js';
import { probe } from '../helpers/mediaFiles.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { connectNodeClient, receivedPackets } from '../helpers/weriftPeer.js';
import {
	mediaStats,
	openWhipWhepPage,
	serveWhipWhepPage,
	type PageMediaStats,
	type WhipWhepPage,
} from '../helpers/whipWhepPage.js';
import { until, within } from '../helpers/within.js';

const KEY = 'whip-admin-key-0123456789';

/** Waits until the page's received media passes `check`. */
function receiving(page: Page, check: (s: PageMediaStats) => boolean, what: string, ms = 20_000) {
	return until(
		async () => {
			const stats = await mediaStats(page);

			return check(stats) ? stats : undefined;
		},
		ms,
		what
	);
}

describe('WHIP and WHEP with the whip-whep client in Chromium', function () {
	this.timeout(120_000);

	let skylark: Skylark;
	let site: WhipWhepPage;
	let chromium: ChromiumSession;
	let recordings: string;
	let publisher: Page;
	let publisherResource: string;
	const clients: SkylarkClient[] = [];
	const viewerToken = (room: string) => testToken(room, { grants: { canPublish: false } });

	before(async () => {
		recordings = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-whip-recordings-'));
		skylark = await startTestServer({ ADMIN_API_KEY: KEY, RECORDING_DIR: recordings });
		site = await serveWhipWhepPage();
		// Below 960x540 Chromium sends only some of the simulcast layers asked for; lifted, as in simulcast.test.ts.
		chromium = await launchChromium(['--force-fieldtrials=WebRTC-LegacySimulcastLayerLimit/Disabled/']);
		publisher = await openWhipWhepPage(chromium.context, site);

		const token = await testToken('broadcast', { identity: 'studio-a', name: 'Studio A' });

		publisherResource = await publisher.evaluate(
			([url, t]) => window.whip(url, t),
			[`${skylark.url}/whip/broadcast`, token]
		);
	});

	after(async () => {
		clients.forEach((c) => c.close());
		await chromium?.close();
		await site?.close();
		await skylark?.close();
		fs.rmSync(recordings, { recursive: true, force: true });
	});

	it('publishes through WHIP: a participant of the room, seen and received by an SDK client', async () => {
		assert.match(publisherResource, /\/whip\/broadcast\/sessions\/[\w-]{22}$/);

		const sdk = await connectNodeClient(skylark.url, 'broadcast');

		clients.push(sdk);

		const tracks = new Promise<Map<string, Parameters<typeof receivedPackets>[0]>>((resolve) => {
			const byKind = new Map<string, Parameters<typeof receivedPackets>[0]>();

			sdk.on('trackSubscribed', (track) => {
				byKind.set(track.kind, track);

				if (byKind.size === 2) {
					resolve(byKind);
				}
			});
		});
		const joined = await sdk.join('broadcast', { displayName: 'sdk-viewer' });
		const studio = [...joined.peers.values()].find((p) => p.displayName === 'Studio A');

		assert.ok(studio, 'the WHIP publisher is in the room');
		assert.equal(studio.role, 'presenter');

		const received = await within(tracks, 10_000, 'the SDK client subscribing to the WHIP tracks');

		assert.equal(await receivedPackets(received.get('video')!, 30, 10_000), 30);
		assert.equal(await receivedPackets(received.get('audio')!, 30, 10_000), 30);
	});

	it('plays through WHEP in a second page: decoded 640-wide frames and audio', async () => {
		const viewer = await openWhipWhepPage(chromium.context, site);
		const resource = await viewer.evaluate(
			([url, t]) => window.whep(url, t),
			[`${skylark.url}/whep/broadcast`, await viewerToken('broadcast')]
		);

		assert.match(resource, /\/whep\/broadcast\/sessions\//);

		const stats = await receiving(
			viewer,
			(s) => s.framesDecoded >= 30 && s.audioBytesReceived > 2000,
			'WHEP frames and audio'
		);

		assert.equal(stats.frameWidth, 640);

		const firstFrameMs = await viewer.evaluate(() => window.firstFrameAt! - window.whepStartedAt!);

		assert.ok(firstFrameMs > 0);
		process.stdout.write(`      WHEP POST to first frame: ${Math.round(firstFrameMs)} ms\n`);
		await viewer.close();
	});

	it("plays the server's offer (406) answered with PATCH", async () => {
		const viewer = await openWhipWhepPage(chromium.context, site);

		await viewer.evaluate(
			([url, t]) => window.whepServerOffer(url, t),
			[`${skylark.url}/whep/broadcast/studio-a`, await viewerToken('broadcast')]
		);
		await receiving(
			viewer,
			(s) => s.framesDecoded >= 30 && s.audioBytesReceived > 2000,
			'frames after 406'
		);
		await viewer.close();
	});

	it('records the WHIP publisher through the recording API (FFmpeg): video and audio in the file', async () => {
		const api = adminClient(skylark.url, KEY);
		const peer = [...skylark.rooms.get('broadcast')!.peers.values()].find(
			(p) => p.identity === 'studio-a'
		)!;
		const started = await api<{ id: string }>('/rooms/broadcast/recordings', 'POST', { peerId: peer.id });

		assert.equal(started.status, 201, JSON.stringify(started.body));

		// FFmpeg holds the WebM in its buffers until it has ~256 KiB: the file is judged once finished.
		const file = await until(
			async () => {
				const { body } = await api<{ durationSeconds: number; files: { path: string }[] }>(
					`/rooms/broadcast/recordings/${started.body.id}`
				);

				return body.durationSeconds >= 4 ? body.files[0]?.path : undefined;
			},
			15_000,
			'four seconds recorded'
		);
		const stopped = await api<{ state: string; error: string | null }>(
			`/rooms/broadcast/recordings/${started.body.id}`,
			'DELETE'
		);

		assert.equal(stopped.body.state, 'finished', stopped.body.error ?? '');

		const probed = await probe(file);

		assert.deepEqual(probed.streams.map((s) => s.codec_type).sort(), ['audio', 'video']);
		assert.ok(Number(probed.format.duration) >= 3, `duration ${probed.format.duration}`);
	});

	it('simulcast by RID: the viewer picks a layer (whip-whep selectLayer) and hears of layers over server-sent events', async () => {
		const source = await openWhipWhepPage(chromium.context, site);

		await source.evaluate(
			([url, t]) => window.whip(url, t, { simulcast: true }),
			[`${skylark.url}/whip/layers`, await testToken('layers', { identity: 'layered' })]
		);

		const viewer = await openWhipWhepPage(chromium.context, site);
		const resource = await viewer.evaluate(
			([url, t]) => window.whep(url, t),
			[`${skylark.url}/whep/layers`, await viewerToken('layers')]
		);

		await viewer.evaluate(
			(r) => window.subscribeEvents(r, ['active', 'inactive', 'layers', 'viewercount']),
			resource
		);
		await receiving(viewer, (s) => s.frameWidth === 640, 'the top layer first');

		const layers = await until(
			() =>
				viewer.evaluate(() =>
					window.whepEvents.find(
						(e) =>
							e.name === 'layers' &&
							Object.values(e.data).some((l) => Array.isArray(l) && l.length === 2)
					)
				),
			10_000,
			'a layers event listing both layers'
		);
		const videoLayers = Object.values(layers.data)[0] as {
			rid: string;
			spatialLayerId: number;
			bitrate: number;
		}[];

		assert.deepEqual(
			videoLayers.map((l) => [l.rid, l.spatialLayerId]),
			[
				['l', 0],
				['h', 1],
			]
		);
		assert.ok(
			videoLayers.every((l) => l.bitrate > 0),
			'both layers are sent'
		);
		assert.ok(
			await viewer.evaluate(() =>
				window.whepEvents.some((e) => e.name === 'viewercount' && e.data.viewercount === 1)
			)
		);

		await viewer.evaluate(() => window.whepClient.selectLayer({ encodingId: 'l' }));
		await receiving(viewer, (s) => s.frameWidth === 320, 'the low layer after selecting rid l');
		await viewer.evaluate(() => window.whepClient.selectLayer({}));
		await receiving(viewer, (s) => s.frameWidth === 640, 'the top layer again after automatic selection');

		// The publisher's page closes without a DELETE: DTLS closes, the session ends, the viewer hears it is inactive.
		const left = skylark.rooms.get('layers')!;

		await source.evaluate(() => window.whipPc.close());
		await source.close();
		await until(
			() => [...left.peers.values()].every((p) => p.identity !== 'layered'),
			10_000,
			'the publisher leaving'
		);
		await until(
			() => viewer.evaluate(() => window.whepEvents.some((e) => e.name === 'inactive')),
			5000,
			'an inactive event'
		);

		// It comes back (an encoder restarting): the same WHEP session plays its new tracks.
		const before = (await mediaStats(viewer)).framesDecoded;
		const restarted = await openWhipWhepPage(chromium.context, site);

		await restarted.evaluate(
			([url, t]) => window.whip(url, t),
			[`${skylark.url}/whip/layers`, await testToken('layers', { identity: 'layered' })]
		);
		await until(
			() => viewer.evaluate(() => window.whepEvents.filter((e) => e.name === 'active').length >= 2),
			10_000,
			'an active event for the publisher that came back'
		);
		await receiving(
			viewer,
			(s) => s.framesDecoded > before + 30,
			'frames from the publisher that came back'
		);
		await restarted.close();
		await viewer.close();
	});

	it('DELETE of the WHIP session (whip-whep stop) takes the publisher out of the room', async () => {
		const sdk = clients[0];
		const left = nextEvent(sdk, 'peerLeft');

		await publisher.evaluate(() => window.whipClient.stop());

		const [peer] = await within(left, 5000, 'the WHIP publisher leaving');

		assert.equal(peer.displayName, 'Studio A');
	});
});
