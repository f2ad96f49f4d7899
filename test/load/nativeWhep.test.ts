import * as assert from 'node:assert/strict';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { testTokens } from '../helpers/tokens.js';
import { until } from '../helpers/within.js';
import { GapTracker } from './gapTracker.js';
import { nativeWhepSubscriber, type NativeWhepSubscriber } from './nativeWhepSubscriber.js';
import { plainPublisher, type PlainPublisher } from './plainPeers.js';
import { releaseNativeStack, comparableSdp } from './nativeReceiver.js';
import { nackPacket } from './rtcpFeedback.js';
import { videoProfile } from './rtpSource.js';

describe('native WebRTC subscribers (node-datachannel) over WHEP', () => {
	const room = 'native-whep';
	let server: Skylark;
	let publisher: PlainPublisher;
	const subscribers: NativeWhepSubscriber[] = [];

	before(async () => {
		server = await startTestServer({ PLAIN_TRANSPORTS: 'loopback' });
		publisher = await plainPublisher(server.url, testTokens, room, 0, [videoProfile(1000)]);
	});

	after(async () => {
		await Promise.all(subscribers.map((s) => s.close()));
		releaseNativeStack();
		publisher.close();
		await server.close();
	});

	it('5 subscribers receive the presenter over real ICE + DTLS-SRTP and ask for a keyframe', async () => {
		for (let i = 0; i < 5; i++) {
			subscribers.push(await nativeWhepSubscriber(server.url, testTokens, room, i));
		}

		// ~114 packets/s: a second and a half of video each.
		await until(
			() => subscribers.every((s) => s.receiver.counts.received >= 170),
			15_000,
			() => `packets received: ${subscribers.map((s) => s.receiver.counts.received).join(', ')}`
		);

		for (const { receiver } of subscribers) {
			const { received, expected, plis } = receiver.counts;

			assert.ok(received >= expected * 0.99, `received ${received} of ${expected}`);
			assert.ok(plis >= 1, 'no PLI sent');
		}

		// The PLIs reached mediasoup: each viewer's consumer counts one.
		const consumers = [...server.rooms.get(room)!.peers.values()].flatMap((p) => [
			...p.consumers.values(),
		]);
		const plis = await Promise.all(
			consumers.map(
				async (c) => (await c.getStats()).find((s) => s.type === 'outbound-rtp')?.pliCount ?? 0
			)
		);

		assert.equal(consumers.length, 5);
		assert.ok(
			plis.every((n) => n >= 1),
			`PLIs per consumer: ${plis.join(', ')}`
		);
	});

	it('NACKs what a gap leaves missing, and counts a retransmission that fills it', () => {
		const gaps = new GapTracker();

		assert.deepEqual(gaps.add(65534), []);
		assert.deepEqual(gaps.add(1), [65535, 0]);
		assert.deepEqual(gaps.add(0), []);
		assert.deepEqual(gaps.add(0), [], 'a duplicate');
		assert.deepEqual(gaps.counts, { highest: 65537, received: 3, expected: 4, nacks: 0 });
		assert.equal(gaps.add(200), undefined, 'a gap too wide to NACK: a keyframe is asked for instead');

		// PID 65535 with 0 and 15 as bits 0 and 15 of its mask; 16 is 17 after it: a second FCI.
		const nack = nackPacket(0x1234, [65535, 0, 15, 16]);

		assert.equal(nack[1], 205);
		assert.equal(nack.readUInt16BE(2), 4);
		assert.equal(nack.readUInt32BE(8), 0x1234);
		assert.deepEqual(
			[nack.readUInt16BE(12), nack.readUInt16BE(14), nack.readUInt16BE(16), nack.readUInt16BE(18)],
			[65535, 0b1000_0000_0000_0001, 16, 0]
		);
	});

	it('answers and offers with neither bandwidth estimation nor RTX', () => {
		const sdp = [
			'm=video 9 UDP/TLS/RTP/SAVPF 96 97',
			'a=rtpmap:96 VP8/90000',
			'a=rtcp-fb:96 nack',
			'a=rtcp-fb:96 goog-remb',
			'a=rtcp-fb:96 transport-cc',
			'a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
			'a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
			'a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid',
			'a=rtpmap:97 rtx/90000',
			'a=fmtp:97 apt=96',
			'a=ssrc-group:FID 1 2',
		].join('\r\n');

		assert.equal(
			comparableSdp(sdp),
			[
				'm=video 9 UDP/TLS/RTP/SAVPF 96',
				'a=rtpmap:96 VP8/90000',
				'a=rtcp-fb:96 nack',
				'a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid',
			].join('\r\n')
		);
	});
});
