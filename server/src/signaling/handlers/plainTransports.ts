import * as net from 'node:net';
import type { types } from 'mediasoup';
import type { skylark } from '../../../../protos/index.js';
import { required } from '../../../../protos/index.js';
import * as peerTransports from '../../rooms/peerTransports.js';
import { joined, OK, type Handler, type RequestContext } from '../RequestContext.js';
import { badRequest, forbidden, invalidState, withClientInput } from '../SignalingError.js';
import { freeTransportSlot, peerTransport } from './transports.js';

const SRTP_SUITE = 'AES_CM_128_HMAC_SHA1_80';

function allowed(ctx: RequestContext): void {
	if (ctx.policy.plainTransports === 'off') {
		throw forbidden('plain RTP transports are disabled on this server (PLAIN_TRANSPORTS=off)');
	}
}

function isLoopback(ip: string): boolean {
	return net.isIPv4(ip) ? ip.startsWith('127.') : ip === '::1';
}

function srtpInfo(transport: types.PlainTransport): skylark.v1.SrtpParameters.$Properties | undefined {
	const srtp = transport.srtpParameters;

	return srtp ? { cryptoSuite: srtp.cryptoSuite, keyBase64: srtp.keyBase64 } : undefined;
}

export const createPlainTransport: Handler<'createPlainTransport'> = async (ctx, body) => {
	allowed(ctx);

	const { room, peer } = joined(ctx);
	const { slot, name } = freeTransportSlot(peer, body.direction);
	const transport = await peerTransports.createPlainTransport(peer, room.options, {
		direction: name,
		srtp: body.srtp ?? false,
	});

	peer[slot] = transport;

	return {
		plainTransport: {
			transportId: transport.id,
			direction: body.direction,
			ip: transport.tuple.localAddress,
			port: transport.tuple.localPort,
			srtpParameters: srtpInfo(transport),
		},
	};
};

export const connectPlainTransport: Handler<'connectPlainTransport'> = async (ctx, body) => {
	allowed(ctx);

	const { peer } = joined(ctx);
	const transport = peerTransport(peer, body.transportId);

	if (transport.type !== 'plain') {
		throw invalidState(`transport ${transport.id} is not a plain transport`);
	}

	const srtpParameters = body.srtpParameters?.keyBase64
		? ({ cryptoSuite: SRTP_SUITE, keyBase64: body.srtpParameters.keyBase64 } as const)
		: undefined;

	if (transport.srtpParameters && !srtpParameters) {
		throw badRequest('srtpParameters are required for an SRTP transport');
	}

	if (transport === peer.sendTransport) {
		await withClientInput('connect plain transport', () => transport.connect({ srtpParameters }));

		return OK;
	}

	const ip = required(body.ip, 'ip');

	if (!net.isIP(ip)) {
		throw badRequest(`ip must be an IPv4 or IPv6 address (got "${ip}")`);
	}

	if (ctx.policy.plainTransports === 'loopback' && !isLoopback(ip)) {
		throw forbidden('this server sends plain RTP to loopback addresses only (PLAIN_TRANSPORTS=loopback)');
	}

	await withClientInput('connect plain transport', () =>
		transport.connect({ ip, port: required(body.port, 'port'), srtpParameters })
	);

	return OK;
};
