import type { Skylark } from '../../../server/src/Skylark.js';
import type { ChromiumSession } from '../browser.js';
import { startTestServer } from '../server.js';
import { createNetLab, type NetClient, type NetLab } from './netLab.js';

/** A server on the lab's address, and Alice and Bob each in their own namespace and Chromium. */
export interface FaultBed {
	lab: NetLab;
	server: Skylark;
	clients: { alice: NetClient; bob: NetClient };
	browsers: { alice: ChromiumSession; bob: ChromiumSession };
}

/**
 * Registers before/after hooks in the current suite that build a FaultBed and
 * tear it down (namespaces included) however the tests end; `env` overrides
 * server settings. Call from a describe block; read the bed in tests.
 */
export function useFaultBed(env: Record<string, string> = {}): FaultBed {
	const bed = {} as FaultBed;

	before(async () => {
		bed.lab = await createNetLab();
		bed.server = await startTestServer({ LISTEN_IP: bed.lab.serviceAddress, ...env });
		bed.clients = { alice: await bed.lab.addClient(), bob: await bed.lab.addClient() };
		bed.browsers = {
			alice: await bed.clients.alice.launchChromium(bed.server.url),
			bob: await bed.clients.bob.launchChromium(bed.server.url),
		};
	});

	afterEach(async () => {
		// Each test starts from a clean link.
		for (const client of Object.values(bed.clients ?? {})) {
			await client.setFaults({});
			await client.capUplink(undefined).catch(() => undefined);
		}
	});

	after(async () => {
		await bed.browsers?.alice.close();
		await bed.browsers?.bob.close();
		await bed.server?.close();
		bed.lab?.close();
	});

	return bed;
}
