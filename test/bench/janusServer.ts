/**
 * Debian's Janus (1.1.2) for bench:peers: installed if missing (its system
 * service is not left enabled), configured in a temporary directory (HTTP
 * transport and Streaming plugin only, loopback, ICE-lite, one event loop
 * for every handle, as one mediasoup worker is one thread) and run in the
 * foreground, pinned to one core, until stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureDebianPackages, missingPackages } from '../../server/worker-build/debianPackages.js';
import { run } from '../../server/worker-build/exec.js';
import { freePortRange } from '../helpers/ports.js';
import { until } from '../helpers/within.js';
import { NAMESPACE_IP } from './benchNamespace.js';

const SERVICE_LINK = '/etc/systemd/system/multi-user.target.wants/janus.service';
/** The Streaming plugin's mountpoint that the source feeds and subscribers watch. */
export const JANUS_MOUNTPOINT = 1;
export const JANUS_VIDEO_PT = 96;

/**
 * Installs the janus package if missing. Its postinst enables janus.service
 * (policy-rc.d only stops it starting): an install made here is undone
 * there, so the machine boots as it did before.
 */
export async function ensureJanus(): Promise<void> {
	if ((await missingPackages(['janus'])).length === 0) {
		return;
	}

	const wasEnabled = fs.existsSync(SERVICE_LINK);

	await ensureDebianPackages(['janus'], 'bench:peers (Janus, the SFU compared)');

	if (!wasEnabled && fs.existsSync(SERVICE_LINK)) {
		// deb-systemd-helper keeps dpkg's record of the unit in step, so an upgrade does not re-enable it.
		await run('deb-systemd-helper', ['disable', 'janus.service'], {
			env: { ...process.env, DPKG_MAINTSCRIPT_PACKAGE: 'janus' },
		});
	}
}

/** Every module in one of Janus's module folders except `keep`: their names for a `disable` list. */
function allBut(folder: string, keep: string[]): string {
	return fs
		.readdirSync(folder)
		.filter((file) => file.endsWith('.so') && !keep.includes(file))
		.join(',');
}

function modulesRoot(): string {
	const root = fs
		.readdirSync('/usr/lib')
		.map((dir) => path.join('/usr/lib', dir, 'janus'))
		.find((dir) => fs.existsSync(path.join(dir, 'plugins', 'libjanus_streaming.so')));

	if (!root) {
		throw new Error("Janus's Streaming plugin is not under /usr/lib/*/janus/plugins");
	}

	return root;
}

function writeConfig(dir: string, httpPort: number, videoPort: number): void {
	const root = modulesRoot();
	const folder = (name: string) => path.join(root, name);

	fs.writeFileSync(
		path.join(dir, 'janus.jcfg'),
		`general: {
	configs_folder = "${dir}"
	plugins_folder = "${folder('plugins')}"
	transports_folder = "${folder('transports')}"
	events_folder = "${folder('events')}"
	loggers_folder = "${folder('loggers')}"
	debug_level = 3
	session_timeout = 0
	event_loops = 1
}
nat: {
	ice_lite = true
	ice_enforce_list = "${NAMESPACE_IP}"
	ignore_mdns = true
}
plugins: {
	disable = "${allBut(folder('plugins'), ['libjanus_streaming.so'])}"
}
transports: {
	disable = "${allBut(folder('transports'), ['libjanus_http.so'])}"
}
loggers: {
	disable = "${allBut(folder('loggers'), [])}"
}
events: {
	broadcast = false
	disable = "${allBut(folder('events'), [])}"
}
`
	);
	fs.writeFileSync(
		path.join(dir, 'janus.transport.http.jcfg'),
		`general: {
	json = "compact"
	base_path = "/janus"
	http = true
	port = ${httpPort}
	ip = "127.0.0.1"
	https = false
}
admin: {
	admin_http = false
}
`
	);
	fs.writeFileSync(
		path.join(dir, 'janus.plugin.streaming.jcfg'),
		`general: {
}
bench: {
	type = "rtp"
	id = ${JANUS_MOUNTPOINT}
	description = "bench:peers"
	audio = false
	video = true
	videoport = ${videoPort}
	videoiface = "127.0.0.1"
	videopt = ${JANUS_VIDEO_PT}
	videocodec = "vp8"
}
`
	);
}

export interface JanusServer {
	readonly pid: number;
	/** The HTTP API, e.g. http://127.0.0.1:8088/janus */
	readonly api: string;
	/** Where the mountpoint takes the source's RTP. */
	readonly videoPort: number;
	stop(): Promise<void>;
}

/** Starts Janus pinned to `core`, resolved once its HTTP API answers. */
export async function startJanus(dir: string, core: number): Promise<JanusServer> {
	const httpPort = await freePortRange(1);
	const videoPort = await freePortRange(1);

	writeConfig(dir, httpPort, videoPort);

	const child: ChildProcess = spawn(
		'taskset',
		['-c', String(core), 'janus', '-F', dir, '-C', path.join(dir, 'janus.jcfg'), '--disable-colors'],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let log = '';

	for (const stream of [child.stdout!, child.stderr!]) {
		stream.on('data', (chunk: Buffer) => {
			// Only the tail is kept: it says why Janus stopped, if it does.
			log = (log + chunk.toString()).slice(-4000);
		});
	}

	const exited = once(child, 'exit');
	const api = `http://127.0.0.1:${httpPort}/janus`;
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGKILL');
			await exited;
		}
	};

	try {
		await until(
			async () => {
				if (child.exitCode !== null) {
					throw new Error(`janus exited (${child.exitCode}): ${log}`);
				}

				return fetch(`${api}/info`).then(
					(r) => r.ok,
					() => false
				);
			},
			20_000,
			() => `Janus's HTTP API on ${api}: ${log}`,
			200
		);
	} catch (error) {
		await stop();
		throw error;
	}

	// taskset exec()s janus: the child's pid is Janus's.
	return { pid: child.pid!, api, videoPort, stop };
}
