import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { Baresip } from '../helpers/baresip.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { openPublishingDemo } from '../helpers/demoPage.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { audioLevel, writeToneWav } from '../helpers/mediaFiles.js';
import { until } from '../helpers/within.js';
import { writeTone } from './sipHelpers.js';

const ROOM = 'sip-chromium';

/** The level meter (0..1, RMS × 4) of the demo page's tile named `name`, or undefined while there is none. */
const meterOf = (page: Page, name: string) =>
	page.evaluate(
		(wanted) =>
			[...document.querySelectorAll<HTMLElement>('.tile.remote')]
				.filter((tile) => tile.querySelector('.name')?.textContent === wanted)
				.map((tile) => tile.querySelector<HTMLMeterElement>('.level')?.value)[0],
		name
	);

describe('SIP with Chromium: a phone and a browser in one room', function () {
	this.timeout(120_000);

	let server: Skylark;
	let chromium: ChromiumSession;
	let phone: Baresip | undefined;
	let dir: string;
	let sipPort: number;

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-sip-chromium-'));

		// The browser's microphone: a steady 1 kHz tone (Chromium's fake device plays a WAV file).
		const browserVoice = path.join(dir, 'browser.wav');

		await writeToneWav(browserVoice, { hz: 1000, sampleRate: 48_000, seconds: 120 });
		sipPort = await freePortRange(1);
		server = await startTestServer({ SIP_PORT: String(sipPort), SIP_ALLOWED_SOURCES: '127.0.0.1' });
		chromium = await launchChromium([`--use-file-for-fake-audio-capture=${browserVoice}`]);
	});

	after(async () => {
		await phone?.stop();
		await chromium?.close();
		await server?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('the browser hears the phone (its level meter moves) and the phone hears the browser', async () => {
		const page = await openPublishingDemo(chromium.context, server.url, `room=${ROOM}&name=browser`);
		const tone = path.join(dir, 'phone.wav');

		await writeTone(tone, 600);
		phone = await Baresip.start({
			dir: path.join(dir, 'phone'),
			sourceWav: tone,
			codecs: ['PCMU'],
			displayName: 'Desk Phone',
		});
		await phone.command('dial', `sip:${ROOM}@127.0.0.1:${sipPort}`);
		await phone.event('CALL_ESTABLISHED');

		// The page shows the caller as a participant, and its meter reads the phone's tone (silence reads 0).
		const level = await until(
			async () => {
				const value = await meterOf(page, 'Desk Phone');

				return value !== undefined && value > 0.1 ? value : undefined;
			},
			20_000,
			"the phone's level on the browser's meter"
		);

		assert.ok(level > 0.1);

		const call = [...server.sip!.calls.values()][0]!;

		assert.equal(call.participant!.mixedProducers.length, 1, "the phone hears the browser's microphone");
		await until(
			async () => (await call.participant!.phoneStats()).packetsToCaller > 150,
			10_000,
			'the mix reaching the phone'
		);
		await phone.command('hangup');
		await phone.event('CALL_CLOSED');
		await until(async () => (await meterOf(page, 'Desk Phone')) === undefined, 10_000, 'the tile gone');

		const heard = await until(() => phone!.heardWav(), 5000, 'the WAV of what the phone heard');
		const phoneHeard = await audioLevel(heard);

		assert.ok(phoneHeard.mean > -40, `what the phone heard of the browser: mean ${phoneHeard.mean} dBFS`);
	});
});
