import type { types } from 'mediasoup';
import { MEDIA_KINDS, oneOf, required, rtpParametersFromProto } from '../../../../protos/index.js';
import { KEY_FRAME_REQUEST_DELAY_MS } from '../../media/keyFrameTiming.js';
import type { Peer, ProducerAppData } from '../../rooms/Peer.js';
import { joined, OK, type Handler } from '../RequestContext.js';
import {
	badRequest,
	forbidden,
	invalidState,
	limitExceeded,
	notFound,
	withClientInput,
} from '../SignalingError.js';
import { peerTransport } from './transports.js';

const MAX_SOURCE = 32;

export const produce: Handler<'produce'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);

	if (!peer.canProduce) {
		throw forbidden('viewers cannot publish');
	}

	const transport = peerTransport(peer, body.transportId);

	if (transport !== peer.sendTransport) {
		throw invalidState('produce needs the send transport');
	}

	if (peer.producers.size >= ctx.policy.maxProducersPerPeer) {
		throw limitExceeded(`a peer may publish at most ${ctx.policy.maxProducersPerPeer} tracks at once`);
	}

	const kind = oneOf(body.kind, MEDIA_KINDS, 'kind');
	const rtpParameters = rtpParametersFromProto(body.rtpParameters, 'rtpParameters');
	const source = body.source || kind;

	if (source.length > MAX_SOURCE) {
		throw badRequest(`source must be at most ${MAX_SOURCE} characters`);
	}

	const producer = await withClientInput('produce', () =>
		transport.produce<ProducerAppData>({
			kind,
			rtpParameters,
			paused: body.paused ?? false,
			keyFrameRequestDelay: KEY_FRAME_REQUEST_DELAY_MS,
			appData: { peerId: peer.id, source, encrypted: body.encrypted === true },
		})
	);

	await room.announceProducer(peer, producer);
	peer.logger.info('producer created', { producerId: producer.id, kind, source, type: producer.type });

	return { produce: { producerId: producer.id } };
};

function ownProducer(peer: Peer, producerId: string | null | undefined): types.Producer<ProducerAppData> {
	const producer = peer.producers.get(required(producerId, 'producerId'));

	if (!producer) {
		throw notFound(`producer ${producerId} not found among this peer's producers`);
	}

	return producer;
}

/** Closing a producer tells the others (Room.announceProducer watches every producer's close). */
export const closeProducer: Handler<'closeProducer'> = async (ctx, body) => {
	ownProducer(joined(ctx).peer, body.producerId).close();

	return OK;
};

export const pauseProducer: Handler<'pauseProducer'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);
	const producer = ownProducer(peer, body.producerId);

	await withClientInput('pause producer', () => producer.pause());
	room.broadcast({ producerPaused: { peerId: peer.id, producerId: producer.id } }, peer);

	return OK;
};

export const resumeProducer: Handler<'resumeProducer'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);
	const producer = ownProducer(peer, body.producerId);

	await withClientInput('resume producer', () => producer.resume());
	room.broadcast({ producerResumed: { peerId: peer.id, producerId: producer.id } }, peer);

	return OK;
};
