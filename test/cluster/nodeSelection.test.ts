import * as assert from 'node:assert/strict';
import type { NodeRecord } from '../../server/src/cluster/ClusterRouter.js';
import { chooseNode } from '../../server/src/cluster/nodeSelection.js';

const NOW = 1_000_000;

function node(
	id: string,
	overrides: Partial<NodeRecord> & { cpu?: number; rooms?: number } = {}
): NodeRecord {
	return {
		id,
		url: `http://${id}`,
		state: 'serving',
		startedAt: 0,
		lastSeen: NOW,
		...overrides,
		load: {
			cpu: [overrides.cpu ?? 0],
			consumers: 0,
			rooms: overrides.rooms ?? 0,
			peers: 0,
			full: false,
			...overrides.load,
		},
	};
}

const choose = (
	nodes: NodeRecord[],
	options: { region?: string; preferred?: string; recent?: Record<string, number> } = {}
) =>
	chooseNode(nodes, {
		now: NOW,
		staleAfterMs: 6000,
		region: options.region,
		preferred: options.preferred,
		recentlyPlaced: (id) => options.recent?.[id] ?? 0,
	})?.id;

describe('cluster node selection', () => {
	it('picks the least-loaded node by CPU, then rooms', () => {
		assert.equal(choose([node('a', { cpu: 0.5 }), node('b', { cpu: 0.1 })]), 'b');
		assert.equal(choose([node('a', { rooms: 3 }), node('b', { rooms: 1 })]), 'b');
		// Within one 5% CPU bucket, room counts decide.
		assert.equal(choose([node('a', { cpu: 0.11, rooms: 0 }), node('b', { cpu: 0.1, rooms: 2 })]), 'a');
	});

	it('never picks a draining, stale or full node', () => {
		assert.equal(
			choose([
				node('a', { state: 'draining' }),
				node('b', { lastSeen: NOW - 7000 }),
				node('c', { load: { cpu: [0], consumers: 0, rooms: 0, peers: 0, full: true } }),
			]),
			undefined
		);
		assert.equal(choose([node('a', { state: 'draining' }), node('d', { cpu: 0.9 })]), 'd');
	});

	it('prefers the region given, and falls back to any region', () => {
		const nodes = [node('eu', { region: 'eu', cpu: 0.6 }), node('us', { region: 'us' })];

		assert.equal(choose(nodes, { region: 'eu' }), 'eu');
		assert.equal(choose(nodes, { region: 'ap' }), 'us');
	});

	it('counts rooms it placed moments ago, and prefers the entry node on a tie', () => {
		assert.equal(choose([node('a'), node('b')], { recent: { a: 2 } }), 'b');
		assert.equal(choose([node('a'), node('b')], { preferred: 'b' }), 'b');
		assert.equal(choose([node('a'), node('b', { rooms: 1 })], { preferred: 'b' }), 'a');
	});
});
