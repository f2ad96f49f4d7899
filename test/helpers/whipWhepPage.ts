import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../server/src/paths.js';

/**
 * A page of third-party WHIP/WHEP clients for Chromium: the npm `whip-whep`
 * library (medooze), not Skylark's SDK, served from its own origin on
 * loopback, so every request to Skylark is cross-origin as on a real site.
 * The page exposes `whip(url, token, { simulcast })` (publishes the fake
 * camera and microphone), `whep(url, token)` (plays into a <video>, noting
 * when the first frame shows), `whepServerOffer(url, token)` (the 406 flow,
 * by hand), `subscribeEvents(resource, names)` and `mediaStats()` for what
 * its peer connections received and sent.
 */
const PAGE = `<!doctype html>
<html><body>
<video id="remote" autoplay playsinline muted></video>
<script type="module">
import { WHIPClient } from '/whip.js';
import { WHEPClient } from '/whep.js';

window.whip = async (url, token, options = {}) => {
	const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 360 } });
	const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle' });

	for (const track of stream.getTracks()) {
		const init = { direction: 'sendonly' };

		if (track.kind === 'video' && options.simulcast) {
			init.sendEncodings = [
				{ rid: 'h', active: true },
				{ rid: 'l', active: true, scaleResolutionDownBy: 2 },
			];
		}

		pc.addTransceiver(track, init);
	}

	const client = new WHIPClient();

	window.whipPc = pc;
	window.whipClient = client;
	await client.publish(pc, url, token);

	return client.resourceURL.toString();
};

const showRemote = (pc) => {
	const video = document.getElementById('remote');

	window.firstFrameAt = undefined;
	pc.ontrack = (event) => {
		video.srcObject = video.srcObject ?? new MediaStream();
		video.srcObject.addTrack(event.track);
	};
	video.requestVideoFrameCallback(() => (window.firstFrameAt = performance.now()));
};

window.whep = async (url, token) => {
	const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle' });

	pc.addTransceiver('audio', { direction: 'recvonly' });
	pc.addTransceiver('video', { direction: 'recvonly' });
	showRemote(pc);

	const client = new WHEPClient();

	window.whepPc = pc;
	window.whepClient = client;
	window.whepStartedAt = performance.now();
	await client.view(pc, url, token);

	return client.resourceURL.toString();
};

// The server offers (WHEP's 406 counter-offer); the page answers with PATCH. whip-whep does not do this.
window.whepServerOffer = async (url, token) => {
	window.whepStartedAt = performance.now();
	const posted = await fetch(url, {
		method: 'POST',
		headers: { Authorization: 'Bearer ' + token, 'Content-Type': 'application/sdp' },
	});

	if (posted.status !== 406) throw new Error('expected 406, got ' + posted.status + ': ' + (await posted.text()));

	const resource = new URL(posted.headers.get('location'), url).toString();
	const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle' });

	showRemote(pc);
	window.whepPc = pc;
	await pc.setRemoteDescription({ type: 'offer', sdp: await posted.text() });
	await pc.setLocalDescription(await pc.createAnswer());

	const patched = await fetch(resource, {
		method: 'PATCH',
		headers: { 'Content-Type': 'application/sdp' },
		body: pc.localDescription.sdp,
	});

	if (patched.status !== 204) throw new Error('PATCH answered ' + patched.status + ': ' + (await patched.text()));

	return resource;
};

// The events extension, read as the draft sends them (named events, which whip-whep's onmessage misses).
window.whepEvents = [];
window.subscribeEvents = async (resource, names) => {
	const created = await fetch(resource + '/events', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(names),
	});
	const source = new EventSource(new URL(created.headers.get('location'), resource));

	for (const name of names) {
		source.addEventListener(name, (event) => window.whepEvents.push({ name, data: JSON.parse(event.data) }));
	}
};

window.mediaStats = async () => {
	const out = { framesDecoded: 0, audioBytesReceived: 0, frameWidth: 0, videoBytesSent: 0, audioBytesSent: 0 };

	for (const pc of [window.whipPc, window.whepPc].filter(Boolean)) {
		(await pc.getStats()).forEach((s) => {
			if (s.type === 'inbound-rtp' && s.kind === 'video') {
				out.framesDecoded += s.framesDecoded ?? 0;
				out.frameWidth = Math.max(out.frameWidth, s.frameWidth ?? 0);
			}
			if (s.type === 'inbound-rtp' && s.kind === 'audio') out.audioBytesReceived += s.bytesReceived ?? 0;
			if (s.type === 'outbound-rtp' && s.kind === 'video') out.videoBytesSent += s.bytesSent ?? 0;
			if (s.type === 'outbound-rtp' && s.kind === 'audio') out.audioBytesSent += s.bytesSent ?? 0;
		});
	}

	return out;
};
window.ready = true;
</script>
</body></html>`;

/** What the page's peer connections received and sent, from the browser's getStats(). */
export interface PageMediaStats {
	framesDecoded: number;
	frameWidth: number;
	audioBytesReceived: number;
	videoBytesSent: number;
	audioBytesSent: number;
}

export interface WhepEvent {
	name: string;
	data: Record<string, unknown>;
}

declare global {
	interface Window {
		ready?: boolean;
		whip(url: string, token: string, options?: { simulcast?: boolean }): Promise<string>;
		whep(url: string, token: string): Promise<string>;
		whepServerOffer(url: string, token: string): Promise<string>;
		subscribeEvents(resource: string, names: string[]): Promise<void>;
		mediaStats(): Promise<PageMediaStats>;
		whipClient: { stop(): Promise<void> };
		whipPc: RTCPeerConnection;
		whepPc?: RTCPeerConnection;
		whepClient: { selectLayer(layer: Record<string, unknown>): Promise<void> };
		whepEvents: WhepEvent[];
		whepStartedAt?: number;
		firstFrameAt?: number;
	}
}

/** A new tab on the page, its script loaded. */
export async function openWhipWhepPage(
	context: { newPage(): Promise<Page> },
	site: WhipWhepPage
): Promise<Page> {
	const page = await context.newPage();

	await page.goto(site.url);
	await page.waitForFunction(() => window.ready === true);

	return page;
}

export const mediaStats = (page: Page): Promise<PageMediaStats> => page.evaluate(() => window.mediaStats());

export interface WhipWhepPage {
	readonly url: string;
	close(): Promise<void>;
}

/** Serves the page and the whip-whep library's modules on a loopback port of its own. */
export async function serveWhipWhepPage(): Promise<WhipWhepPage> {
	const library = path.join(repoRoot(), 'node_modules', 'whip-whep');
	const server = http.createServer((req, res) => {
		const file = { '/whip.js': 'whip.js', '/whep.js': 'whep.js' }[req.url ?? ''];

		if (file) {
			res.writeHead(200, { 'content-type': 'text/javascript' }).end(
				fs.readFileSync(path.join(library, file))
			);
		} else {
			res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
		}
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
