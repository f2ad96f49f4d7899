import * as mediasoup from 'mediasoup';
import type { Logger } from '../../logging/logger.js';
import type { Room } from '../../rooms/Room.js';
import { pathInside } from '../../paths.js';
import { AUDIO_BUFFER_MS, AudioMixer, MAX_QUEUED_MS, SAMPLE_RATE } from './AudioMixer.js';
import { BufferPool } from './BufferPool.js';
import { Canvas, yuv420Bytes } from './Canvas.js';
import {
	computeLayout,
	visualKey,
	type LayoutKind,
	type Rect,
	type Size,
	type Tile,
	type Visual,
} from './layout.js';
import { roomVisuals } from './roomVisuals.js';
import { TrackDecoder } from './TrackDecoder.js';

export interface CompositorOptions {
	room: Room;
	layout: LayoutKind;
	/** `single`: the participant shown. */
	peerId?: string;
	size: Size;
	fps: number;
	/** Where the decoders' SDP files go. */
	dir: string;
	logger: Logger;
}

export type CompositorEvents = {
	/** One tick's output: a picture and exactly 1/fps s of mixed audio. */
	frame: [picture: Buffer, pcm: Buffer];
	/** The tiles changed (someone joined, left, spoke, shared a screen). */
	layout: [tiles: readonly Tile[]];
};

/** Joins and publications in a burst (a client publishes its microphone, then its camera) make one layout change. */
const SETTLE_MS = 150;
/** The large tile follows the active speaker no more often than this, so two people talking over each other do not flicker it. */
const SPEAKER_HOLD_MS = 1000;
/** A track whose decoder keeps dying is given up (shown as a placeholder) after this many failures. */
const MAX_DECODER_FAILURES = 3;
/** Pictures waiting for their sound beyond this many are dropped, oldest first (a stalled voice holds nothing up). */
const MAX_WAITING_PICTURES = 30;
/** More ticks than this behind (a blocked event loop) and the clock starts over rather than catch up. */
const MAX_CATCH_UP = 30;

interface TileState {
	rect: Rect;
	visual: Visual;
	decoder?: TrackDecoder;
	/** The decoder for a new tile size, until its first picture arrives. */
	next?: TrackDecoder;
	/** Pictures waiting for their time (video is held back as long as audio is buffered). */
	pictures: { picture: Buffer; size: Size; at: number }[];
}

/**
 * Composes a room into one picture and one audio mix at a fixed frame rate.
 * Each track is decoded by its own FFmpeg (video scaled to its tile), and
 * this class lays the tiles out, copies the latest pictures into the canvas
 * and mixes the audio on a steady clock. Nothing here waits on a
 * participant: a stalled or muted track shows its last picture or
 * silence, so the output runs on whatever happens in the room, and a layout
 * change never restarts the encoder.
 */
export class Compositor extends mediasoup.extras.EnhancedEventEmitter<CompositorEvents> {
	readonly #options: CompositorOptions;
	readonly #canvas: Canvas;
	/** The pictures handed to the encoder, reused once it has them. */
	readonly #frames: BufferPool;
	readonly #mixer = new AudioMixer();
	readonly #tiles = new Map<string, TileState>();
	readonly #audio = new Map<string, TrackDecoder>();
	/** Each participant's microphone (the audio producer its pictures keep in sync with). */
	#voices = new Map<string, string>();
	readonly #failures = new Map<string, number>();
	#layout: Tile[] = [];
	#activePeerId?: string;
	#speakerChangedAt = 0;
	#settleTimer?: NodeJS.Timeout;
	#tickTimer?: NodeJS.Timeout;
	#clockStart = 0;
	#ticks = 0;
	#decoderSeq = 0;
	#closed = false;

	constructor(options: CompositorOptions) {
		super();
		this.#options = options;
		this.#canvas = new Canvas(options.size);
		this.#frames = new BufferPool(yuv420Bytes(options.size));
		this.#canvas.clear();
	}

	get tiles(): readonly Tile[] {
		return this.#layout;
	}

	/** Whether a tile shows its participant's pictures (rather than a placeholder). */
	isShowing(visual: Visual): boolean {
		return (this.#tiles.get(visualKey(visual))?.pictures.length ?? 0) > 0;
	}

	/** Decoder processes running now (for the admin view and tests). */
	get decoderPids(): number[] {
		return [...this.#tiles.values(), ...this.#audio.values()]
			.flatMap((t) => ('pictures' in t ? [t.decoder, t.next] : [t]))
			.map((d) => d?.pid)
			.filter((pid): pid is number => pid !== undefined);
	}

	start(): void {
		this.#relayout();
		this.#clockStart = performance.now();
		// The first frame goes out at once: an egress stopped right away still encodes a picture.
		this.#tick();
	}

	/** A picture of a 'frame' event, back for reuse once the encoder has it. */
	releaseFrame(picture: Buffer): void {
		this.#frames.give(picture);
	}

	/** Something changed in the room: the layout follows shortly. */
	roomChanged(): void {
		if (this.#closed) {
			return;
		}

		clearTimeout(this.#settleTimer);
		this.#settleTimer = setTimeout(() => this.#relayout(), SETTLE_MS);
	}

	activeSpeaker(peerId: string): void {
		if (peerId === this.#activePeerId || this.#options.layout === 'grid') {
			return;
		}

		const wait = this.#speakerChangedAt + SPEAKER_HOLD_MS - Date.now();

		this.#activePeerId = peerId;

		if (wait <= 0) {
			this.#speakerChangedAt = Date.now();
			this.roomChanged();
		} else {
			clearTimeout(this.#settleTimer);
			this.#settleTimer = setTimeout(() => {
				this.#speakerChangedAt = Date.now();
				this.#relayout();
			}, wait);
		}
	}

	close(): void {
		this.#closed = true;
		clearTimeout(this.#settleTimer);
		clearTimeout(this.#tickTimer);

		for (const tile of this.#tiles.values()) {
			tile.decoder?.close();
			tile.next?.close();
		}

		this.#audio.forEach((decoder) => decoder.close());
		this.#tiles.clear();
		this.#audio.clear();
	}

	#relayout(): void {
		if (this.#closed) {
			return;
		}

		const { layout, size, peerId } = this.#options;

		this.#layout = computeLayout({
			kind: layout,
			canvas: size,
			visuals: roomVisuals(this.#options.room),
			activePeerId: this.#activePeerId,
			peerId,
		});

		const keep = new Set(this.#layout.map((t) => visualKey(t.visual)));

		for (const [key, tile] of this.#tiles) {
			if (!keep.has(key)) {
				tile.decoder?.close();
				tile.next?.close();
				this.#tiles.delete(key);
			}
		}

		for (const tile of this.#layout) {
			this.#place(tile);
		}

		this.#followAudio();
		this.safeEmit('layout', this.#layout);
	}

	/**
	 * Puts a visual's tile where the layout says. A tile of a new size needs a
	 * decoder scaling to it: the old one keeps the tile filled (centred or
	 * cropped) until the new one's first picture arrives.
	 */
	#place(tile: Tile): void {
		const key = visualKey(tile.visual);
		const state = this.#tiles.get(key) ?? { rect: tile, visual: tile.visual, pictures: [] };
		const target = state.next?.tile ?? state.decoder?.tile;
		const resized = target?.width !== tile.width || target?.height !== tile.height;

		this.#tiles.set(key, state);
		state.rect = tile;

		if (!tile.visual.producerId || !resized) {
			return;
		}

		state.next?.close();
		state.next = this.#decode(tile.visual.producerId, tile);
		const next = state.next;

		next?.on('picture', (picture, at) => {
			if (state.next === next) {
				state.decoder?.close();
				state.decoder = next;
				state.next = undefined;
				state.pictures = [];
			}

			if (state.decoder === next) {
				state.pictures.push({ picture, size: next.tile!, at });

				if (state.pictures.length > MAX_WAITING_PICTURES) {
					next.release(state.pictures.shift()!.picture);
				}
			}
		});
	}

	#followAudio(): void {
		const wanted = new Map<string, true>();

		this.#voices = new Map();

		for (const peer of this.#options.room.peers.values()) {
			for (const producer of peer.producers.values()) {
				if (producer.kind === 'audio' && !producer.closed) {
					wanted.set(producer.id, true);

					if (!this.#voices.has(peer.id)) {
						this.#voices.set(peer.id, producer.id);
					}

					if (!this.#audio.has(producer.id)) {
						const decoder = this.#decode(producer.id);

						if (decoder) {
							this.#audio.set(producer.id, decoder);
							decoder.on('pcm', (pcm, at) => this.#mixer.push(producer.id, pcm, at));
						}
					}
				}
			}
		}

		for (const [id, decoder] of this.#audio) {
			if (!wanted.has(id)) {
				decoder.close();
				this.#audio.delete(id);
				this.#mixer.remove(id);
			}
		}
	}

	/** Starts a decoder for one track (video: at the tile's size); it retires itself when it ends. */
	#decode(producerId: string, tile?: Size): TrackDecoder | undefined {
		const found = this.#options.room.findProducer(producerId);
		if (!found || (this.#failures.get(producerId) ?? 0) >= MAX_DECODER_FAILURES) {
			return undefined;
		}

		const decoder = new TrackDecoder({
			producer: found.producer,
			router: found.owner.router.router,
			tile: tile && { width: tile.width, height: tile.height },
			basePath: pathInside(this.#options.dir, `track-${++this.#decoderSeq}`),
			logger: this.#options.logger,
		});

		const failed = () => {
			this.#failures.set(producerId, (this.#failures.get(producerId) ?? 0) + 1);
			this.#retire(decoder);
			this.roomChanged();
		};

		decoder.once('ended', failed);
		decoder.start().catch((error: Error) => {
			this.#options.logger.warn('composite decoder failed to start', {
				producerId,
				error: error.message,
			});
			decoder.close();
			failed();
		});

		return decoder;
	}

	#retire(decoder: TrackDecoder): void {
		for (const tile of this.#tiles.values()) {
			if (tile.decoder === decoder) {
				tile.decoder = undefined;
			}

			if (tile.next === decoder) {
				tile.next = undefined;
			}
		}

		if (this.#audio.get(decoder.producerId) === decoder) {
			this.#audio.delete(decoder.producerId);
			this.#mixer.remove(decoder.producerId);
		}
	}

	#scheduleTick(): void {
		const interval = 1000 / this.#options.fps;
		const due = this.#clockStart + this.#ticks * interval;

		this.#tickTimer = setTimeout(() => this.#tick(), Math.max(0, due - performance.now()));
	}

	/** Writes every frame that is due: the output keeps wall-clock time even when a timer fires late. */
	#tick(): void {
		if (this.#closed) {
			return;
		}

		const interval = 1000 / this.#options.fps;
		// Frame n is due at n intervals after the start, frame 0 at once.
		let due = Math.floor((performance.now() - this.#clockStart) / interval) + 1;

		if (due - this.#ticks > MAX_CATCH_UP) {
			this.#options.logger.warn('composite clock fell behind; starting it over', {
				ticks: due - this.#ticks,
			});
			this.#clockStart = performance.now() - this.#ticks * interval;
			due = this.#ticks + 1;
		}

		while (this.#ticks < due) {
			const samples =
				Math.round(((this.#ticks + 1) * SAMPLE_RATE) / this.#options.fps) -
				Math.round((this.#ticks * SAMPLE_RATE) / this.#options.fps);

			this.#ticks++;
			// Mixed first: the pictures shown go with the sound of this tick.
			const pcm = this.#mixer.mix(samples);

			this.safeEmit('frame', this.#render(), pcm);
		}

		this.#scheduleTick();
	}

	/**
	 * The picture for now. A participant's pictures are shown when the sound
	 * that arrived with them is heard, so lips and voice leave together
	 * however deep the audio's queue is; without sound, they are held back
	 * by the audio buffer's depth.
	 */
	#render(): Buffer {
		const now = performance.now();
		const silent = now - AUDIO_BUFFER_MS - 500 / this.#options.fps;
		// No sound is queued longer than the mixer keeps it: a stale arrival time holds no picture back further.
		const oldest = now - MAX_QUEUED_MS - 500 / this.#options.fps;

		this.#canvas.clear();

		for (const tile of this.#layout) {
			const state = this.#tiles.get(visualKey(tile.visual));
			const pictures = state?.pictures ?? [];
			const voice = this.#voices.get(tile.visual.peerId);
			const heard = voice === undefined ? undefined : this.#mixer.heardArrival(voice);
			const showUntil = Math.max(heard ?? silent, oldest);

			while (pictures.length > 1 && pictures[1]!.at <= showUntil) {
				// Shifted outside the optional call: with the decoder retired (its worker died),
				// `decoder?.release(pictures.shift())` would skip the shift and spin here forever.
				const passed = pictures.shift()!;

				state!.decoder?.release(passed.picture);
			}

			const shown = pictures[0];

			this.#canvas.placeholder(tile);

			if (shown) {
				this.#canvas.blit(shown.picture, shown.size, tile);
			}
		}

		return this.#canvas.snapshot(this.#frames);
	}
}
