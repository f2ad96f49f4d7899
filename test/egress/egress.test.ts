import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { playHls } from '../helpers/hlsPlayer.js';
import { audioLevel, colorAndTone, flashesAndBeeps, probe, regionColor } from '../helpers/mediaFiles.js';
import { startRtmpServer, type RtmpServer } from '../helpers/rtmpServer.js';
import {
	egressBed,
	egressUntil,
	outputTime,
	type EgressBed,
	type EgressView,
	type TileView,
} from './egressHelpers.js';

const KEY = 'egress-admin-key-0123456';
const SECRET = 'egress-webhook-secret-01';

describe('live egress: a room composed to RTMP, HLS and files', function () {
	this.timeout(120_000);

	const bed = egressBed(KEY, SECRET, {
		EGRESS_RESOLUTION: '640x360',
		EGRESS_HLS_SEGMENT_SECONDS: '1',
		EGRESS_RTMP_RETRIES: '2',
	});
	let server: Skylark;
	let api: EgressBed['api'];
	const { stops } = bed;
	const join = (room: string, name: string, inputs?: string[], video?: string) =>
		bed.join(room, name, { inputs, video });
	const startEgress = bed.startEgress.bind(bed);

	before(() => ({ server, api } = bed));

	it('pushes to nginx-rtmp, plays as HLS in Chromium (hls.js) and writes a file, in sync, from one encode', async () => {
		const rtmp: RtmpServer = await startRtmpServer();
		const chromium: ChromiumSession = await launchChromium();

		stops.push(
			() => chromium.close(),
			() => rtmp.stop()
		);
		await join('live', 'pattern');

		const started = await startEgress('live', {
			layout: 'single',
			outputs: [
				{ kind: 'rtmp', url: `${rtmp.url}/show` },
				{ kind: 'hls' },
				{ kind: 'file', format: 'mp4' },
			],
		});
		const t0 = Date.now();

		assert.equal(started.outputs.length, 3);
		assert.match(started.outputs[0]!.target, /\/live\/\*\*\*$/, 'the stream key is not shown');
		assert.equal(started.playlistUrl, `/hls/live/${started.id}/index.m3u8`);
		await egressUntil(
			api,
			'live',
			started.id,
			(v) => v.outputs.every((o) => o.state === 'active'),
			'outputs active'
		);

		// When the pattern's picture first shows in the composite (a busy host takes a while to decode it).
		const shownAt = outputTime(
			await egressUntil(
				api,
				'live',
				started.id,
				(v) => v.tiles[0]?.showing === true,
				'the pattern showing'
			)
		);

		// Without a signature or token the playlist is refused; the signed URL plays.
		assert.equal((await fetch(`${server.url}${started.playlistUrl}`)).status, 401);
		assert.equal(
			(await fetch(`${server.url}${started.playlistUrl}?expires=9999999999&sig=${'0'.repeat(64)}`))
				.status,
			401
		);

		const page = await chromium.context.newPage();

		await playHls(page, server.url, started.signedPlaylistUrl!, { liveSyncDurationCount: 2 });

		const frames = () =>
			page.evaluate(
				'document.querySelector("video").getVideoPlaybackQuality().totalVideoFrames'
			) as Promise<number>;

		await page.waitForFunction(
			'document.querySelector("video").getVideoPlaybackQuality().totalVideoFrames > 15',
			undefined,
			{ timeout: 20_000 }
		);

		const first = await frames();

		await page.waitForFunction(
			`document.querySelector("video").getVideoPlaybackQuality().totalVideoFrames > ${first + 30}`,
			undefined,
			{ timeout: 10_000 }
		);
		process.stdout.write(`      hls.js in Chromium: ${await frames()} frames decoded\n`);

		// Sync is measured from a second after the picture shows (its start-up settles): four flashes after that.
		const settled = shownAt + 1;

		await egressUntil(
			api,
			'live',
			started.id,
			(v) => outputTime(v) > settled + 4,
			'four seconds of the settled composite'
		);

		const stopped = await api<EgressView>(`/rooms/live/egress/${started.id}`, 'DELETE');
		const wall = (Date.now() - t0) / 1000;

		assert.equal(stopped.body.state, 'ended', stopped.body.error ?? '');
		assert.deepEqual(
			stopped.body.outputs.map((o) => o.state),
			['ended', 'ended', 'ended']
		);

		const playlist = await (await fetch(`${server.url}${started.signedPlaylistUrl}`)).text();

		assert.match(playlist, /#EXT-X-ENDLIST/);
		assert.match(
			playlist,
			/^seg\d{5}\.ts\?expires=\d+&sig=[0-9a-f]{64}$/m,
			'segment URIs carry the signature'
		);

		// nginx recorded what it received over RTMP.
		const flv = path.join(rtmp.recordDir, 'show.flv');
		const received = await probe(flv);

		assert.deepEqual(received.streams.map((s) => s.codec_name).sort(), ['aac', 'h264']);

		const rtmpDuration = Number(received.format.duration);

		process.stdout.write(
			`      RTMP: ${rtmpDuration.toFixed(2)} s received in nginx over ${wall.toFixed(2)} s of egress\n`
		);
		assert.ok(
			Math.abs(rtmpDuration - wall) / wall < 0.05,
			`RTMP stream lasts ${rtmpDuration} s, egress ran ${wall} s`
		);

		// Lip sync in the composed file, from the flash-and-beep source (the tile's middle only).
		const file = stopped.body.outputs[2]!.target;
		const { flashes, beeps } = await flashesAndBeeps(file, '200:200:220:80');
		// Signed: positive when the picture comes after the sound.
		const signed = flashes
			.filter((t) => t > settled)
			.map((f) =>
				beeps.reduce((best, b) => (Math.abs(f - b) < Math.abs(best) ? f - b : best), Infinity)
			);
		const offsets = signed.map(Math.abs);

		process.stdout.write(
			`      composite flash − beep (ms): ${signed.map((o) => Math.round(o * 1000)).join(', ')}\n`
		);
		assert.ok(
			offsets.length >= 3,
			`found ${offsets.length} flashes (${flashes.join(', ')}), beeps ${beeps.join(', ')}`
		);
		assert.ok(Math.max(...offsets) < 0.1, `flash/beep offsets ${offsets.join(', ')} s`);
	});

	it("composes a 3-person room into an MP4: its duration, its audio, and each joiner's tile", async () => {
		const colors: [string, [number, number, number]][] = [
			['red', [255, 0, 0]],
			['lime', [0, 255, 0]],
			['blue', [0, 0, 255]],
		];

		await join('trio', 'red', colorAndTone('red', 300));

		const started = await startEgress('trio', { kind: 'file', format: 'mp4', layout: 'grid' });
		const t0 = Date.now();
		const samples: { at: number; tiles: TileView[] }[] = [];

		for (let n = 1; n <= 3; n++) {
			if (n > 1) {
				await join('trio', colors[n - 1]![0], colorAndTone(colors[n - 1]![0], 300 + n * 200));
			}

			const view = await egressUntil(
				api,
				'trio',
				started.id,
				(v) => v.tiles.length === n && v.tiles.every((t) => t.showing),
				`${n} tiles showing`,
				10_000
			);

			samples.push({ at: outputTime(view) + 0.5, tiles: view.tiles });
		}

		await egressUntil(
			api,
			'trio',
			started.id,
			(v) => outputTime(v) > samples[2]!.at + 1,
			'a second more'
		);

		const stopped = await api<EgressView>(`/rooms/trio/egress/${started.id}`, 'DELETE');
		const wall = (Date.now() - t0) / 1000;
		const file = stopped.body.outputs[0]!.target;
		const probed = await probe(file);
		const duration = Number(probed.format.duration);

		assert.equal(stopped.body.state, 'ended');
		assert.deepEqual(probed.streams.map((s) => s.codec_name).sort(), ['aac', 'h264']);
		assert.ok(Math.abs(duration - wall) / wall < 0.05, `file lasts ${duration} s, egress ran ${wall} s`);
		assert.ok((await audioLevel(file)).mean > -40, 'the mix carries the participants’ tones');

		for (const [i, sample] of samples.entries()) {
			// Each joiner's tile shows their colour at the moment the composite said it did.
			for (const [j, tile] of sample.tiles.entries()) {
				const inner = {
					x: tile.x + tile.width / 4,
					y: tile.y + tile.height / 4,
					width: tile.width / 2,
					height: tile.height / 2,
				};
				const rgb = await regionColor(file, sample.at, inner);
				const channel = colors[j]![1].indexOf(255);
				const others = rgb.filter((_, k) => k !== channel);

				// The participant's colour dominates the tile (codecs and colour ranges shift exact values).
				assert.ok(
					rgb[channel]! - Math.max(...others) > 60,
					`after join ${i + 1}, tile ${j + 1} at ${sample.at.toFixed(2)} s is rgb(${rgb}), expected ${colors[j]![0]}`
				);
			}
		}

		process.stdout.write(
			`      3-person composite: ${duration.toFixed(2)} s file over ${wall.toFixed(2)} s; tiles after each join: ${samples.map((s) => s.tiles.length).join(', ')}\n`
		);
	});
});
