/** How a composite arranges the room: every participant, the active speaker (or a shared screen) large, or one participant. */
export type LayoutKind = 'grid' | 'speaker' | 'single';

export interface Size {
	width: number;
	height: number;
}

export interface Rect extends Size {
	x: number;
	y: number;
}

/**
 * Something the composite can show: a participant's camera or screen (with
 * the producer to decode), or a participant without video (a placeholder
 * tile, so an audio-only speaker still has a place).
 */
export interface Visual {
	peerId: string;
	producerId?: string;
	screen: boolean;
}

export interface Tile extends Rect {
	visual: Visual;
}

export interface LayoutInput {
	kind: LayoutKind;
	canvas: Size;
	/** In join order. */
	visuals: readonly Visual[];
	activePeerId?: string;
	/** `single`: who to show (default: the active speaker, else the first). */
	peerId?: string;
}

/** Gap between tiles, in pixels (even, as yuv420p needs even offsets and sizes). */
const GAP = 4;

const even = (n: number) => Math.max(2, Math.floor(n / 2) * 2);
const evenOffset = (n: number) => Math.max(0, Math.floor(n / 2) * 2);

export const visualKey = (v: Visual) => v.producerId ?? `peer:${v.peerId}`;

function grid(area: Rect, visuals: readonly Visual[]): Tile[] {
	const cols = Math.ceil(Math.sqrt(visuals.length));
	const rows = Math.ceil(visuals.length / cols);
	const width = even((area.width - GAP * (cols - 1)) / cols);
	const height = even((area.height - GAP * (rows - 1)) / rows);

	return visuals.map((visual, i) => {
		const row = Math.floor(i / cols);
		// The last row's tiles are centred when it is not full.
		const inRow = row === rows - 1 ? visuals.length - row * cols : cols;
		const offset = evenOffset((area.width - inRow * width - (inRow - 1) * GAP) / 2);

		return {
			visual,
			x: area.x + offset + (i % cols) * (width + GAP),
			y: area.y + row * (height + GAP),
			width,
			height,
		};
	});
}

/** The visual a speaker or single layout puts large: a shared screen first, then the active speaker's camera. */
function featured(input: LayoutInput): Visual | undefined {
	const { visuals } = input;
	const wanted = input.peerId ?? input.activePeerId;

	return (
		(input.kind === 'speaker' ? visuals.find((v) => v.screen) : undefined) ??
		visuals.find((v) => v.peerId === wanted && !v.screen) ??
		visuals.find((v) => v.peerId === wanted) ??
		visuals[0]
	);
}

/**
 * Where each visual goes on the canvas. Pure, so that a layout is decided
 * (and tested) apart from the media: `grid` tiles everyone in join order,
 * `speaker` puts the shared screen (or the active speaker) above a strip of
 * the others, `single` shows one participant alone.
 */
export function computeLayout(input: LayoutInput): Tile[] {
	const full: Rect = { x: 0, y: 0, ...input.canvas };
	const main = featured(input);

	if (!main) {
		return [];
	}

	if (input.kind === 'grid') {
		return grid(full, input.visuals);
	}

	if (input.kind === 'single') {
		return [{ visual: main, ...full }];
	}

	const others = input.visuals.filter((v) => v !== main);

	if (others.length === 0) {
		return [{ visual: main, ...full }];
	}

	const stripHeight = even(input.canvas.height / 5);
	// At least four slots, so two thumbnails are not each half the width of the canvas.
	const stripSlots = Math.max(others.length, 4);
	const thumbWidth = even((input.canvas.width - GAP * (stripSlots - 1)) / stripSlots);
	const stripLeft = evenOffset(
		(input.canvas.width - others.length * thumbWidth - (others.length - 1) * GAP) / 2
	);

	return [
		{
			visual: main,
			x: 0,
			y: 0,
			width: input.canvas.width,
			height: even(input.canvas.height - stripHeight - GAP),
		},
		...others.map((visual, i) => ({
			visual,
			x: stripLeft + i * (thumbWidth + GAP),
			y: input.canvas.height - stripHeight,
			width: thumbWidth,
			height: stripHeight,
		})),
	];
}
