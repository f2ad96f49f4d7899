import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { openPublishingDemo } from '../helpers/demoPage.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { until } from '../helpers/within.js';

const KEY = 'e2ee-admin-key-0123456789';

/** Frames the demo page has decoded from the others' video, and the error codes it listed. */
function received(page: Page): Promise<{ frames: number; width: number; errors: string[] }> {
	return page.evaluate(async () => {
		const stats = await window.skylarkDemo!.client.getStats();
		const video = stats.filter((s) => s.kind === 'video');

		return {
			frames: video.reduce((sum, s) => sum + (s.framesDecoded ?? 0), 0),
			width: Math.max(0, ...video.map((s) => s.frameWidth ?? 0)),
			errors: [...document.querySelectorAll('#errors li')].map((li) => li.textContent ?? ''),
		};
	});
}

describe('end-to-end encryption in Chromium', function () {
	this.timeout(120_000);

	let skylark: Skylark;
	let chromium: ChromiumSession;
	const open = (name: string, passphrase: string) =>
		openPublishingDemo(chromium.context, skylark.url, `room=e2ee&name=${name}`, {
			hash: `e2ee=${passphrase}`,
		});

	before(async () => {
		skylark = await startTestServer({
			ADMIN_API_KEY: KEY,
			RECORDING_DIR: '/tmp/skylark-e2ee-recordings',
		});
		chromium = await launchChromium();
	});

	after(async () => {
		await chromium?.close();
		await skylark?.close();
	});

	it('peers with the key see each other; a peer with another key gets E2EE_KEY_MISMATCH and no picture', async () => {
		const alice = await open('alice', 'correct-horse');
		const bob = await open('bob', 'correct-horse');
		const mallory = await open('mallory', 'battery-staple');

		const seen = await until(
			async () => {
				const r = await received(bob);

				return r.frames > 30 && r.width > 0 ? r : undefined;
			},
			20_000,
			'bob decoding alice (same key)'
		);
		const refused = await until(
			async () => {
				const r = await received(mallory);

				return r.errors.some((e) => e.startsWith('E2EE_KEY_MISMATCH')) ? r : undefined;
			},
			20_000,
			'mallory told the key does not match'
		);

		// Mallory receives packets (the server forwards them) but can decode none of them.
		const packets = await mallory.evaluate(async () =>
			(await window.skylarkDemo!.client.getStats()).reduce((sum, s) => sum + s.packetsReceived, 0)
		);

		assert.ok(packets > 50, `mallory received ${packets} packets`);
		assert.equal(refused.frames, 0, 'mallory decodes no frame');

		// Alice sees bob too, and the page went on for everyone.
		assert.ok((await received(alice)).frames > 0);

		// What records or serves the room is told it gets ciphertext.
		const api = adminClient(skylark.url, KEY);
		const room = await api<{ peers: { producers: { encrypted: boolean }[] }[] }>('/rooms/e2ee');
		const recording = await api<{ id: string; warnings: string[] }>('/rooms/e2ee/recordings', 'POST', {});

		assert.ok(room.body.peers.every((p) => p.producers.every((t) => t.encrypted)));
		assert.equal(recording.status, 201);
		assert.match(recording.body.warnings[0] ?? '', /end-to-end encrypted.*ciphertext/);
		await api(`/rooms/e2ee/recordings/${recording.body.id}`, 'DELETE');

		const whep = await fetch(`${skylark.url}/whep/e2ee`, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/sdp',
				Authorization: `Bearer ${await testToken('e2ee', { grants: { canPublish: false } })}`,
			},
		});

		await whep.body?.cancel();
		assert.match(whep.headers.get('Skylark-Warning') ?? '', /ciphertext/);
		process.stdout.write(
			`      bob decoded ${seen.frames} frames (${seen.width} px); mallory: ${packets} packets, 0 frames, "${refused.errors[0]}"\n`
		);
	});
});
