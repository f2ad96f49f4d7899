import * as assert from 'node:assert/strict';
import type { NodeRecord } from '../../server/src/cluster/ClusterRouter.js';
import { placeViewer, type ViewerPlacementInput } from '../../server/src/cluster/viewerPlacement.js';

const NOW = 1_000_000;

function node(
	id: string,
	load: Partial<NodeRecord['load']> = {},
	state: NodeRecord['state'] = 'serving'
): NodeRecord {
	return {
		id,
		url: `http://${id}`,
		state,
		startedAt: 0,
		lastSeen: NOW,
		load: { cpu: [0.1], consumers: 0, rooms: 1, peers: 0, full: false, ...load },
	};
}

const a = node('a');
const b = node('b');
const c = node('c');

/** Where a viewer goes, as a node id ('a' is the origin, unless told otherwise). */
function place(overrides: Partial<ViewerPlacementInput> = {}): string | undefined {
	const target = placeViewer({
		origin: a,
		entry: b,
		nodes: [a, b, c],
		originViewers: 0,
		maxOriginViewers: 2,
		entryHasRoom: true,
		now: NOW,
		staleAfterMs: 6000,
		recentlyPlaced: () => 0,
		...overrides,
	});

	return target?.kind === 'origin' ? 'a' : target?.node.id;
}

describe('viewer placement (the cascade rule)', () => {
	it('keeps viewers on the origin below ORIGIN_MAX_VIEWERS, then on the node they entered through', () => {
		assert.equal(place({ originViewers: 1 }), 'a');
		assert.equal(place({ originViewers: 2 }), 'b');
		assert.equal(place({ maxOriginViewers: 0 }), 'b', '0 sends every viewer to an edge');
	});

	it('skips an origin that is full, draining or silent', () => {
		assert.equal(place({ origin: node('a', { full: true }) }), 'b');
		assert.equal(place({ origin: node('a', {}, 'draining') }), 'b');
		assert.equal(place({ origin: { ...a, lastSeen: NOW - 10_000 } }), 'b');
	});

	it('goes to the least-loaded other node when the entry node is the origin or has no room', () => {
		assert.equal(place({ entry: a, originViewers: 5 }), 'b', 'entered through the full origin');
		assert.equal(place({ entryHasRoom: false, originViewers: 5 }), 'c');
		assert.equal(place({ entry: node('b', {}, 'draining'), originViewers: 5 }), 'c');
	});

	it('ranks edges by CPU, then by peers counting its own recent placements', () => {
		const busy = node('b', { cpu: [0.9] });
		const d = node('d', { peers: 10 });
		const nodes = [a, busy, c, d];

		assert.equal(place({ entry: a, nodes, originViewers: 5 }), 'c');
		// Forty viewers sent to c in the last seconds do not show in its load yet: d is the emptier.
		assert.equal(
			place({ entry: a, nodes, originViewers: 5, recentlyPlaced: (id) => (id === 'c' ? 40 : 0) }),
			'd'
		);
	});

	it('falls back to the origin when no other node can take a viewer, and to nothing when none can', () => {
		const full = { full: true };

		assert.equal(
			place({ nodes: [a, node('b', full), node('c', full)], entryHasRoom: false, originViewers: 9 }),
			'a'
		);
		assert.equal(
			place({
				origin: node('a', full),
				nodes: [node('a', full), node('b', full)],
				entry: node('b', full),
			}),
			undefined
		);
	});
});
