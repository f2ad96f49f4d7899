import type { types } from 'mediasoup';
import type { skylark } from '../../../protos/index.js';
import type { DataProducerAppData, ProducerAppData } from './Peer.js';
import type { RoomRouter } from './RoomRouters.js';

type ProducerInfo = skylark.v1.ProducerInfo.$Properties;
type DataProducerInfo = skylark.v1.DataProducerInfo.$Properties;

/**
 * A publisher of a room whose origin is another node, as an edge of that room
 * knows it: what it publishes (from the origin) and the producers piped here
 * so far. Edge viewers find and consume these like local producers; nothing
 * is piped until one of them does.
 */
export class RemotePeer {
	readonly id: string;
	readonly displayName: string;
	readonly role: skylark.v1.Role;
	readonly canProduce = true;
	/** Producers piped to this node, on the room's home router. */
	readonly producers = new Map<string, types.Producer<ProducerAppData>>();
	readonly dataProducers = new Map<string, types.DataProducer<DataProducerAppData>>();
	/** Everything it publishes at the origin, piped or not. */
	readonly published = new Map<string, ProducerInfo>();
	readonly dataPublished = new Map<string, DataProducerInfo>();
	readonly #router: () => RoomRouter;

	constructor(info: skylark.v1.PeerInfo.$Properties, router: () => RoomRouter) {
		this.id = info.peerId ?? '';
		this.displayName = info.displayName ?? '';
		this.role = info.role ?? 0;
		this.#router = router;

		for (const producer of info.producers ?? []) {
			this.published.set(producer.producerId ?? '', { ...producer });
		}

		for (const dataProducer of info.dataProducers ?? []) {
			this.dataPublished.set(dataProducer.dataProducerId ?? '', { ...dataProducer });
		}
	}

	/** Where its piped producers land: the room's home router (it can change when a worker dies). */
	get router(): RoomRouter {
		return this.#router();
	}

	addProducer(producer: types.Producer<ProducerAppData>): void {
		this.producers.set(producer.id, producer);
		producer.observer.once('close', () => this.producers.delete(producer.id));
	}

	addDataProducer(dataProducer: types.DataProducer<DataProducerAppData>): void {
		this.dataProducers.set(dataProducer.id, dataProducer);
		dataProducer.observer.once('close', () => this.dataProducers.delete(dataProducer.id));
	}

	info(): skylark.v1.PeerInfo.$Properties {
		return {
			peerId: this.id,
			displayName: this.displayName,
			role: this.role,
			producers: [...this.published.values()],
			dataProducers: [...this.dataPublished.values()],
		};
	}

	/** Closes what was piped here (local consumers of it close with it). */
	close(): void {
		this.producers.forEach((p) => p.close());
		this.dataProducers.forEach((d) => d.close());
	}
}
