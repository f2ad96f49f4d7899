/** The soak's load, shared by the load process (which makes it) and the checks (which bound it). */
export interface SoakPlan {
	/** Rooms open at a time. */
	slots: number;
	/** Viewers per room, besides its publisher. */
	viewers: number;
	roomLifetimeMs: number;
	actionEveryMs: number;
}

/** `npm test`'s plan; `--rooms` and `--viewers` scale it. */
export const SOAK_PLAN: SoakPlan = {
	slots: 2,
	viewers: 3,
	roomLifetimeMs: 45_000,
	actionEveryMs: 4000,
};

/**
 * The most of each thing the plan can hold at once. A room lingers for the
 * server's empty-room grace after its last peer leaves, and a dropped viewer's
 * peer for the reconnect grace, so up to twice the slots' rooms and peers.
 */
export function planBounds(plan: SoakPlan) {
	const rooms = plan.slots * 2;
	const peers = rooms * (plan.viewers + 2);

	return {
		rooms,
		peers,
		routers: rooms,
		transports: peers * 2,
		// Two tracks per publisher, each consumed by every other peer.
		producers: rooms * 2,
		consumers: peers * 2,
	};
}
