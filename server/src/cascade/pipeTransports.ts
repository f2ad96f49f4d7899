import type { types } from 'mediasoup';
import type { PipeTuple } from './cascadeProtocol.js';

/** Where inter-node pipes listen (PIPE_* settings). */
export interface PipeSettings {
	listenIp: string;
	announcedAddress?: string;
	portRange: { min: number; max: number };
}

/**
 * A PipeTransport to another node. Unlike pipes between workers of one host,
 * it crosses a network: SRTP (its keys travel over the authenticated link),
 * RTX so losses are repaired, and SCTP for chat.
 */
export function createNodePipe(router: types.Router, settings: PipeSettings): Promise<types.PipeTransport> {
	return router.createPipeTransport({
		listenInfo: {
			protocol: 'udp',
			ip: settings.listenIp,
			announcedAddress: settings.announcedAddress,
			portRange: settings.portRange,
		},
		enableSrtp: true,
		enableRtx: true,
		enableSctp: true,
		appData: { cascade: true },
	});
}

/** This end of a pipe, as the other node needs it to connect. */
export function tupleOf(transport: types.PipeTransport): PipeTuple {
	return {
		ip: transport.tuple.localAddress,
		port: transport.tuple.localPort,
		srtpParameters: transport.srtpParameters!,
	};
}
