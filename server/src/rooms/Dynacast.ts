import type { types } from 'mediasoup';

/** Falling demand is acted on after this long: a subscriber flicking between sizes does not make the publisher flap. */
export const DYNACAST_LOWER_AFTER_MS = 3000;

export interface DynacastOptions {
	/** Tells a producer's publisher the highest spatial layer anyone receives. */
	tell(producerId: string, maxSpatialLayer: number): void;
	lowerAfterMs?: number;
}

interface Watched {
	/** The top spatial layer (the producer's last encoding). */
	top: number;
	consumers: Set<types.Consumer>;
	/** What the publisher was last told (it sends every layer until told otherwise). */
	told: number;
	lowering?: NodeJS.Timeout;
}

/**
 * Dynacast: a simulcast publisher sends only the layers someone receives.
 * Watches every consumer of the room's routers, keyed by producer id (a
 * producer piped to another router keeps its id there), and works out the
 * highest layer any of them wants:
 * - a WebRTC consumer wants its preferred layer, nothing while paused;
 * - a plain consumer (recording, egress) and a pipe to another node (the
 *   cascade) want every layer: what they feed is not known here;
 * - a pipe between this room's routers is plumbing: the consumers behind it
 *   are counted on their own router.
 * The lowest layer always flows, so a new viewer starts at once. Rising
 * demand is told at once, falling demand after it has lasted.
 */
export class Dynacast {
	readonly #options: DynacastOptions;
	readonly #watched = new Map<string, Watched>();
	/** Whether a consumer wants its preferred layer or everything (see the class comment). */
	readonly #kinds = new WeakMap<types.Consumer, 'preferred' | 'all'>();

	constructor(options: DynacastOptions) {
		this.#options = options;
	}

	watch(router: types.Router): void {
		router.observer.on('newtransport', (transport) => {
			transport.observer.on('newproducer', (producer) => this.#addProducer(transport, producer));
			transport.observer.on('newconsumer', (consumer) => this.#addConsumer(transport, consumer));
		});
	}

	/** A consumer's preferred layers changed (mediasoup has no event for it). */
	refresh(producerId: string): void {
		const watched = this.#watched.get(producerId);

		if (!watched) {
			return;
		}

		const wanted = this.#wanted(watched);

		if (wanted >= watched.told) {
			clearTimeout(watched.lowering);
			watched.lowering = undefined;

			if (wanted > watched.told) {
				this.#tell(producerId, watched, wanted);
			}

			return;
		}

		watched.lowering ??= setTimeout(() => {
			watched.lowering = undefined;

			const now = this.#wanted(watched);

			if (now < watched.told) {
				this.#tell(producerId, watched, now);
			}
		}, this.#options.lowerAfterMs ?? DYNACAST_LOWER_AFTER_MS);
	}

	close(): void {
		for (const watched of this.#watched.values()) {
			clearTimeout(watched.lowering);
		}

		this.#watched.clear();
	}

	#addProducer(transport: types.Transport, producer: types.Producer): void {
		const layers = producer.rtpParameters.encodings?.length ?? 1;

		// A publisher's simulcast video; the pipe producers of it elsewhere share its id.
		if (transport.type !== 'webrtc' || producer.kind !== 'video' || layers < 2) {
			return;
		}

		const consumers = this.#watched.get(producer.id)?.consumers ?? new Set();

		this.#watched.set(producer.id, { top: layers - 1, consumers, told: layers - 1 });
		producer.observer.once('close', () => {
			clearTimeout(this.#watched.get(producer.id)?.lowering);
			this.#watched.delete(producer.id);
		});
		this.refresh(producer.id);
	}

	#addConsumer(transport: types.Transport, consumer: types.Consumer): void {
		if (transport.type === 'pipe' && !(transport.appData as { cascade?: boolean }).cascade) {
			return;
		}

		const watched = this.#watched.get(consumer.producerId);

		if (!watched) {
			return;
		}

		watched.consumers.add(consumer);
		this.#kinds.set(consumer, transport.type === 'webrtc' ? 'preferred' : 'all');

		const refresh = () => this.refresh(consumer.producerId);

		consumer.observer.on('pause', refresh);
		consumer.observer.on('resume', refresh);
		consumer.observer.once('close', () => {
			watched.consumers.delete(consumer);
			refresh();
		});
		refresh();
	}

	#wanted(watched: Watched): number {
		let wanted = 0;

		for (const consumer of watched.consumers) {
			if (consumer.closed || consumer.paused) {
				continue;
			}

			const layer =
				this.#kinds.get(consumer) === 'all'
					? watched.top
					: (consumer.preferredLayers?.spatialLayer ?? watched.top);

			wanted = Math.max(wanted, Math.min(layer, watched.top));
		}

		return wanted;
	}

	#tell(producerId: string, watched: Watched, layer: number): void {
		watched.told = layer;
		this.#options.tell(producerId, layer);
	}
}
