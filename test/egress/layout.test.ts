import * as assert from 'node:assert/strict';
import { AudioMixer, AUDIO_BUFFER_MS, SAMPLE_RATE } from '../../server/src/egress/composite/AudioMixer.js';
import { BufferPool } from '../../server/src/egress/composite/BufferPool.js';
import { Canvas, yuv420Bytes } from '../../server/src/egress/composite/Canvas.js';
import { computeLayout, type Rect, type Visual } from '../../server/src/egress/composite/layout.js';

const canvas = { width: 1280, height: 720 };
const camera = (peerId: string): Visual => ({ peerId, producerId: `${peerId}-cam`, screen: false });
const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('egress composition: layouts, canvas, mixer and picture pool', () => {
	it('grids everyone in join order, inside the canvas, without overlaps, on even pixels', () => {
		for (let n = 1; n <= 10; n++) {
			const visuals = Array.from({ length: n }, (_, i) => camera(`p${i}`));
			const tiles = computeLayout({ kind: 'grid', canvas, visuals });

			assert.deepEqual(
				tiles.map((t) => t.visual.peerId),
				visuals.map((v) => v.peerId)
			);

			for (const [i, tile] of tiles.entries()) {
				assert.ok(tile.x >= 0 && tile.y >= 0, `tile ${i} of ${n} inside`);
				assert.ok(tile.x + tile.width <= canvas.width && tile.y + tile.height <= canvas.height);
				assert.ok(
					[tile.x, tile.y, tile.width, tile.height].every((v) => v % 2 === 0),
					'even'
				);
				tiles
					.slice(i + 1)
					.forEach((other) => assert.ok(!overlaps(tile, other), `${n}: tiles overlap`));
			}
		}

		assert.deepEqual(
			computeLayout({ kind: 'grid', canvas, visuals: [camera('a')] }).map(({ x, y, width, height }) => [
				x,
				y,
				width,
				height,
			]),
			[[0, 0, 1280, 720]]
		);
	});

	it('puts a shared screen large in the speaker layout, else the active speaker, the others in a strip', () => {
		const visuals = [camera('a'), camera('b'), camera('c')];
		const speaker = computeLayout({ kind: 'speaker', canvas, visuals, activePeerId: 'b' });

		assert.equal(speaker[0]!.visual.peerId, 'b');
		assert.equal(speaker[0]!.width, 1280);
		assert.ok(speaker.slice(1).every((t) => t.height < 200 && t.y > speaker[0]!.height));

		const screen: Visual = { peerId: 'c', producerId: 'c-screen', screen: true };
		const shared = computeLayout({
			kind: 'speaker',
			canvas,
			visuals: [...visuals, screen],
			activePeerId: 'b',
		});

		assert.equal(shared[0]!.visual, screen);
		assert.equal(shared.length, 4);
	});

	it('shows one participant alone in the single layout: the one asked for, else the active speaker', () => {
		const visuals = [camera('a'), camera('b')];

		assert.deepEqual(
			computeLayout({ kind: 'single', canvas, visuals, peerId: 'b' }).map((t) => t.visual.peerId),
			['b']
		);
		assert.deepEqual(
			computeLayout({ kind: 'single', canvas, visuals, activePeerId: 'a' }).map((t) => t.visual.peerId),
			['a']
		);
		assert.deepEqual(computeLayout({ kind: 'single', canvas, visuals: [] }), []);
	});

	it('copies a tile into the canvas centred, cropping a larger picture', () => {
		const size = { width: 8, height: 8 };
		const target = new Canvas(size);
		const small = Buffer.alloc(yuv420Bytes({ width: 4, height: 4 }), 200);
		const luma = (row: number) => [...target.snapshot().subarray(row * 8, row * 8 + 8)];

		target.clear();
		target.blit(small, { width: 4, height: 4 }, { x: 0, y: 0, ...size });

		// Rows and columns 2–5 hold the picture; the rest is background.
		assert.deepEqual(luma(1), Array(8).fill(40));
		assert.deepEqual(luma(2), [40, 40, 200, 200, 200, 200, 40, 40]);
		assert.deepEqual(luma(6), Array(8).fill(40));

		// A picture larger than its rect: its middle (value 90 there) fills the rect.
		const large = Buffer.alloc(yuv420Bytes({ width: 8, height: 8 }), 10);

		large.fill(90, 2 * 8, 6 * 8);
		target.blit(large, { width: 8, height: 8 }, { x: 0, y: 0, width: 8, height: 4 });
		assert.deepEqual(luma(0), Array(8).fill(90));
		assert.deepEqual(luma(3), Array(8).fill(90));
	});

	it('mixes sources once they have buffered, and plays silence for a source that has nothing', () => {
		const mixer = new AudioMixer();
		const samples = (SAMPLE_RATE * AUDIO_BUFFER_MS) / 1000;
		const tone = (value: number) => {
			const pcm = Buffer.alloc(samples * 4);

			for (let i = 0; i < samples * 2; i++) {
				pcm.writeInt16LE(value, i * 2);
			}

			return pcm;
		};

		mixer.push('a', tone(1000), 1000);
		mixer.push('b', tone(30_000), 1000);
		mixer.push('c', tone(500).subarray(0, 40), 1000);

		const mixed = mixer.mix(480);

		// a + b, clipped at the top of the range; c has not buffered enough to be heard yet.
		assert.equal(mixed.readInt16LE(0), 31_000);
		// 480 samples (10 ms) out of a 60 ms chunk that arrived at 1000: its middle came 55 ms before the chunk ended.
		assert.equal(mixer.heardArrival('a'), 1000 - (AUDIO_BUFFER_MS - 5));
		assert.equal(
			mixer.heardArrival('c'),
			undefined,
			'not heard yet: its pictures wait by the buffer depth'
		);

		mixer.push('d', tone(5_000), 1010);
		assert.equal(mixer.mix(480).readInt16LE(0), 32_767, 'clipped');
		mixer.remove('b');
		assert.equal(mixer.mix(480).readInt16LE(0), 6_000);
	});

	it('reuses pooled pictures given back, and snapshots the canvas into them', () => {
		const pool = new BufferPool(yuv420Bytes({ width: 8, height: 4 }), 2);
		const target = new Canvas({ width: 8, height: 4 });
		const first = pool.take();

		pool.give(first);
		assert.equal(pool.take(), first, 'the buffer given back comes out again');

		// Another size, or a part of a larger buffer: left to the collector.
		const part = Buffer.alloc(pool.size * 2).subarray(pool.size);

		pool.give(Buffer.alloc(10));
		pool.give(part);
		assert.notEqual(pool.take().buffer, part.buffer);

		// It keeps two.
		const given = [pool.take(), pool.take(), pool.take()];

		given.forEach((b) => pool.give(b));
		assert.equal([pool.take(), pool.take(), pool.take()].filter((b) => given.includes(b)).length, 2);

		target.clear();

		const shot = target.snapshot(pool);

		assert.equal(shot.length, pool.size);
		assert.deepEqual(shot, target.snapshot(), 'the pooled copy holds the picture');
	});
});
