/** The soak's load, shared by the load process (which makes it) and the checks (which bound it). */
export interface SoakPlan {
	/** Rooms open at a time. */
	slots: number;
	/** Viewers per room, besides its publisher. */
	viewers: number;
	roomLifetimeMs: number;
	actionEveryMs: number;
	/** Viewers of the webinar running beside the rooms (soakFanout.ts); 0 for none. */
	fanout: number;
}

/** `npm test`'s plan; `--rooms`, `--viewers` and `--fanout` scale it. */
export const SOAK_PLAN: SoakPlan = {
	slots: 2,
	viewers: 3,
	roomLifetimeMs: 45_000,
	actionEveryMs: 4000,
	fanout: 50,
};

/**
 * The most of each thing the plan can hold at once. A room lingers for the
 * server's empty-room grace after its last peer leaves, and a dropped viewer's
 * peer for the reconnect grace, so up to twice the slots' rooms and peers.
 * Any room may spread over both workers (the webinar fills one; a busy worker
 * sends new peers to the other): a second router, a pair of pipe transports,
 * and a pipe consumer per producer.
 */
export function planBounds(plan: SoakPlan) {
	// The webinar (soakFanout.ts): one room, the next opening as the last lingers; its
	// presenter has a plain transport per track, each viewer one.
	const webinar = plan.fanout > 0;
	const rooms = plan.slots * 2 + (webinar ? 2 : 0);
	const peers = plan.slots * 2 * (plan.viewers + 2) + (webinar ? plan.fanout + 1 : 0);
	// Two tracks per publisher.
	const producers = rooms * 2;

	return {
		rooms,
		peers,
		routers: rooms * 2,
		transports: peers * 2 + rooms * 2,
		producers,
		// Each track consumed by every other peer of its room, and piped once.
		consumers: peers * 2 + producers,
	};
}
