import type { BufferPool } from './BufferPool.js';
import type { Rect, Size } from './layout.js';

/** Bytes of one yuv420p picture: a full-size luma plane and two quarter-size chroma planes. */
export const yuv420Bytes = ({ width, height }: Size) => width * height * 1.5;

/** Dark grey in BT.601 limited range: the background, and the tile of a participant without video. */
const BACKGROUND = { y: 40, u: 128, v: 128 };
const PLACEHOLDER = { y: 70, u: 128, v: 128 };

const even = (n: number) => Math.max(0, Math.floor(n / 2) * 2);

/**
 * The composite picture, in the encoder's raw input format (yuv420p). Tiles
 * are copied row by row from the decoders' pictures, which already have the
 * tile's size: the decoders scale, so nothing here touches single pixels.
 */
export class Canvas {
	readonly size: Size;
	readonly #frame: Buffer;
	readonly #chroma: Size;

	constructor(size: Size) {
		this.size = size;
		this.#frame = Buffer.alloc(yuv420Bytes(size));
		this.#chroma = { width: size.width / 2, height: size.height / 2 };
	}

	clear(): void {
		this.#fill({ x: 0, y: 0, ...this.size }, BACKGROUND);
	}

	placeholder(rect: Rect): void {
		this.#fill(rect, PLACEHOLDER);
	}

	/**
	 * Copies a yuv420p picture of `size` into `rect`, centred; a picture
	 * larger than the rect is cropped to its middle. Tiles are drawn from
	 * pictures of their own size; a tile being resized shows its old
	 * pictures this way until its decoder delivers the new size.
	 */
	blit(picture: Buffer, size: Size, rect: Rect): void {
		const W = this.size.width;
		const H = this.size.height;
		const width = Math.min(size.width, rect.width);
		const height = Math.min(size.height, rect.height);
		const planes = [
			{ src: 0, dst: 0, pitch: size.width, canvasPitch: W, div: 1 },
			{ src: size.width * size.height, dst: W * H, pitch: size.width / 2, canvasPitch: W / 2, div: 2 },
			{
				src: size.width * size.height * 1.25,
				dst: W * H * 1.25,
				pitch: size.width / 2,
				canvasPitch: W / 2,
				div: 2,
			},
		];
		const srcX = even((size.width - width) / 2);
		const srcY = even((size.height - height) / 2);
		const dstX = rect.x + even((rect.width - width) / 2);
		const dstY = rect.y + even((rect.height - height) / 2);

		for (const p of planes) {
			const rowBytes = width / p.div;

			for (let row = 0; row < height / p.div; row++) {
				const from = p.src + (srcY / p.div + row) * p.pitch + srcX / p.div;

				picture.copy(
					this.#frame,
					p.dst + (dstY / p.div + row) * p.canvasPitch + dstX / p.div,
					from,
					from + rowBytes
				);
			}
		}
	}

	/** A copy of the picture as it is now (the encoder's pipe keeps a reference until written), from `pool` if given. */
	snapshot(pool?: BufferPool): Buffer {
		if (!pool) {
			return Buffer.from(this.#frame);
		}

		const copy = pool.take();

		this.#frame.copy(copy);

		return copy;
	}

	#fill(rect: Rect, color: { y: number; u: number; v: number }): void {
		const { width: W, height: H } = this.size;
		const CW = this.#chroma.width;
		const CH = this.#chroma.height;

		for (let row = 0; row < rect.height; row++) {
			const start = (rect.y + row) * W + rect.x;

			this.#frame.fill(color.y, start, start + rect.width);
		}

		for (const [plane, value] of [
			[0, color.u],
			[1, color.v],
		] as const) {
			const base = W * H + plane * CW * CH;

			for (let row = 0; row < rect.height / 2; row++) {
				const start = base + (rect.y / 2 + row) * CW + rect.x / 2;

				this.#frame.fill(value, start, start + rect.width / 2);
			}
		}
	}
}
