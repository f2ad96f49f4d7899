import type { NodeRecord } from '../../cluster/ClusterRouter.js';

/** One room of the webinar cascade, across the cluster (GET /cluster `cascade`). */
export interface CascadeRoomView {
	room: string;
	/** The node its publishers are on. */
	origin?: string;
	/** Producers the origin pipes out, over all its edges. */
	originPipes: number;
	edges: { node: string; viewers: number; pipes: number }[];
	/** Viewers per node, origin included. */
	viewers: Record<string, number>;
}

/** What each node reports of the cascade (its heartbeat's load), put together per room. */
export function cascadeView(nodes: readonly NodeRecord[]): CascadeRoomView[] {
	const rooms = new Map<string, CascadeRoomView>();

	for (const node of nodes) {
		for (const entry of node.load.cascade ?? []) {
			const view = rooms.get(entry.room) ?? {
				room: entry.room,
				originPipes: 0,
				edges: [],
				viewers: {},
			};

			view.viewers[node.id] = entry.viewers;

			if (entry.role === 'origin') {
				view.origin = node.id;
				view.originPipes = entry.pipes;
			} else {
				view.origin ??= entry.origin;
				view.edges.push({ node: node.id, viewers: entry.viewers, pipes: entry.pipes });
			}

			rooms.set(entry.room, view);
		}
	}

	return [...rooms.values()];
}
