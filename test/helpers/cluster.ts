import type * as werift from 'werift';
import type { RemoteTrack, SkylarkClient } from '../../client-sdk/src/index.js';
import { adminClient } from './adminClient.js';
import { childProcesses } from './processes.js';
import type { RedisServer } from './redisServer.js';
import { startSkylarkProcess, type SkylarkProcess } from './skylarkProcess.js';
import { until } from './within.js';

export const CLUSTER_ADMIN_KEY = 'cluster-test-admin-key-0123456789';

export interface ClusterNode extends SkylarkProcess {
	readonly id: string;
	readonly admin: ReturnType<typeof adminClient>;
}

/** `GET /cluster` as the tests read it. */
export interface ClusterView {
	node: string;
	nodes: { id: string; url: string; state: string; load: { rooms: number; peers: number } }[];
	rooms: { id: string; node: string; epoch: number; peers: number }[];
	cascade: {
		room: string;
		origin?: string;
		originPipes: number;
		edges: { node: string; viewers: number; pipes: number }[];
		viewers: Record<string, number>;
	}[];
}

/**
 * Starts `count` Skylark nodes as separate processes (one worker each) on
 * loopback, sharing `redis`. Their ids are node-a, node-b, ... A short
 * NODE_TTL_MS makes a dead node leave the registry in 3 s.
 */
export async function startCluster(
	redis: RedisServer,
	count: number,
	env: Record<string, string> = {}
): Promise<ClusterNode[]> {
	const nodes = await Promise.all(
		Array.from({ length: count }, async (_, i) => {
			const id = `node-${String.fromCharCode(97 + i)}`;
			const node = await startSkylarkProcess({
				REDIS_URL: redis.url,
				NODE_ID: id,
				ADMIN_API_KEY: CLUSTER_ADMIN_KEY,
				NODE_TTL_MS: '3000',
				LOG_LEVEL: 'info',
				...env,
			});

			return { ...node, id, admin: adminClient(node.url, CLUSTER_ADMIN_KEY) };
		})
	);

	// Every node has seen every other once its next heartbeat read the registry.
	await until(
		async () => (await clusterView(nodes[0])).nodes.length === count,
		10_000,
		'every node registered'
	);

	return nodes;
}

export async function clusterView(node: ClusterNode): Promise<ClusterView> {
	const { status, body } = await node.admin<ClusterView>('/cluster');

	if (status !== 200) {
		throw new Error(`GET /cluster on ${node.id}: ${status}`);
	}

	return body;
}

/** The node hosting `roomId`, per the registry. */
export async function ownerOf(nodes: ClusterNode[], roomId: string): Promise<ClusterNode> {
	const entry = await until(
		async () =>
			(await clusterView(nodes.find((n) => n.child.exitCode === null)!)).rooms.find(
				(r) => r.id === roomId
			),
		10_000,
		`room ${roomId} in the registry`
	);

	return nodes.find((n) => n.id === entry.node)!;
}

/** kill -9 of a whole node: its Node process and its mediasoup workers. */
export async function killNode(node: ClusterNode): Promise<void> {
	const workers = childProcesses('mediasoup-worker', node.child.pid!);

	node.child.kill('SIGKILL');
	workers.forEach((pid) => {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// already gone with its parent
		}
	});
	await node.exited;
}

export async function stopCluster(nodes: ClusterNode[]): Promise<void> {
	await Promise.all(
		nodes.map(async (node) => {
			if (node.child.exitCode === null && node.child.signalCode === null) {
				await killNode(node);
			}
		})
	);
}

/**
 * Records when RTP packets of another peer's tracks arrive at `client`,
 * across every track it subscribes to (a room move gives it new ones): the
 * longest silence tells the media gap a move caused.
 */
export class PacketTimeline {
	readonly arrivals: number[] = [];

	/** `from`: the display name of the sender (its peer id changes when the room moves). */
	constructor(client: SkylarkClient, from: string) {
		const watch = (track: RemoteTrack) => {
			if (track.kind === 'audio' && client.peers.get(track.peerId)?.displayName === from) {
				(track.track as unknown as werift.MediaStreamTrack).onReceiveRtp.subscribe(() =>
					this.arrivals.push(performance.now())
				);
			}
		};

		client.tracks.forEach(watch);
		client.on('trackSubscribed', watch);
	}

	/** Packets that arrived after `since` (a performance.now() time). */
	countSince(since: number): number {
		return this.arrivals.filter((t) => t >= since).length;
	}

	/**
	 * The longest silence after `since`: between two packets, from `since` to
	 * the first, or from the last to now (a stream that stopped counts).
	 */
	longestGapSince(since: number): number {
		let last = since;
		let gap = 0;

		for (const t of this.arrivals.filter((a) => a >= since)) {
			gap = Math.max(gap, t - last);
			last = t;
		}

		return Math.max(gap, performance.now() - last);
	}
}
