import * as assert from 'node:assert/strict';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import type { SkylarkError } from '../../client-sdk/src/index.js';
import { skylark } from '../../protos/index.js';
import { parseRtpPacket } from '../../server/src/media/rtpPacket.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { sentAt } from '../load/mediaPayload.js';
import { plainPublisher, plainSubscriber, ReceiverSockets } from '../load/plainPeers.js';
import { AUDIO_PROFILE } from '../load/rtpSource.js';
import { startTestServer } from '../helpers/server.js';
import { testToken, testTokens } from '../helpers/tokens.js';
import { within } from '../helpers/within.js';

async function joinedChannel(url: string): Promise<SignalingChannel> {
	const channel = new SignalingChannel(url, { requestTimeoutMs: 5000, token: await testToken('plain') });

	await channel.waitConnected();
	await channel.request('join', { roomId: 'plain', displayName: 'someone', role: skylark.v1.Role.VIEWER });

	return channel;
}

describe('plain (S)RTP transports over signaling', () => {
	it('are refused unless PLAIN_TRANSPORTS allows them', async () => {
		const server = await startTestServer();
		const channel = await joinedChannel(server.url);

		try {
			await assert.rejects(
				channel.request('createPlainTransport', { direction: skylark.v1.Direction.RECV }),
				(error: SkylarkError) =>
					error.code === 'FORBIDDEN' && /PLAIN_TRANSPORTS=off/.test(error.message)
			);
		} finally {
			channel.close();
			await server.close();
		}
	});

	describe('with PLAIN_TRANSPORTS=loopback', () => {
		let server: Skylark;

		before(async () => {
			server = await startTestServer({ PLAIN_TRANSPORTS: 'loopback' });
		});

		after(async () => {
			await server.close();
		});

		it('send RTP only to loopback addresses', async () => {
			const channel = await joinedChannel(server.url);

			try {
				const created = await channel.request('createPlainTransport', {
					direction: skylark.v1.Direction.RECV,
				});
				const transportId = created.plainTransport!.transportId;

				await assert.rejects(
					channel.request('connectPlainTransport', { transportId, ip: '10.1.2.3', port: 5004 }),
					(error: SkylarkError) => error.code === 'FORBIDDEN'
				);
			} finally {
				channel.close();
			}
		});

		it('carry a plain RTP publisher to an SRTP subscriber, decryptable with the key the server gave', async () => {
			const publisher = await plainPublisher(server.url, testTokens, 'plain', 0, [AUDIO_PROFILE]);
			const decrypted: Buffer[] = [];
			let resolve!: () => void;
			const enough = new Promise<void>((r) => (resolve = r));
			// Packets may arrive before the subscriber (and its key) is known.
			const subscription: { decrypt?: (packet: Buffer) => Buffer | undefined } = {};
			const receivers = await ReceiverSockets.open(1, (packet) => {
				const clear = subscription.decrypt?.(packet);
				const rtp = clear && parseRtpPacket(clear);

				if (rtp && sentAt(rtp.payload) !== undefined && decrypted.push(rtp.payload) === 20) {
					resolve();
				}
			});
			const subscriber = await plainSubscriber(server.url, testTokens, 'plain', 0, receivers.port(0), {
				srtp: true,
			});

			subscription.decrypt = subscriber.decrypt;

			try {
				assert.equal(subscriber.ssrcs.size, 1);
				await within(enough, 5000, '20 decrypted packets');
				assert.ok(decrypted.every((p) => Date.now() - sentAt(p)! < 5000));
			} finally {
				subscriber.close();
				publisher.close();
				receivers.close();
			}
		});
	});
});
