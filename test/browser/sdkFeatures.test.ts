import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type * as Sdk from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { openPublishingDemo, THREE_SIMULCAST_LAYERS } from '../helpers/demoPage.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';

declare global {
	interface Window {
		Skylark?: typeof Sdk;
		/** The SDK page's client, its first camera video element and every source it received. */
		sdkPage?: { client: Sdk.SkylarkClient; video?: HTMLVideoElement; sources: string[] };
	}
}

/**
 * A page that uses the SDK's script bundle as an application would: it joins,
 * attaches what it receives (adaptive stream on), and keeps the camera's
 * video element in a 160 px wide tile.
 */
async function sdkPage(chromium: ChromiumSession, url: string, room: string, name: string): Promise<Page> {
	const page = await chromium.context.newPage();

	// A page of the server's origin (so /dev/token answers): the demo page without a room waits at its
	// form, and the SDK's script bundle is added to it as an application's page would load it.
	await page.goto(`${url}/`);
	await page.addScriptTag({ url: '/sdk/skylark.js' });
	await page.evaluate(
		async ({ room, name }) => {
			const response = await fetch(`/dev/token?room=${room}&name=${name}`);
			const { token } = (await response.json()) as { token: string };
			const client = await window.Skylark!.connect(location.origin, { token });
			const state: NonNullable<Window['sdkPage']> = { client, sources: [] };

			window.sdkPage = state;
			client.on('trackSubscribed', (track) => {
				state.sources.push(track.source);

				if (track.kind === 'video' && track.source === 'camera' && !state.video) {
					const video = document.createElement('video');

					video.muted = true;
					video.style.width = '160px';
					document.body.append(video);
					state.video = track.attach(video);
				}
			});
			await client.join(room, { displayName: name });
		},
		{ room, name }
	);

	return page;
}

/** Inbound video of the SDK page's camera track: bytes so far and the width decoded. */
function cameraInbound(page: Page): Promise<{ bytes: number; width: number }> {
	return page.evaluate(async () => {
		const client = window.sdkPage!.client;
		const stats = await client.getStats();
		const camera = stats.find((s) => s.kind === 'video' && s.source === 'camera');

		return { bytes: camera?.bytesReceived ?? 0, width: camera?.frameWidth ?? 0 };
	});
}

describe('SDK features in Chromium: screen share, devices, adaptive stream', function () {
	this.timeout(120_000);

	let skylark: Skylark;
	let chromium: ChromiumSession;
	let alice: Page;
	let bob: Page;

	before(async () => {
		skylark = await startTestServer();
		chromium = await launchChromium(THREE_SIMULCAST_LAYERS);
		alice = await openPublishingDemo(
			chromium.context,
			skylark.url,
			'room=features&name=alice&simulcast=1'
		);
		bob = await sdkPage(chromium, skylark.url, 'features', 'bob');
	});

	after(async () => {
		await chromium?.close();
		await skylark?.close();
	});

	it('adaptive stream: a small tile gets the low layer, a large one a higher layer, a hidden one nothing', async () => {
		const small = await until(
			async () => {
				const { width } = await cameraInbound(bob);

				return width > 0 && width <= 320 ? width : undefined;
			},
			20_000,
			'the 160 px tile decoding a low layer',
			250
		);
		const enlarged = performance.now();

		await bob.evaluate(() => (window.sdkPage!.video!.style.width = '640px'));

		const large = await until(
			async () => {
				const { width } = await cameraInbound(bob);

				return width >= 600 ? width : undefined;
			},
			10_000,
			'the 640 px tile decoding the top layer',
			100
		);
		const switchMs = performance.now() - enlarged;

		// Hidden: after the settle time the server stops sending.
		await bob.evaluate(() => (window.sdkPage!.video!.style.display = 'none'));
		await until(
			async () => {
				const before = (await cameraInbound(bob)).bytes;

				await new Promise((resolve) => setTimeout(resolve, 1000));

				return (await cameraInbound(bob)).bytes - before < 500 ? true : undefined;
			},
			10_000,
			'no video bytes while the tile is hidden'
		);

		// Shown again: the consumer resumes with a keyframe.
		const hiddenBytes = (await cameraInbound(bob)).bytes;

		await bob.evaluate(() => (window.sdkPage!.video!.style.display = ''));
		await until(
			async () => ((await cameraInbound(bob)).bytes > hiddenBytes + 10_000 ? true : undefined),
			10_000,
			'video again once the tile shows'
		);

		process.stdout.write(
			`      adaptive stream: 160 px tile → ${small} px frames; 640 px tile → ${large} px in ${Math.round(switchMs)} ms; hidden → 0 bytes\n`
		);
	});

	it('switches microphone on the same producer without renegotiating, and picks the audio output', async () => {
		const result = await alice.evaluate(async () => {
			const client = window.skylarkDemo!.client;
			const microphone = [...client.publications.values()].find((p) => p.kind === 'audio')!;
			const before = { id: microphone.id, label: microphone.track!.label };
			// The demo page has no window.Skylark: the browser's own list.
			const microphones = (await navigator.mediaDevices.enumerateDevices()).filter(
				(d) => d.kind === 'audioinput'
			);
			const other = microphones.find((m) => m.label !== before.label && m.deviceId !== 'default')!;
			const requests: string[] = [];
			const request = client.signaling.request.bind(client.signaling);

			client.signaling.request = ((method, body) => {
				requests.push(method);

				return request(method, body);
			}) as typeof client.signaling.request;
			await client.switchDevice(microphone, other.deviceId);
			client.signaling.request = request;

			return { before, after: { id: microphone.id, label: microphone.track!.label }, requests };
		});

		assert.equal(result.after.id, result.before.id, 'the same producer');
		assert.notEqual(result.after.label, result.before.label, 'another device');
		assert.deepEqual(
			result.requests.filter((m) => ['produce', 'closeProducer', 'createTransport'].includes(m)),
			[],
			'no new producer: replaceTrack needs no renegotiation'
		);

		const output = await bob.evaluate(async () => {
			const { speakers } = await window.Skylark!.listDevices();
			const speaker = speakers.find((s) => s.deviceId !== 'default')!;
			const audio = document.body.appendChild(document.createElement('audio'));
			const track = [...window.sdkPage!.client.tracks.values()].find((t) => t.kind === 'audio')!;

			track.attach(audio);
			await window.sdkPage!.client.setAudioOutput(speaker.deviceId);

			return {
				chosen: speaker.deviceId,
				sinkId: (audio as HTMLAudioElement & { sinkId: string }).sinkId,
			};
		});

		assert.equal(output.sinkId, output.chosen);
	});

	it('shares a screen as a `screen` track the others decode, and ends it when the browser stops the capture', async () => {
		const share = await alice.evaluate(async () => {
			const share = await window.skylarkDemo!.client.publishScreen();

			return { video: share.video.source, audio: share.audio?.source };
		});

		assert.equal(share.video, 'screen');
		await until(
			async () =>
				(await bob.evaluate(async () => {
					const stats = await window.sdkPage!.client.getStats();

					return stats.some((s) => s.source === 'screen' && (s.framesDecoded ?? 0) > 5);
				}))
					? true
					: undefined,
			20_000,
			"bob decoding alice's screen"
		);

		// The browser's own "stop sharing" ends the capture track.
		const ended = await alice.evaluate(async () => {
			const client = window.skylarkDemo!.client;
			const screen = [...client.publications.values()].find((p) => p.source === 'screen')!;
			const done = new Promise<string>((resolve) =>
				client.once('screenShareEnded', (s) => resolve(s.video.source))
			);

			screen.track!.dispatchEvent(new Event('ended'));

			return done;
		});

		assert.equal(ended, 'screen');
		await until(
			async () =>
				(await bob.evaluate(() =>
					[...window.sdkPage!.client.tracks.values()].every((t) => t.source !== 'screen')
				))
					? true
					: undefined,
			10_000,
			"bob's screen track gone"
		);
	});
});
