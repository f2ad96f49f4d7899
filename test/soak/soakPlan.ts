/** The soak's load, shared by the load process (which makes it) and the checks (which bound it). */
export const SOAK_PLAN = {
	/** Rooms open at a time. */
	slots: 2,
	/** Viewers per room, besides its publisher. */
	viewers: 3,
	roomLifetimeMs: 45_000,
	actionEveryMs: 4000,
} as const;

/**
 * The most of each thing the plan can hold at once. A room lingers for the
 * server's empty-room grace after its last peer leaves, and a dropped viewer's
 * peer for the reconnect grace, so up to twice the slots' rooms and peers.
 */
export function planBounds() {
	const rooms = SOAK_PLAN.slots * 2;
	const peers = rooms * (SOAK_PLAN.viewers + 2);

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
