import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchChromium, type ChromiumSession } from '../browser.js';
import { freeLinkSubnet, freeServiceAddress } from './addresses.js';
import { run, runQuietly } from './commands.js';
import { faultRuleset, rateCapArgs, type LinkFaults } from './faults.js';

/** A client's own network namespace, linked to the host by a veth pair. */
export interface NetClient {
	readonly namespace: string;
	/** The client's address inside its namespace. */
	readonly address: string;
	/** Replaces the link's faults (loss, blackout, firewall) with these. */
	setFaults(faults: LinkFaults): Promise<void>;
	/** Packets the fault rules dropped so far, leaving the client (up) and arriving (down). */
	droppedPackets(): Promise<{ up: number; down: number }>;
	/** Caps the client's uplink (its sending) at `kbps`; undefined lifts the cap. */
	capUplink(kbps: number | undefined): Promise<void>;
	/**
	 * Debian's Chromium, run inside the namespace. `origin` (the server's
	 * http://address:port) counts as secure there, as loopback would, so pages
	 * from it may use the camera and microphone. `extraArgs` go to Chromium.
	 */
	launchChromium(origin: string, extraArgs?: string[]): Promise<ChromiumSession>;
}

export interface NetLab {
	/** An address on the host's loopback for the server under test, reachable from every client. */
	readonly serviceAddress: string;
	/** Another address on the host's loopback, e.g. for something standing between clients and server. */
	addAddress(): Promise<string>;
	addClient(): Promise<NetClient>;
	/** Removes every namespace, link and address the lab made. */
	close(): void;
}

const PREFIX = 'skl';

/** Namespaces and addresses still to remove: removed at exit too, so a crashed test leaves none behind. */
const leftovers = new Set<() => void>();

process.on('exit', () => {
	for (const remove of leftovers) {
		remove();
	}
});

/** Removes namespaces that earlier runs, since killed, left behind (their names carry the dead pid). */
function sweepDeadRuns(): void {
	const names = fs.existsSync('/run/netns') ? fs.readdirSync('/run/netns') : [];

	for (const name of names) {
		const pid = Number(/^skl(\d+)-\d+$/.exec(name)?.[1]);

		if (pid && pid !== process.pid && !isAlive(pid)) {
			runQuietly('ip', ['netns', 'del', name]);
		}
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);

		return true;
	} catch {
		return false;
	}
}

let clientCount = 0;

async function createClient(lab: Set<() => void>): Promise<NetClient> {
	const n = ++clientCount;
	const namespace = `${PREFIX}${process.pid}-${n}`;
	const hostDevice = `${PREFIX}${process.pid}h${n}`.slice(-15);
	const { host, client } = freeLinkSubnet();
	const wrapper = path.join(os.tmpdir(), `skylark-chromium-${namespace}.sh`);
	const remove = () => {
		// Deleting the namespace deletes its veth end, and with it the host's.
		runQuietly('ip', ['netns', 'del', namespace]);
		fs.rmSync(wrapper, { force: true });
	};

	await run('ip', ['netns', 'add', namespace]);
	leftovers.add(remove);
	lab.add(remove);
	await run('ip', ['link', 'add', hostDevice, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', namespace]);
	await run('ip', ['addr', 'add', `${host}/30`, 'dev', hostDevice]);
	await run('ip', ['link', 'set', hostDevice, 'up']);

	const inside = (args: string[]) => run('ip', ['-n', namespace, ...args]);

	await inside(['addr', 'add', `${client}/30`, 'dev', 'eth0']);
	await inside(['link', 'set', 'eth0', 'up']);
	await inside(['link', 'set', 'lo', 'up']);
	// Everything else (the server's loopback address) goes to the host; the host has no route onwards.
	await inside(['route', 'add', 'default', 'via', host]);

	return {
		namespace,
		address: client,
		async setFaults(faults) {
			await run('ip', ['netns', 'exec', namespace, 'nft', '-f', '-'], faultRuleset(faults, 'eth0'));
		},
		async droppedPackets() {
			const listing = await run('ip', [
				'netns',
				'exec',
				namespace,
				'nft',
				'list',
				'table',
				'netdev',
				'skylark_fault',
			]);

			return droppedPerChain(listing);
		},
		async capUplink(kbps) {
			await run('tc', ['-n', namespace, ...rateCapArgs('eth0', kbps)]);
		},
		launchChromium(origin, extraArgs = []) {
			writeChromiumWrapper(wrapper, namespace);

			return launchChromium(
				[`--unsafely-treat-insecure-origin-as-secure=${origin}`, ...extraArgs],
				wrapper
			);
		},
	};
}

/** Sums the `counter packets N` of each chain in an `nft list table` listing. */
function droppedPerChain(listing: string): { up: number; down: number } {
	const dropped = { up: 0, down: 0 };

	for (const [, name, body] of listing.matchAll(/chain (up|down) \{([^}]*)\}/g)) {
		for (const [, packets] of body.matchAll(/counter packets (\d+)/g)) {
			dropped[name as 'up' | 'down'] += Number(packets);
		}
	}

	return dropped;
}

/** A script Playwright can start as "Chromium" that runs Debian's Chromium inside `namespace`. */
function writeChromiumWrapper(file: string, namespace: string): void {
	// exec keeps Playwright's pipes (fds 3 and 4) and the process id.
	fs.writeFileSync(file, `#!/bin/sh\nexec ip netns exec ${namespace} /usr/bin/chromium "$@"\n`, {
		mode: 0o755,
	});
}

/** Puts a free 10.201.0.x on the host's loopback, removed with the lab. */
async function addLoopbackAddress(lab: Set<() => void>): Promise<string> {
	const address = freeServiceAddress();
	const remove = () => runQuietly('ip', ['addr', 'del', `${address}/32`, 'dev', 'lo']);

	await run('ip', ['addr', 'add', `${address}/32`, 'dev', 'lo']);
	leftovers.add(remove);
	lab.add(remove);

	return address;
}

/** A lab of client namespaces around one server address. Needs root (CAP_NET_ADMIN). */
export async function createNetLab(): Promise<NetLab> {
	sweepDeadRuns();

	const removals = new Set<() => void>();

	return {
		serviceAddress: await addLoopbackAddress(removals),
		addAddress: () => addLoopbackAddress(removals),
		addClient: () => createClient(removals),
		close() {
			for (const remove of removals) {
				remove();
				leftovers.delete(remove);
			}

			removals.clear();
		},
	};
}
