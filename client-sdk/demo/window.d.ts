import type { SkylarkClient } from '../src/index.js';

declare global {
	interface Window {
		/** The demo page's client, for debugging from the console (and for Skylark's browser tests). */
		skylarkDemo?: { client: SkylarkClient };
	}
}
