/** What adaptive stream may do to the track it watches. */
export interface AdaptiveControls {
	/** Pauses (false) or resumes (true) the track's consumer on the server. */
	setVisible(visible: boolean): Promise<void>;
	setSpatialLayer(layer: number): Promise<void>;
	/** Spatial layers the publisher sends (1 for a single stream). */
	readonly layers: number;
	/** The layer the server forwards now, when known. */
	currentLayer(): number | undefined;
}

/** Size changes and scrolling settle this long before the server is asked for anything. */
const SETTLE_MS = 150;
/** Assumed width of the top layer until a frame says otherwise (a 720p camera). */
const DEFAULT_TOP_WIDTH = 1280;

/**
 * The lowest layer at least as wide as what shows it (each layer below the
 * top halves the width, as the SDK's and browsers' simulcast do), or the top.
 */
export function layerFor(displayWidth: number, layers: number, topWidth: number): number {
	for (let layer = 0; layer < layers - 1; layer++) {
		if (topWidth / 2 ** (layers - 1 - layer) >= displayWidth) {
			return layer;
		}
	}

	return layers - 1;
}

/**
 * Adaptive stream for one received video: receives the simulcast or SVC
 * layer that fits the largest element showing it, and nothing while no
 * element is visible (hidden, off screen, or the page in the background);
 * the server asks the publisher for a keyframe when it resumes.
 */
export class AdaptiveStream {
	readonly #controls: AdaptiveControls;
	readonly #elements = new Map<HTMLVideoElement, { width: number; onScreen: boolean }>();
	readonly #resize = new ResizeObserver((entries) => {
		for (const entry of entries) {
			const state = this.#elements.get(entry.target as HTMLVideoElement);

			if (state) {
				state.width = entry.contentRect.width;
			}
		}

		this.#schedule();
	});
	readonly #intersection = new IntersectionObserver((entries) => {
		for (const entry of entries) {
			const state = this.#elements.get(entry.target as HTMLVideoElement);

			if (state) {
				state.onScreen = entry.isIntersecting;
			}
		}

		this.#schedule();
	});
	readonly #onPageVisibility = () => this.#schedule();
	#visible = true;
	#layer?: number;
	/** The application chose a layer itself: from then on only visibility is adaptive. */
	#pinned = false;
	#timer?: ReturnType<typeof setTimeout>;
	/** Requests go one at a time, in order. */
	#applying: Promise<void> = Promise.resolve();

	constructor(controls: AdaptiveControls) {
		this.#controls = controls;
		document.addEventListener('visibilitychange', this.#onPageVisibility);
	}

	observe(element: HTMLVideoElement): void {
		this.#elements.set(element, { width: element.clientWidth, onScreen: true });
		this.#resize.observe(element);
		this.#intersection.observe(element);
		this.#schedule();
	}

	unobserve(element: HTMLVideoElement): void {
		this.#elements.delete(element);
		this.#resize.unobserve(element);
		this.#intersection.unobserve(element);
		this.#schedule();
	}

	/** Stops choosing layers (the application set one); pausing while hidden goes on. */
	pin(): void {
		this.#pinned = true;
	}

	close(): void {
		clearTimeout(this.#timer);
		this.#resize.disconnect();
		this.#intersection.disconnect();
		document.removeEventListener('visibilitychange', this.#onPageVisibility);
		this.#elements.clear();
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#applying = this.#applying.then(() => this.#apply()).catch(() => undefined);
		}, SETTLE_MS);
	}

	async #apply(): Promise<void> {
		const shown = [...this.#elements].filter(([, s]) => s.onScreen && s.width > 0);
		const visible = shown.length > 0 && document.visibilityState === 'visible';

		if (visible !== this.#visible) {
			this.#visible = visible;
			await this.#controls.setVisible(visible);
		}

		if (!visible || this.#pinned || this.#controls.layers < 2) {
			return;
		}

		const width = Math.max(...shown.map(([, s]) => s.width)) * (window.devicePixelRatio || 1);
		const layer = layerFor(width, this.#controls.layers, this.#topWidth(shown.map(([e]) => e)));

		if (layer !== this.#layer) {
			this.#layer = layer;
			await this.#controls.setSpatialLayer(layer);
		}
	}

	/** The top layer's width, from the frames showing now and the layer they are. */
	#topWidth(elements: HTMLVideoElement[]): number {
		const frameWidth = Math.max(0, ...elements.map((e) => e.videoWidth));
		const current = this.#controls.currentLayer();

		return frameWidth > 0 && current !== undefined
			? frameWidth * 2 ** (this.#controls.layers - 1 - current)
			: DEFAULT_TOP_WIDTH;
	}
}
