import type { types } from 'mediasoup';
import { dtlsParametersFromProto, required, skylark } from '../../../../protos/index.js';
import type { Peer } from '../../rooms/Peer.js';
import { joined, OK, type Handler } from '../RequestContext.js';
import { badRequest, forbidden, invalidState, notFound, withClientInput } from '../SignalingError.js';

import Direction = skylark.v1.Direction;

function transportInfo(
	transport: types.WebRtcTransport,
	direction: Direction
): skylark.v1.TransportInfo.$Properties {
	return {
		transportId: transport.id,
		direction,
		iceParameters: transport.iceParameters,
		iceCandidates: transport.iceCandidates,
		dtlsParameters: transport.dtlsParameters,
		sctpParameters: transport.sctpParameters,
	};
}

/** The peer's open transport with this id: NOT_FOUND if it has none, INVALID_STATE if it closed. */
export function peerTransport(peer: Peer, transportId: string | null | undefined): types.WebRtcTransport {
	const transport = peer.transport(required(transportId, 'transportId'));

	if (!transport) {
		throw notFound(`transport ${transportId} not found`);
	}

	if (transport.closed) {
		throw invalidState(`transport ${transportId} is closed`);
	}

	return transport;
}

export const createTransport: Handler<'createTransport'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);
	const direction = body.direction;

	if (direction !== Direction.SEND && direction !== Direction.RECV) {
		throw badRequest('direction must be SEND or RECV');
	}

	if (direction === Direction.SEND && !peer.canProduce) {
		throw forbidden('viewers subscribe only: they get no send transport');
	}

	const slot = direction === Direction.SEND ? 'sendTransport' : 'recvTransport';

	if (peer[slot] && !peer[slot].closed) {
		throw invalidState(`a ${direction === Direction.SEND ? 'send' : 'receive'} transport already exists`);
	}

	const transport = await room.createWebRtcTransport(peer, direction === Direction.SEND ? 'send' : 'recv');

	peer[slot] = transport;
	transport.on('dtlsstatechange', (state) => {
		if (state === 'failed' || state === 'closed') {
			peer.logger.warn('transport DTLS state', { transportId: transport.id, state });
		}
	});

	return { transport: transportInfo(transport, direction) };
};

export const connectTransport: Handler<'connectTransport'> = async (ctx, body) => {
	const { peer } = joined(ctx);
	const transport = peerTransport(peer, body.transportId);
	const dtlsParameters = dtlsParametersFromProto(body.dtlsParameters, 'dtlsParameters');

	await withClientInput('connect transport', () => transport.connect({ dtlsParameters }));

	return OK;
};

export const restartIce: Handler<'restartIce'> = async (ctx, body) => {
	const { peer } = joined(ctx);
	const transport = peerTransport(peer, body.transportId);
	const iceParameters = await withClientInput('restart ICE', () => transport.restartIce());

	return { restartIce: { iceParameters } };
};
