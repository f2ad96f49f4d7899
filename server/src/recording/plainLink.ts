import type { types } from 'mediasoup';
import { recorderRtpCapabilities } from './recordedStreams.js';
import { freeRtpPortPair } from './udpPorts.js';

/** A producer sent as plain RTP to a local receiver's port (its RTCP to port + 1). */
export interface PlainLink {
	transport: types.PlainTransport;
	consumer: types.Consumer;
	port: number;
}

/**
 * Consumes `producer` on a plain transport bound for a local receiver
 * (FFmpeg, GStreamer). The consumer starts paused and the transport
 * unconnected: connect and resume once the receiver listens (see
 * FileRecorder for why the order matters).
 */
export async function openPlainLink(
	router: types.Router,
	producerId: string,
	appData: Record<string, unknown>
): Promise<PlainLink> {
	const port = await freeRtpPortPair();
	const transport = await router.createPlainTransport({
		listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
		rtcpMux: false,
		comedia: false,
		appData,
	});

	try {
		const consumer = await transport.consume({
			producerId,
			rtpCapabilities: recorderRtpCapabilities(router),
			paused: true,
		});

		return { transport, consumer, port };
	} catch (error) {
		transport.close();
		throw error;
	}
}

export function connectPlainLink({ transport, port }: PlainLink): Promise<void> {
	return transport.connect({ ip: '127.0.0.1', port, rtcpPort: port + 1 });
}
