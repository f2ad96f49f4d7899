import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Flags for Debian's Chromium in tests: headless, fake camera and microphone
 * without a permission prompt, and none of the background traffic that a
 * closed network would refuse.
 */
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--use-fake-device-for-media-stream',
	'--use-fake-ui-for-media-stream',
	'--autoplay-policy=no-user-gesture-required',
];

export interface ChromiumSession {
	context: BrowserContext;
	close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with a fresh user-data-dir, removed again on close.
 * `executablePath` may be a wrapper that runs it elsewhere (in a network namespace).
 */
export async function launchChromium(
	extraArgs: string[] = [],
	executablePath = '/usr/bin/chromium'
): Promise<ChromiumSession> {
	const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath,
		headless: true,
		args: [...CHROMIUM_ARGS, ...extraArgs],
	});

	return {
		context,
		async close() {
			await context.close();
			fs.rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
