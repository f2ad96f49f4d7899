import { rtpCapabilitiesFromProto, sctpCapabilitiesFromProto } from '../../../../protos/index.js';
import { joined, OK, type Handler } from '../RequestContext.js';

/** The client's receive capabilities: needed before it can consume, and SCTP before it creates transports. */
export const setCapabilities: Handler<'setCapabilities'> = async (ctx, body) => {
	const { peer } = joined(ctx);

	peer.rtpCapabilities = rtpCapabilitiesFromProto(body.rtpCapabilities, 'rtpCapabilities');
	peer.sctpCapabilities = sctpCapabilitiesFromProto(body.sctpCapabilities);

	return OK;
};
