import type { Response } from 'express';
import type { skylark } from '../../../protos/index.js';
import type { PeerChannel } from '../rooms/PeerChannel.js';
import type { LayerInfo } from './whepLayers.js';

/** The events of WHEP's server-sent-events extension Skylark sends. */
export const WHEP_EVENTS = ['active', 'inactive', 'layers', 'reconnect', 'viewercount'] as const;
export type WhepEventName = (typeof WHEP_EVENTS)[number];

/** How often the viewer count is sent, and on every change in between. */
const VIEWERCOUNT_MS = 5000;

export interface WhepEventSource {
	/** The watched publisher's peer id now: its producers going on or off are active/inactive. */
	publisherId(): string;
	/** Any track published in the room: whether the session took it (its publisher came back). */
	onNewProducer(event: skylark.v1.INewProducer): Promise<boolean>;
	/** Peers receiving the publisher now. */
	viewerCount(): number;
	/** The `layers` event's data: each simulcast/SVC m-line's layers, by m-line index. */
	layers(): Promise<Record<string, LayerInfo[]>>;
}

/**
 * The viewer's side of a WHEP session's notifications (it is the peer's
 * channel): the room's notifications the viewer would get over signaling are
 * turned into WHEP events, and written to the text/event-stream responses the
 * client opened, for the events it subscribed to.
 */
export class WhepEvents implements PeerChannel {
	readonly #streams = new Set<Response>();
	readonly #subscribed = new Set<WhepEventName>();
	#source?: WhepEventSource;
	#timer?: NodeJS.Timeout;
	#lastCount = -1;

	bind(source: WhepEventSource): void {
		this.#source = source;
	}

	/** Whether the client created the event stream (and has not destroyed it). */
	get created(): boolean {
		return this.#subscribed.size > 0;
	}

	/** Creates the event stream for `events` (all of them when none are named); the names not supported are returned. */
	subscribe(events: readonly string[] = WHEP_EVENTS): string[] {
		const unknown = events.filter((e) => !(WHEP_EVENTS as readonly string[]).includes(e));

		if (unknown.length === 0) {
			(events.length ? events : WHEP_EVENTS).forEach((e) => this.#subscribed.add(e as WhepEventName));
		}

		return unknown;
	}

	/** Destroys the event stream (the client's DELETE): open long pulls end, queued events are dropped. */
	destroy(): void {
		this.#subscribed.clear();
		this.close();
	}

	/** Keeps `res` open as the event stream, starting with the current state. */
	openStream(res: Response): void {
		res.status(200).set({ 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
		res.setHeader('Content-Type', 'text/event-stream');
		res.flushHeaders();
		this.#streams.add(res);
		res.on('close', () => this.#streams.delete(res));
		this.#send('active', {});
		this.#sendLayers();
		this.#sendViewerCount(true);
		this.#timer ??= setInterval(() => this.#sendViewerCount(false), VIEWERCOUNT_MS);
		this.#timer.unref();
	}

	notify(notification: skylark.v1.Notification.$Properties): void {
		const source = this.#source;

		if (!source) {
			return;
		}

		if (notification.newProducer) {
			void source
				.onNewProducer(notification.newProducer)
				.then((taken) => taken && this.#send('active', {}));

			return;
		}

		const fromPublisher = (event?: { peerId?: string | null } | null) =>
			event?.peerId === source.publisherId();

		if (fromPublisher(notification.producerPaused) || fromPublisher(notification.producerClosed)) {
			this.#send('inactive', {});
		} else if (fromPublisher(notification.producerResumed)) {
			this.#send('active', {});
		} else if (notification.consumerLayersChanged) {
			this.#sendLayers();
		} else if (notification.peerLeft?.peerId === source.publisherId()) {
			this.#send('inactive', {});
		} else if (notification.serverDraining?.rejoin || notification.roomClosing?.rejoin) {
			// The room moves to another node of the cluster: POSTing to the same endpoint URL reaches it.
			this.#send('reconnect', {});
		}
	}

	close(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
		this.#streams.forEach((res) => res.end());
		this.#streams.clear();
	}

	#sendLayers(): void {
		if (this.#source && this.#subscribed.has('layers')) {
			void this.#source.layers().then((layers) => this.#send('layers', layers));
		}
	}

	#sendViewerCount(always: boolean): void {
		const count = this.#source?.viewerCount() ?? 0;

		if (always || count !== this.#lastCount) {
			this.#lastCount = count;
			this.#send('viewercount', { viewercount: count });
		}
	}

	#send(event: WhepEventName, data: unknown): void {
		if (!this.#subscribed.has(event)) {
			return;
		}

		for (const res of this.#streams) {
			res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
		}
	}
}
