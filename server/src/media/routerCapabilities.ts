import type { types } from 'mediasoup';
import { mediaCodecs } from './mediaCodecs.js';

/**
 * The RTP capabilities of every room's routers: they all have the same media
 * codecs, so one throwaway router tells them before any room exists, and a
 * client can prepare its media while it connects.
 */
export async function roomRouterCapabilities(worker: types.Worker): Promise<types.RtpCapabilities> {
	const router = await worker.createRouter({ mediaCodecs });

	try {
		return router.rtpCapabilities;
	} finally {
		router.close();
	}
}
