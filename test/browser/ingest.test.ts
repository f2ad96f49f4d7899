import * as assert from 'node:assert/strict';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { startPatternSender, type IngestAnswer } from '../helpers/mediaFiles.js';
import { receiveTotals } from '../helpers/pageStats.js';
import { startTestServer } from '../helpers/server.js';

const KEY = 'ingest-admin-key-0123456';

describe('RTP ingest from FFmpeg, played in Chromium', function () {
	this.timeout(90_000);

	let server: Skylark;
	let chromium: ChromiumSession;
	let sender: ReturnType<typeof startPatternSender> | undefined;

	before(async () => {
		server = await startTestServer({ ADMIN_API_KEY: KEY });
		chromium = await launchChromium();
	});

	after(async () => {
		await sender?.stop();
		await chromium?.close();
		await server?.close();
	});

	it('shows an SRTP FFmpeg sender as a participant named by the request, playing video and audio', async () => {
		const api = adminClient(server.url, KEY);
		const ingest = await api<
			IngestAnswer & { peerId: string; tracks: { srtp?: { keyBase64: string } }[] }
		>('/rooms/ingest-room/ingest', 'POST', {
			name: 'studio-encoder',
			audio: 'opus',
			video: 'vp8',
			srtp: true,
		});

		assert.equal(ingest.status, 201, JSON.stringify(ingest.body));
		assert.ok(
			ingest.body.tracks.every((t) => t.srtp?.keyBase64),
			'SDES keys for each track'
		);
		sender = startPatternSender(ingest.body);

		const page = await chromium.context.newPage();

		await page.goto(`${server.url}/?room=ingest-room&name=viewer`);
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll<HTMLElement>('.tile.remote')].some(
					(tile) =>
						tile.querySelector('.name')?.textContent === 'studio-encoder' &&
						(tile.querySelector('video')?.videoWidth ?? 0) > 0
				),
			undefined,
			{ timeout: 30_000 }
		);

		const first = await receiveTotals(page);

		await page.waitForFunction(
			async (before) => {
				let frames = 0;
				let bytes = 0;

				for (const s of await window.skylarkDemo!.client.getStats()) {
					if (s.kind === 'video') {
						frames += s.framesDecoded ?? 0;
					} else {
						bytes += s.bytesReceived;
					}
				}

				return frames > before.framesDecoded + 10 && bytes > before.audioBytes + 2000;
			},
			first,
			{ timeout: 15_000 }
		);

		// Ending the ingest removes the participant from the page.
		assert.equal((await api(`/rooms/ingest-room/ingest/${ingest.body.peerId}`, 'DELETE')).status, 204);
		await page.waitForFunction(() => document.querySelectorAll('.tile.remote').length === 0);
	});

	it('rejects codecs it cannot take, naming those it can', async () => {
		const api = adminClient(server.url, KEY);
		const res = await api<{ error: string; supported: string[] }>('/rooms/ingest-room/ingest', 'POST', {
			name: 'x',
			video: 'av1',
		});

		assert.equal(res.status, 400);
		assert.match(res.body.error, /video codec "av1" is not supported; use one of: vp8, vp9, h264/);
		assert.equal((await api('/rooms/ingest-room/ingest', 'POST', { name: 'x' })).status, 400);
		assert.equal((await api('/rooms/ingest-room/ingest/not-a-peer', 'DELETE')).status, 404);
	});
});
