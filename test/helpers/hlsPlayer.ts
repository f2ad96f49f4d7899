import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const HLS_JS = createRequire(import.meta.url).resolve('hls.js/dist/hls.min.js');

/**
 * Plays an HLS playlist with hls.js (from npm) in `page`: a muted <video>,
 * the only one on a page of `origin`, started once the manifest is parsed.
 * hls.js's errors collect in `window.hlsErrors`.
 */
export async function playHls(
	page: Page,
	origin: string,
	playlist: string,
	config: object = {}
): Promise<void> {
	await page.goto(`${origin}/healthz`);
	await page.addScriptTag({ path: HLS_JS });
	await page.evaluate(`(() => {
		const video = document.createElement('video');
		video.muted = true;
		document.body.append(video);
		const hls = new Hls(${JSON.stringify(config)});
		hls.loadSource(${JSON.stringify(playlist)});
		hls.attachMedia(video);
		hls.on(Hls.Events.MANIFEST_PARSED, () => video.play());
		window.hlsErrors = [];
		hls.on(Hls.Events.ERROR, (_e, data) => window.hlsErrors.push(data.details));
	})()`);
}
