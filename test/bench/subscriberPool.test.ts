import * as assert from 'node:assert/strict';
import { windowTotals } from './subscriberPool.js';

describe("bench:peers' loss count", () => {
	it('charges a subscriber whose stream stalled the typical count, which its sequence numbers cannot show', () => {
		const before = [
			{ received: 100, expected: 100 },
			{ received: 100, expected: 100 },
			{ received: 100, expected: 100 },
		];
		const after = [
			{ received: 700, expected: 700 },
			{ received: 695, expected: 700 },
			// Stalled: nothing new, so nothing new expected either by its own count.
			{ received: 100, expected: 100 },
		];

		assert.deepEqual(windowTotals(before, after), { received: 1195, expected: 1800 });
		// A subscriber that joined during the window counts from its first packet.
		assert.deepEqual(windowTotals([], [{ received: 50, expected: 50 }]), { received: 50, expected: 50 });
	});
});
