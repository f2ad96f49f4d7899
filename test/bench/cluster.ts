/**
 * `npm run bench:cluster`: what the cluster costs, measured on a real Redis
 * and two real Skylark processes on this machine:
 *   - Redis round trips per join, for a new room, a room hosted on the entry
 *     node, and a room another node hosts (redirect), from the nodes' own
 *     `skylark_cluster_redis_round_trips_total` counters;
 *   - join latency (the SDK's join() on a Node WebRTC peer, through
 *     setCapabilities and both transports) for those three, in one run;
 *   - the background load of idle nodes on Redis (heartbeats);
 *   - the control plane's memory (the Node process, not the workers), with
 *     and without REDIS_URL, idle.
 */
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import { startCluster, stopCluster, type ClusterNode } from '../helpers/cluster.js';
import { startRedis } from '../helpers/redisServer.js';
import { startSkylarkProcess } from '../helpers/skylarkProcess.js';
import { connectNodeClient } from '../helpers/weriftPeer.js';
import { percentile, rssMiB } from './procStats.js';

const JOINS = Number(process.env.BENCH_JOINS ?? 30);
/** Round trips a join may cause; the rest (heartbeat, assert, read-nodes) is background. */
const JOIN_OPS = ['read-room', 'read-node', 'claim', 'claim-once'];

/** Registry round trips so far, by purpose, summed over the nodes. */
async function roundTrips(nodes: ClusterNode[]): Promise<Map<string, number>> {
	const counts = new Map<string, number>();

	for (const node of nodes) {
		const text = await (await fetch(`${node.url}/metrics`)).text();

		for (const m of text.matchAll(
			/^skylark_cluster_redis_round_trips_total\{op="([^"]+)"[^}]*\} (\d+)/gm
		)) {
			counts.set(m[1], (counts.get(m[1]) ?? 0) + Number(m[2]));
		}
	}

	return counts;
}

function delta(before: Map<string, number>, after: Map<string, number>, ops: string[]): number {
	return ops.reduce((sum, op) => sum + (after.get(op) ?? 0) - (before.get(op) ?? 0), 0);
}

interface Measured {
	times: number[];
	tripsPerJoin: number;
}

/** `count` fresh clients join `room(i)` through `entry`, one after the other. */
async function joins(
	nodes: ClusterNode[],
	entry: ClusterNode,
	room: (i: number) => string
): Promise<Measured> {
	const before = await roundTrips(nodes);
	const times: number[] = [];

	for (let i = 0; i < JOINS; i++) {
		const client: SkylarkClient = await connectNodeClient(entry.url, room(i));
		const started = performance.now();

		await client.join(room(i), { displayName: `bench-${i}` });
		times.push(performance.now() - started);
		client.close();
	}

	return { times, tripsPerJoin: delta(before, await roundTrips(nodes), JOIN_OPS) / JOINS };
}

const p50 = (times: number[]) =>
	percentile(
		[...times].sort((a, b) => a - b),
		50
	);
const p90 = (times: number[]) =>
	percentile(
		[...times].sort((a, b) => a - b),
		90
	);
const row = (what: string, m: Measured) =>
	`| ${what} | ${m.tripsPerJoin.toFixed(2)} | ${p50(m.times).toFixed(1)} ms | ${p90(m.times).toFixed(1)} ms |`;

async function main(): Promise<void> {
	const redis = await startRedis();
	const nodes = await startCluster(redis, 2);

	try {
		const [a, b] = nodes;
		const idleBefore = await roundTrips(nodes);
		const idleStart = performance.now();

		await new Promise((resolve) => setTimeout(resolve, 5000));

		const idleSeconds = (performance.now() - idleStart) / 1000;
		const background = delta(idleBefore, await roundTrips(nodes), ['heartbeat', 'assert', 'read-nodes']);
		const clusteredIdleRss = rssMiB(a.child.pid!);
		const created = await joins(nodes, a, (i) => `fresh-${i}`);
		const host = await connectNodeClient(a.url, 'hosted');

		await host.join('hosted', { displayName: 'host' });

		const direct = await joins(nodes, a, () => 'hosted');
		const redirected = await joins(nodes, b, () => 'hosted');

		host.close();

		const single = await startSkylarkProcess({ NUM_WORKERS: '1' });

		await new Promise((resolve) => setTimeout(resolve, 2000));

		const memory = { single: rssMiB(single.child.pid!), clustered: clusteredIdleRss };

		single.child.kill('SIGKILL');
		process.stdout.write(
			[
				`cluster bench: 2 nodes (1 worker each) + Redis on loopback, ${JOINS} joins per row, one at a time`,
				'',
				'| join | Redis round trips per join | join p50 | join p90 |',
				'| --- | --- | --- | --- |',
				row('new room (placed on the entry node)', created),
				row('room hosted on the entry node', direct),
				row('room hosted on another node (redirect)', redirected),
				'',
				`redirect cost at p50: ${(p50(redirected.times) - p50(direct.times)).toFixed(1)} ms (ratio ${(p50(redirected.times) / p50(direct.times)).toFixed(2)})`,
				`background: ${(background / idleSeconds / nodes.length).toFixed(2)} Redis round trips per second per idle node`,
				`control-plane RSS (Node process, idle, 1 worker): single node ${memory.single.toFixed(0)} MiB, cluster node ${memory.clustered.toFixed(0)} MiB`,
				'',
			].join('\n')
		);
	} finally {
		await stopCluster(nodes);
		await redis.stop();
	}
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stderr.write(`bench:cluster failed: ${error.stack ?? error.message}\n`);
		process.exit(1);
	}
);
