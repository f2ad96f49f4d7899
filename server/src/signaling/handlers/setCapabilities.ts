import { validatedCapabilities } from '../capabilitiesCache.js';
import { joined, OK, type Handler } from '../RequestContext.js';

/** The client's receive capabilities: needed before it can consume, and whether it wants data channels before it creates transports. */
export const setCapabilities: Handler<'setCapabilities'> = async (ctx, body) => {
	const { peer } = joined(ctx);

	peer.rtpCapabilities = validatedCapabilities(body.rtpCapabilities, 'rtpCapabilities');
	// sctpCapabilities is how clients before mediasoup 3.20 asked for SCTP.
	peer.dataChannels =
		body.dataChannels === true || (body.sctpCapabilities !== null && body.sctpCapabilities !== undefined);

	return OK;
};
