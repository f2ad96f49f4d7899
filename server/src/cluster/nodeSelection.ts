import type { NodeRecord } from './ClusterRouter.js';

/**
 * Whether a node may be given a new room: it answered recently, it serves
 * (not draining), and it says it has room.
 */
export function canHost(node: NodeRecord, now: number, staleAfterMs: number): boolean {
	return node.state === 'serving' && !node.load.full && now - node.lastSeen <= staleAfterMs;
}

/** Average worker CPU: the load that decides where a room goes first. */
export function cpuLoad(node: NodeRecord): number {
	return node.load.cpu.length ? node.load.cpu.reduce((a, b) => a + b, 0) / node.load.cpu.length : 0;
}

/**
 * Picks the node for a new room: the least loaded that can host it, in
 * `region` first when one is given (the entry node's region stands in for
 * the client's, as DNS sends clients to a nearby entry). Ranked by CPU, then
 * rooms (counting rooms this node placed there moments ago, which their load
 * does not show yet); on a tie the `preferred` node (the entry node: no
 * redirect), then fewer peers. Undefined when no node can host a room.
 */
export function chooseNode(
	nodes: readonly NodeRecord[],
	options: {
		region?: string;
		now: number;
		staleAfterMs: number;
		recentlyPlaced: (nodeId: string) => number;
		preferred?: string;
	}
): NodeRecord | undefined {
	const candidates = nodes.filter((n) => canHost(n, options.now, options.staleAfterMs));
	const local = options.region ? candidates.filter((n) => n.region === options.region) : [];
	const pool = local.length ? local : candidates;
	// Within 5% CPU, nodes count as equally busy, so room counts decide.
	const cpuBucket = (n: NodeRecord) => Math.floor(cpuLoad(n) * 20);

	return [...pool].sort(
		(a, b) =>
			cpuBucket(a) - cpuBucket(b) ||
			a.load.rooms + options.recentlyPlaced(a.id) - (b.load.rooms + options.recentlyPlaced(b.id)) ||
			Number(b.id === options.preferred) - Number(a.id === options.preferred) ||
			a.load.peers - b.load.peers ||
			a.id.localeCompare(b.id)
	)[0];
}
