import type { NodeRecord } from './ClusterRouter.js';
import { canHost, cpuLoad } from './nodeSelection.js';

/** Where a viewer of a room that lives on `origin` goes. */
export type ViewerTarget = { kind: 'origin' } | { kind: 'edge'; node: NodeRecord };

export interface ViewerPlacementInput {
	origin: NodeRecord;
	/** The node the viewer entered through. */
	entry: NodeRecord;
	nodes: readonly NodeRecord[];
	/** Viewers at the origin, counting those this node sent there moments ago. */
	originViewers: number;
	maxOriginViewers: number;
	/** Whether the entry node can take one more viewer of this room (its own limits). */
	entryHasRoom: boolean;
	now: number;
	staleAfterMs: number;
	/** Viewers this node placed on a node moments ago, which its load does not show yet. */
	recentlyPlaced: (nodeId: string) => number;
}

/**
 * The cascade's placement rule. A viewer stays on the origin while it has
 * fewer than `maxOriginViewers` and room to spare; then it is served by the
 * node it entered through (which becomes an edge); when that node is the
 * origin, or cannot take it, by the least-loaded other serving node.
 * Undefined when no node can take it.
 */
export function placeViewer(input: ViewerPlacementInput): ViewerTarget | undefined {
	const { origin, entry, now, staleAfterMs } = input;
	const originUsable = canHost(origin, now, staleAfterMs);

	if (originUsable && input.originViewers < input.maxOriginViewers) {
		return { kind: 'origin' };
	}

	if (entry.id !== origin.id && input.entryHasRoom && canHost(entry, now, staleAfterMs)) {
		return { kind: 'edge', node: entry };
	}

	// Within 5% CPU, nodes count as equally busy: then the fewest peers (with recent placements) wins.
	const cpuBucket = (n: NodeRecord) => Math.floor(cpuLoad(n) * 20);
	const peers = (n: NodeRecord) => n.load.peers + input.recentlyPlaced(n.id);
	const edge = input.nodes
		.filter((n) => n.id !== origin.id && n.id !== entry.id && canHost(n, now, staleAfterMs))
		.sort((a, b) => cpuBucket(a) - cpuBucket(b) || peers(a) - peers(b) || a.id.localeCompare(b.id))[0];

	if (edge) {
		return { kind: 'edge', node: edge };
	}

	// Nowhere else: the origin takes it after all, if it can host anyone.
	return originUsable ? { kind: 'origin' } : undefined;
}
