import * as mediasoup from 'mediasoup';
import type { TsChunk } from './outputs/TsFeed.js';

export type TsSourceEvents = {
	/** Encoded MPEG-TS (H.264 + AAC), as it comes. */
	data: [TsChunk];
	/** The source cannot go on (its encoder died, its participant is gone). */
	failed: [reason: string];
};

/**
 * Where an egress's encoded stream comes from: a composite of the room
 * (CompositeSource) or one participant's tracks copied (TrackSource).
 */
export abstract class TsSource extends mediasoup.extras.EnhancedEventEmitter<TsSourceEvents> {
	#offset = 0;
	#window: { at: number; bytes: number }[] = [];

	abstract start(): Promise<void>;

	/** Ends the stream cleanly: what was encoded so far reaches the outputs, then `data` stops. */
	abstract stop(): Promise<void>;

	/** The stream's bitrate over the last few seconds, in bit/s. */
	get bitrate(): number {
		const now = Date.now();

		this.#window = this.#window.filter((w) => now - w.at < 5000);

		const bytes = this.#window.reduce((sum, w) => sum + w.bytes, 0);
		const span = this.#window.length ? Math.max(1000, now - this.#window[0]!.at) : 1000;

		return Math.round((bytes * 8 * 1000) / span);
	}

	/** Passes an encoded chunk on, numbered by its place in the stream. */
	protected forward(data: Buffer): void {
		const chunk = { data, offset: this.#offset };

		this.#offset += data.length;
		this.#window.push({ at: Date.now(), bytes: data.length });
		this.safeEmit('data', chunk);
	}
}
