import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { openPublishingDemo } from '../helpers/demoPage.js';
import { startTestServer } from '../helpers/server.js';

/** Where the screenshots go (kept after the run, for a person to look at; not in git). */
const SCREENSHOTS = path.join(
	path.dirname(new URL(import.meta.url).pathname),
	'..',
	'..',
	'.test-artifacts',
	'demo'
);

interface Box {
	width: number;
	featured: boolean;
	screen: boolean;
}

/** Each tile's width and role, and the width of the grid holding them. */
function layout(page: Page): Promise<{ tiles: Box[]; grid: number; qualities: string[] }> {
	return page.evaluate(() => ({
		tiles: [...document.querySelectorAll<HTMLElement>('#tiles .tile')].map((t) => ({
			width: t.getBoundingClientRect().width,
			featured: t.classList.contains('featured'),
			screen: t.classList.contains('screen'),
		})),
		grid: document.querySelector('#tiles')!.getBoundingClientRect().width,
		qualities: [...document.querySelectorAll<HTMLElement>('.tile .quality')].map(
			(q) => q.dataset.quality ?? ''
		),
	}));
}

describe('the demo page at desktop and phone widths', function () {
	this.timeout(120_000);

	let skylark: Skylark;
	let chromium: ChromiumSession;

	before(async () => {
		skylark = await startTestServer();
		chromium = await launchChromium();
		fs.mkdirSync(SCREENSHOTS, { recursive: true });
	});

	after(async () => {
		await chromium?.close();
		await skylark?.close();
	});

	it('shows a shared screen large beside the cameras, quality icons on every tile, one column on a phone', async () => {
		const open = (name: string, viewport: { width: number; height: number }) =>
			openPublishingDemo(chromium.context, skylark.url, `room=demo-layout&name=${name}`, { viewport });
		const desktop = await open('alice', { width: 1280, height: 800 });
		const phone = await open('bob', { width: 390, height: 844 });

		await phone.evaluate(() => window.skylarkDemo!.client.publishScreen());

		// Alice sees bob's screen featured, and every tile (her own too) gets its quality.
		await desktop.waitForFunction(
			() => {
				const screen = document.querySelector<HTMLVideoElement>('.tile.screen.featured video');
				const qualities = [...document.querySelectorAll<HTMLElement>('.tile .quality')];

				return (
					screen !== null &&
					screen.videoWidth > 0 &&
					qualities.length >= 3 &&
					qualities.every((q) => q.dataset.quality !== 'unknown')
				);
			},
			undefined,
			{ timeout: 20_000 }
		);
		await phone.waitForFunction(
			() => document.querySelectorAll<HTMLVideoElement>('.tile.remote video')[0]?.videoWidth > 0,
			undefined,
			{ timeout: 20_000 }
		);

		const wide = await layout(desktop);
		const narrow = await layout(phone);
		const screenTile = wide.tiles.find((t) => t.screen)!;
		const cameras = wide.tiles.filter((t) => !t.screen);

		assert.ok(screenTile.featured && screenTile.width > wide.grid * 0.95, 'the screen spans the row');
		assert.ok(
			cameras.every((t) => t.width < wide.grid / 2),
			'the cameras are beside it, smaller'
		);
		assert.ok(
			narrow.tiles.every((t) => t.width > narrow.grid * 0.95),
			`one tile per row on a phone (${narrow.tiles.map((t) => Math.round(t.width)).join(', ')} of ${narrow.grid})`
		);
		assert.ok(
			wide.qualities.every((q) => ['excellent', 'good', 'poor', 'lost'].includes(q)),
			wide.qualities.join(', ')
		);

		await desktop.screenshot({ path: path.join(SCREENSHOTS, 'desktop.png') });
		await phone.screenshot({ path: path.join(SCREENSHOTS, 'phone.png'), fullPage: true });
		process.stdout.write(`      screenshots: ${SCREENSHOTS}/{desktop,phone}.png\n`);
	});
});
