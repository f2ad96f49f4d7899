import type { types } from 'mediasoup';
import { dtlsParametersFromProto, required, skylark } from '../../../../protos/index.js';
import type { Peer, PeerTransport } from '../../rooms/Peer.js';
import { createWebRtcTransport } from '../../rooms/peerTransports.js';
import { joined, OK, type Handler, type SignalingPolicy } from '../RequestContext.js';
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
export function peerTransport(peer: Peer, transportId: string | null | undefined): PeerTransport {
	const transport = peer.transport(required(transportId, 'transportId'));

	if (!transport) {
		throw notFound(`transport ${transportId} not found`);
	}

	if (transport.closed) {
		throw invalidState(`transport ${transportId} is closed`);
	}

	return transport;
}

/**
 * Checks that the peer may open a transport in this direction and has none
 * open there yet; returns the slot the new transport goes in.
 */
export function freeTransportSlot(
	peer: Peer,
	direction: Direction | null | undefined
): { slot: 'sendTransport' | 'recvTransport'; name: 'send' | 'recv' } {
	if (direction !== Direction.SEND && direction !== Direction.RECV) {
		throw badRequest('direction must be SEND or RECV');
	}

	if (direction === Direction.SEND && !peer.canProduce) {
		throw forbidden('viewers subscribe only: they get no send transport');
	}

	if (direction === Direction.RECV && !peer.grants.canSubscribe) {
		throw forbidden('the access token may not subscribe');
	}

	const slot = direction === Direction.SEND ? 'sendTransport' : 'recvTransport';
	const name = direction === Direction.SEND ? 'send' : 'recv';

	if (peer[slot] && !peer[slot].closed) {
		throw invalidState(`a ${name} transport already exists`);
	}

	return { slot, name };
}

/**
 * Creates the peer's transport in this direction (after the checks of
 * freeTransportSlot), connected at once when the client's DTLS parameters
 * are already known (a join carried them).
 */
export async function openTransport(
	peer: Peer,
	direction: Direction | null | undefined,
	policy: SignalingPolicy,
	clientDtls?: types.DtlsParameters
): Promise<skylark.v1.TransportInfo.$Properties> {
	const { slot, name } = freeTransportSlot(peer, direction);
	const transport = await createWebRtcTransport(peer, name, policy.maxDataMessageBytes);

	if (clientDtls) {
		try {
			await withClientInput('connect transport', () =>
				transport.connect({ dtlsParameters: clientDtls })
			);
		} catch (error) {
			transport.close();
			throw error;
		}
	}

	peer[slot] = transport;
	transport.on('dtlsstatechange', (state) => {
		if (state === 'failed' || state === 'closed') {
			peer.logger.warn('transport DTLS state', { transportId: transport.id, state });
		}
	});

	return { ...transportInfo(transport, direction!), clientDtlsKnown: clientDtls !== undefined };
}

export const createTransport: Handler<'createTransport'> = async (ctx, body) => ({
	transport: await openTransport(joined(ctx).peer, body.direction, ctx.policy),
});

/** The peer's open WebRTC transport with this id. */
function webRtcTransport(peer: Peer, transportId: string | null | undefined): types.WebRtcTransport {
	const transport = peerTransport(peer, transportId);

	if (transport.type !== 'webrtc') {
		throw invalidState(`transport ${transportId} is not a WebRTC transport`);
	}

	return transport;
}

export const connectTransport: Handler<'connectTransport'> = async (ctx, body) => {
	const { peer } = joined(ctx);
	const transport = webRtcTransport(peer, body.transportId);
	const dtlsParameters = dtlsParametersFromProto(body.dtlsParameters, 'dtlsParameters');

	// Connected once: at join (clientDtlsKnown) or by an earlier connectTransport. The
	// server's DTLS role is 'auto' until a connect settles it.
	if (transport.dtlsParameters.role !== 'auto') {
		throw invalidState(`transport ${transport.id} already has the client's DTLS parameters`);
	}

	await withClientInput('connect transport', () => transport.connect({ dtlsParameters }));

	return OK;
};

export const restartIce: Handler<'restartIce'> = async (ctx, body) => {
	const { peer } = joined(ctx);
	const transport = webRtcTransport(peer, body.transportId);
	const iceParameters = await withClientInput('restart ICE', () => transport.restartIce());

	return { restartIce: { iceParameters } };
};
