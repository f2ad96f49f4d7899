import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Skylark } from '../../../server/src/Skylark.js';
import type { ChromiumSession } from '../browser.js';
import { startTestServer } from '../server.js';
import { startDelayLine, type Delay, type DelayLine } from './delayLine.js';
import { createNetLab, type NetClient, type NetLab } from './netLab.js';

/** A server on the lab's address, and Alice and Bob each in their own namespace and Chromium. */
export interface FaultBed {
	lab: NetLab;
	server: Skylark;
	/** The server's HTTP URL on the lab's address. */
	url: string;
	/** With `delayLine`: the line, and the delay it gives each client's address. */
	delayLine?: DelayLine;
	delays: Map<string, Delay>;
	clients: { alice: NetClient; bob: NetClient };
	browsers: { alice: ChromiumSession; bob: ChromiumSession };
}

export interface FaultBedOptions {
	/** Server settings. */
	env?: Record<string, string>;
	/**
	 * Cameras film a busy, noisy scene rather than Chromium's plain test
	 * pattern, which encodes so small that every simulcast layer fits in a
	 * few hundred kbit/s.
	 */
	busyCamera?: boolean;
	/** Media goes through a delay line (see startDelayLine), which the server announces in its candidates. */
	delayLine?: boolean;
}

/**
 * 640x360 at 20 fps of a moving test pattern under heavy noise, as a Y4M
 * file Chromium's fake camera loops (made with FFmpeg).
 */
function busyCameraFile(dir: string): string {
	const file = path.join(dir, 'busy.y4m');

	execFileSync('ffmpeg', [
		...['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=20,noise=alls=30:allf=t'],
		...['-t', '3', '-pix_fmt', 'yuv420p', file],
	]);

	return file;
}

/**
 * Registers before/after hooks in the current suite that build a FaultBed and
 * tear it down (namespaces included) however the tests end. Call from a
 * describe block; read the bed in tests.
 */
export function useFaultBed(options: FaultBedOptions = {}): FaultBed {
	const bed = { delays: new Map() } as FaultBed;
	let dir: string | undefined;

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-faultbed-'));

		const args = options.busyCamera ? [`--use-file-for-fake-video-capture=${busyCameraFile(dir)}`] : [];

		bed.lab = await createNetLab();

		const front = options.delayLine ? await bed.lab.addAddress() : undefined;

		bed.server = await startTestServer({
			LISTEN_IP: bed.lab.serviceAddress,
			...(front && { ANNOUNCED_ADDRESS: front }),
			...options.env,
		});
		bed.url = `http://${bed.lab.serviceAddress}:${bed.server.port}`;

		if (front) {
			const port = bed.server.pool.state()[0].webRtcServerPort!;

			bed.delayLine = await startDelayLine(
				{ ip: front, port },
				{ ip: bed.lab.serviceAddress, port },
				(ip) => bed.delays.get(ip)
			);
		}

		bed.clients = { alice: await bed.lab.addClient(), bob: await bed.lab.addClient() };
		bed.browsers = {
			alice: await bed.clients.alice.launchChromium(bed.url, args),
			bob: await bed.clients.bob.launchChromium(bed.url, args),
		};
	});

	afterEach(async () => {
		// Each test starts from a clean link.
		bed.delays.clear();

		for (const client of Object.values(bed.clients ?? {})) {
			await client.setFaults({});
			await client.capUplink(undefined).catch(() => undefined);
		}
	});

	after(async () => {
		await bed.browsers?.alice.close();
		await bed.browsers?.bob.close();
		bed.delayLine?.close();
		await bed.server?.close();
		bed.lab?.close();

		if (dir) {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	return bed;
}
