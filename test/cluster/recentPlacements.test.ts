import * as assert from 'node:assert/strict';
import { RecentPlacements } from '../../server/src/cluster/RecentPlacements.js';

describe('recent placements (what a node sent where, until the target’s load shows it)', () => {
	it('counts placements within the window only', () => {
		const recent = new RecentPlacements(5000);

		recent.note('node-a', 1000);
		recent.note('node-a', 3000);
		recent.note('node-b', 3000);

		assert.equal(recent.count('node-a', 4000), 2);
		assert.equal(recent.count('node-a', 6500), 1, 'the one at 1000 ms has aged out');
		assert.equal(recent.count('node-b', 6500), 1);
		assert.equal(recent.count('node-c', 6500), 0);
	});

	it('forgets keys with nothing recent, so rooms that come and go leave nothing behind', () => {
		const recent = new RecentPlacements(5000);

		for (let room = 0; room < 100; room++) {
			recent.note(`origin:room-${room}`, room);
		}

		assert.equal(recent.size, 100);
		recent.note('node-a', 10_000);
		assert.equal(recent.size, 1);
	});
});
