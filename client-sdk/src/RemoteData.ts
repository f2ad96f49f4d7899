import type { types as msc } from 'mediasoup-client';
import { required, sctpStreamParametersFromProto, skylark } from '../../protos/index.js';
import type { EmitEvent } from './events.js';
import type { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';

import pb = skylark.v1;

/**
 * The other peers' data channels (the room's chat) as this client receives
 * them: one data consumer per data producer, its messages relayed as `data`
 * events. Remembers the data producers, to consume them again on a new
 * transport after the old one died with its worker.
 */
export class RemoteData {
	readonly #consumers = new Map<string, msc.DataConsumer>();
	readonly #producers = new Map<string, { peerId: string; info: pb.DataProducerInfo.$Properties }>();
	readonly #signaling: SignalingChannel;
	readonly #emit: EmitEvent;
	/** The receive transport as it is now (absent when the token may not subscribe). */
	readonly #transport: () => msc.Transport | undefined;

	constructor(signaling: SignalingChannel, emit: EmitEvent, transport: () => msc.Transport | undefined) {
		this.#signaling = signaling;
		this.#emit = emit;
		this.#transport = transport;
	}

	/** Opens a peer's data channels on this side, one request each. */
	async consume(peerId: string, dataProducers: pb.DataProducerInfo.$Properties[]): Promise<void> {
		if (this.#transport()?.appData.sctp !== true) {
			return;
		}

		for (const dataProducer of dataProducers) {
			this.#producers.set(dataProducer.dataProducerId ?? '', { peerId, info: dataProducer });

			const response = await this.#signaling.request('consumeData', {
				dataProducerId: dataProducer.dataProducerId,
			});

			await this.#receive(required(response.dataConsumer, 'dataConsumer'));
		}
	}

	/** Sets up the data consumers the server made in the join, for the data producers of `peers`. */
	async receiveJoined(
		peers: pb.PeerInfo.$Properties[],
		dataConsumers: pb.DataConsumerInfo.$Properties[]
	): Promise<void> {
		for (const peer of peers) {
			for (const info of peer.dataProducers ?? []) {
				this.#producers.set(info.dataProducerId ?? '', { peerId: peer.peerId ?? '', info });
			}
		}

		await Promise.all(dataConsumers.map((info) => this.#receive(info)));
	}

	/** A data producer closed: its consumer here goes too. */
	close(dataProducerId: string): void {
		this.#producers.delete(dataProducerId);

		for (const [id, dataConsumer] of this.#consumers) {
			if (id === dataProducerId || dataConsumer.dataProducerId === dataProducerId) {
				dataConsumer.close();
				this.#consumers.delete(id);
			}
		}
	}

	/** A peer left: its data channels here go. */
	closePeer(peerId: string): void {
		for (const [id, producer] of this.#producers) {
			if (producer.peerId === peerId) {
				this.#producers.delete(id);
			}
		}

		for (const [id, dataConsumer] of this.#consumers) {
			if (dataConsumer.appData.peerId === peerId) {
				dataConsumer.close();
				this.#consumers.delete(id);
			}
		}
	}

	/** The transport was replaced (its consumers died with it): consumes every known data producer again. */
	async restart(): Promise<void> {
		const producers = [...this.#producers.values()];

		this.#consumers.clear();
		this.#producers.clear();

		for (const { peerId, info } of producers) {
			await this.consume(peerId, [info]);
		}
	}

	/** Forgets everything (the transport's closing closes the consumers). */
	clear(): void {
		this.#consumers.clear();
	}

	async #receive(info: pb.DataConsumerInfo.$Properties): Promise<void> {
		const peerId = info.peerId ?? '';
		const transport = this.#transport();

		if (!transport) {
			throw new SkylarkError('FORBIDDEN', 'the access token may not subscribe', 'consumeData');
		}

		const dataConsumer = await transport.consumeData({
			id: required(info.dataConsumerId, 'dataConsumerId'),
			dataProducerId: required(info.dataProducerId, 'dataProducerId'),
			sctpStreamParameters: {
				...sctpStreamParametersFromProto(info.sctpStreamParameters),
				streamId: required(info.sctpStreamParameters?.streamId, 'sctpStreamParameters.streamId'),
			},
			label: info.label ?? '',
			protocol: info.protocol ?? '',
			appData: { peerId },
		});

		this.#consumers.set(dataConsumer.id, dataConsumer);
		dataConsumer.on('message', (data: string | ArrayBuffer) =>
			this.#emit('data', { peerId, label: dataConsumer.label, data })
		);
	}
}
