import type { types } from 'mediasoup';
import type { Peer } from './Peer.js';

/** Where plain transports listen (WebRTC transports use the workers' WebRtcServers). */
export interface PlainListen {
	listenIp: string;
	announcedAddress?: string;
}

/** A WebRTC transport on the peer's router, through its worker's WebRtcServer (one port per worker). */
export function createWebRtcTransport(
	peer: Peer,
	direction: 'send' | 'recv',
	maxDataMessageBytes: number,
	/** Another router on the peer's worker (WHEP viewers numbered apart); default the peer's. */
	router: types.Router = peer.router.router
): Promise<types.WebRtcTransport> {
	const { worker } = peer.router;

	return router.createWebRtcTransport({
		...(worker.webRtcServer
			? { webRtcServer: worker.webRtcServer }
			: { listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }] }),
		enableUdp: true,
		enableTcp: true,
		preferUdp: true,
		enableSctp: peer.dataChannels,
		// mediasoup's SCTP stack negotiates stream counts itself; the message
		// size is the one limit Skylark sets (both directions alike).
		maxSendMessageSize: maxDataMessageBytes,
		maxReceiveMessageSize: maxDataMessageBytes,
		initialAvailableOutgoingBitrate: 1_000_000,
		appData: { peerId: peer.id, direction },
	});
}

/**
 * A plain (S)RTP transport on the peer's router. Sending transports learn
 * the client's address from its first packet (comedia).
 */
export function createPlainTransport(
	peer: Peer,
	listen: PlainListen,
	options: { direction: 'send' | 'recv'; srtp: boolean }
): Promise<types.PlainTransport> {
	return peer.router.router.createPlainTransport({
		listenInfo: { protocol: 'udp', ip: listen.listenIp, announcedAddress: listen.announcedAddress },
		rtcpMux: true,
		comedia: options.direction === 'send',
		enableSrtp: options.srtp,
		srtpCryptoSuite: 'AES_CM_128_HMAC_SHA1_80',
		appData: { peerId: peer.id, direction: options.direction },
	});
}
