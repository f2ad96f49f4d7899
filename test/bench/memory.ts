/**
 * `npm run bench:memory`: the control plane's memory per peer. A node runs in
 * this process (one worker, plain transports on loopback); the peers run in
 * child processes. After a forced garbage collection it reads this process's
 * heap and RSS with no peers, with BENCH_PEERS (default 1,000) idle peers
 * (joined, signaling only), and with as many viewers that each consume a
 * publisher's video (the load test's plain-transport subscribers).
 * The workers' RSS is printed beside it: the media objects live there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startTestServer } from '../helpers/server.js';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';
import { until } from '../helpers/within.js';
import { rssMiB } from './procStats.js';

const PEERS = Number(process.env.BENCH_PEERS ?? 1000);

setFlagsFromString('--expose-gc');

const gc = runInNewContext('gc') as () => void;
// Short graces: peers killed between the two phases leave, and their room closes, within seconds.
const server = await startTestServer({
	PLAIN_TRANSPORTS: 'loopback',
	RECONNECT_GRACE_MS: '1000',
	ROOM_EMPTY_GRACE_MS: '1000',
});

interface Reading {
	heapMiB: number;
	rssMiB: number;
	workerRssMiB: number;
}

function read(): Reading {
	gc();
	gc();

	return {
		heapMiB: process.memoryUsage().heapUsed / 2 ** 20,
		rssMiB: process.memoryUsage().rss / 2 ** 20,
		workerRssMiB: server.pool.state().reduce((sum, w) => sum + rssMiB(w.pid), 0),
	};
}

function script(file: string, args: string[]): ChildProcess {
	return spawn(process.execPath, ['--import', 'tsx', new URL(file, import.meta.url).pathname, ...args], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
}

async function stop(child: ChildProcess, room: string): Promise<void> {
	child.kill('SIGTERM');
	await once(child, 'exit');
	await until(() => !server.rooms.get(room), 30_000, `${room} closed`);
}

function perPeer(label: string, base: Reading, loaded: Reading): void {
	const kb = (mib: number) => ((mib * 1024) / PEERS).toFixed(1);

	process.stdout.write(
		`${label.padEnd(34)} heap ${kb(loaded.heapMiB - base.heapMiB)} KB/peer, ` +
			`RSS ${kb(loaded.rssMiB - base.rssMiB)} KB/peer, workers' RSS ${kb(loaded.workerRssMiB - base.workerRssMiB)} KB/peer ` +
			`(heap ${base.heapMiB.toFixed(1)} → ${loaded.heapMiB.toFixed(1)} MiB)\n`
	);
}

const base = read();
const idle = script('./memoryClients.ts', [server.url, 'memory-idle', String(PEERS)]);

await createInterface({ input: idle.stdout! })[Symbol.asyncIterator]().next();
perPeer(`${PEERS} idle signaling peers`, base, read());
await stop(idle, 'memory-idle');

const emptyAgain = read();
const viewers = script('../load/loadtest.ts', [
	...['--url', server.url, '--room', 'memory-viewers', '--publishers', '1', '--subscribers', String(PEERS)],
	// A trickle of video and no audio: each viewer holds a consumer, while forwarding stays far below what
	// the machine carries (1,000 viewers of a full-rate stream would measure the load process instead).
	...['--mode', 'plain', '--no-audio', '--video-kbps', '10', '--ramp', '50', '--duration', '600'],
	...['--auth-secret', TEST_AUTH_SECRET],
]);

viewers.stdout!.pipe(process.stderr);

const exited = once(viewers, 'exit').then(([code]) => {
	throw new Error(`the load test exited (${String(code)}) before its viewers were all in`);
});

await Promise.race([
	exited,
	until(
		() => {
			const room = server.rooms.get('memory-viewers');
			const consumers = [...(room?.peers.values() ?? [])].reduce((n, p) => n + p.consumers.size, 0);

			return consumers >= PEERS;
		},
		600_000,
		`${PEERS} viewers consuming the video`,
		1000
	),
]);
exited.catch(() => undefined);
perPeer(`${PEERS} viewers, a consumer each`, emptyAgain, read());
await stop(viewers, 'memory-viewers');
await server.close();
process.exit(0);
