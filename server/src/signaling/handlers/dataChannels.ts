import type { types } from 'mediasoup';
import { required, sctpStreamParametersFromProto, type skylark } from '../../../../protos/index.js';
import type { DataProducerAppData, Peer } from '../../rooms/Peer.js';
import type { Room } from '../../rooms/Room.js';
import { joined, type Handler, type SignalingPolicy } from '../RequestContext.js';
import { badRequest, forbidden, invalidState, limitExceeded, withClientInput } from '../SignalingError.js';
import { checkConsumerLimits } from './consumers.js';
import { peerTransport } from './transports.js';

const MAX_LABEL = 64;

export const produceData: Handler<'produceData'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);

	if (!peer.canProduce || !peer.grants.canPublishData) {
		throw forbidden('this peer may not publish data (viewer, or an access token without canPublishData)');
	}

	const transport = peerTransport(peer, body.transportId);

	if (transport !== peer.sendTransport || !transport.sctpParameters) {
		throw invalidState(
			'produceData needs the send transport, created after setCapabilities with dataChannels'
		);
	}

	// Every other peer consumes each data producer: this bounds what one peer
	// makes the whole room receive.
	if (peer.dataProducers.size >= ctx.policy.maxDataProducersPerPeer) {
		throw limitExceeded(
			`a peer may publish at most ${ctx.policy.maxDataProducersPerPeer} data channels at once`
		);
	}

	const sctpStreamParameters = sctpStreamParametersFromProto(body.sctpStreamParameters);
	const streamId = required(sctpStreamParameters.streamId, 'sctpStreamParameters.streamId');
	const label = body.label ?? '';

	if (label.length > MAX_LABEL || (body.protocol ?? '').length > MAX_LABEL) {
		throw badRequest(`label and protocol must be at most ${MAX_LABEL} characters`);
	}

	const dataProducer = await withClientInput('produce data', () =>
		transport.produceData<DataProducerAppData>({
			sctpStreamParameters: { ...sctpStreamParameters, streamId },
			label,
			protocol: body.protocol ?? '',
			appData: { peerId: peer.id },
		})
	);

	room.announceDataProducer(peer, dataProducer);

	return { produceData: { dataProducerId: dataProducer.id } };
};

export const consumeData: Handler<'consumeData'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);

	return {
		dataConsumer: await createDataConsumer(
			room,
			peer,
			required(body.dataProducerId, 'dataProducerId'),
			ctx.policy
		),
	};
};

/** A data consumer of `dataProducerId` on the peer's receive transport (which needs SCTP). */
export async function createDataConsumer(
	room: Room,
	peer: Peer,
	dataProducerId: string,
	policy: SignalingPolicy
): Promise<skylark.v1.DataConsumerInfo.$Properties> {
	const transport = peer.recvTransport;

	if (!transport || transport.closed || !transport.sctpParameters) {
		throw invalidState('consumeData needs a receive transport with SCTP');
	}

	checkConsumerLimits(peer, policy.maxConsumersPerPeer);

	if ([...peer.dataConsumers.values()].some((d) => d.dataProducerId === dataProducerId)) {
		throw limitExceeded(`already consuming data producer ${dataProducerId}`);
	}

	// On an edge node, the origin's data producer (chat) is piped here first.
	const found = await withClientInput('consume data', () => room.acquireDataProducer(dataProducerId));
	let release = found.release;
	let dataConsumer: types.DataConsumer;

	try {
		const local = await room.routers.useDataProducerOn(dataProducerId, found.owner.router, peer.router);

		release = () => {
			local();
			found.release();
		};
		dataConsumer = await withClientInput('consume data', () => transport.consumeData({ dataProducerId }));
	} catch (error) {
		release();
		throw error;
	}

	peer.addDataConsumer(dataConsumer, release);

	return {
		dataConsumerId: dataConsumer.id,
		dataProducerId,
		peerId: found.owner.id,
		sctpStreamParameters: dataConsumer.sctpStreamParameters,
		label: dataConsumer.label,
		protocol: dataConsumer.protocol,
	};
}
