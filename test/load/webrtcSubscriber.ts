import type * as werift from 'werift';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import { connectNodeClient } from '../helpers/weriftPeer.js';
import type { TokenSource } from './plainPeers.js';

/**
 * A viewer receiving over real WebRTC (ICE + DTLS + SRTP) through the SDK,
 * with werift as its WebRTC stack. Each RTP packet is handed to onPacket.
 */
export async function webrtcSubscriber(
	url: string,
	tokens: TokenSource,
	roomId: string,
	index: number,
	onPacket: (ssrc: number, sequenceNumber: number, payload: Buffer) => void
): Promise<SkylarkClient> {
	const client = await connectNodeClient(url, roomId, {
		requestTimeoutMs: 30_000,
		token: await tokens(roomId, `subscriber-${index}`),
	});

	client.on('error', (error) => process.stderr.write(`subscriber ${index}: ${error.message}\n`));
	client.on('trackSubscribed', (track) => {
		(track.track as unknown as werift.MediaStreamTrack).onReceiveRtp.subscribe((rtp) =>
			onPacket(rtp.header.ssrc, rtp.header.sequenceNumber, rtp.payload)
		);
	});
	await client.join(roomId, { displayName: `subscriber-${index}`, role: 'viewer' });

	return client;
}
