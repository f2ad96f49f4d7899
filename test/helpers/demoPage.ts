import type { BrowserContext, Page } from 'playwright-core';

/**
 * Chromium flags for three simulcast layers from the demo's 640x360 fake
 * camera: below 960x540 Chromium sends only two of the three layers asked
 * for (libwebrtc's legacy layer limit), so there would be no layer 2.
 */
export const THREE_SIMULCAST_LAYERS = ['--force-fieldtrials=WebRTC-LegacySimulcastLayerLimit/Disabled/'];

/**
 * Opens the demo page with these URL parameters (and fragment) and waits
 * until it publishes its camera and microphone.
 */
export async function openPublishingDemo(
	context: BrowserContext,
	url: string,
	query: string,
	options: { hash?: string; viewport?: { width: number; height: number }; initScript?: string } = {}
): Promise<Page> {
	const page = await context.newPage();

	if (options.initScript) {
		await page.addInitScript(options.initScript);
	}

	if (options.viewport) {
		await page.setViewportSize(options.viewport);
	}

	await page.goto(`${url}/?${query}${options.hash ? `#${options.hash}` : ''}`);
	await page.waitForFunction(() => window.skylarkDemo?.client.publications.size === 2, undefined, {
		timeout: 20_000,
	});

	return page;
}
