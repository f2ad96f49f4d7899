import * as assert from 'node:assert/strict';
import type * as dgram from 'node:dgram';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import { isRtcp, parseRtpPacket } from '../../server/src/media/rtpPacket.js';
import { bindUdp, sendUdp } from '../../server/src/media/udpSocket.js';
import { collectRtp, LOOPBACK, OPUS, sendRtp } from '../helpers/rtpFlow.js';

const COUNT = 200;
const SSRC = 0x11223344;

describe('RTP forwarding through a real worker', () => {
	let worker: types.Worker;
	let sockets: dgram.Socket[];

	beforeEach(async () => {
		worker = await mediasoup.createWorker({ logLevel: 'warn' });
		sockets = [];
	});

	afterEach(() => sockets.forEach((s) => s.close()));

	async function socket(): Promise<dgram.Socket> {
		const s = await bindUdp();

		sockets.push(s);

		return s;
	}

	/** A plain RTP ingest transport with an Opus producer for SSRC. */
	async function ingest(router: types.Router) {
		const transport = await router.createPlainTransport({
			listenInfo: LOOPBACK,
			rtcpMux: true,
			comedia: true,
		});
		const producer = await transport.produce({
			kind: 'audio',
			rtpParameters: { codecs: [{ ...OPUS, payloadType: 100 }], encodings: [{ ssrc: SSRC }] },
		});

		return { transport, producer };
	}

	it('delivers RTP from a PlainTransport producer to a consumer on a second PlainTransport, payloads byte-for-byte', async () => {
		const router = await worker.createRouter({ mediaCodecs: [OPUS] });
		const { transport: input, producer } = await ingest(router);
		const output = await router.createPlainTransport({
			listenInfo: LOOPBACK,
			rtcpMux: true,
			comedia: false,
		});
		const sender = await socket();
		const receiver = await socket();

		await output.connect({ ip: '127.0.0.1', port: receiver.address().port });

		const consumer = await output.consume({
			producerId: producer.id,
			rtpCapabilities: router.rtpCapabilities,
		});
		const arriving = collectRtp(receiver, COUNT);
		const sent = await sendRtp(
			sender,
			{ ip: '127.0.0.1', port: input.tuple.localPort },
			{
				count: COUNT,
				ssrc: SSRC,
				payloadType: 100,
			}
		);
		const received = await arriving;

		assert.deepEqual(
			received.map((p) => p.payload.toString('hex')),
			sent.map((p) => p.toString('hex'))
		);
		assert.ok(received.every((p) => p.ssrc === consumer.rtpParameters.encodings![0].ssrc));

		const [inbound] = await producer.getStats();

		assert.equal(inbound.packetCount, COUNT);
	});

	for (const suite of ['AES_CM_128_HMAC_SHA1_80', 'AEAD_AES_256_GCM'] as const) {
		const tagLength = suite === 'AEAD_AES_256_GCM' ? 16 : 10;

		it(`encrypts with SRTP ${suite} on one transport and decrypts on another`, async () => {
			// plain RTP → [router A] → SRTP egress ⇄ relay (inspects) ⇄ SRTP ingest → [router B] → plain RTP out
			const routerA = await worker.createRouter({ mediaCodecs: [OPUS] });
			const routerB = await worker.createRouter({ mediaCodecs: [OPUS] });
			const { transport: plainIn, producer } = await ingest(routerA);
			const srtpOut = await routerA.createPlainTransport({
				listenInfo: LOOPBACK,
				rtcpMux: true,
				comedia: false,
				enableSrtp: true,
				srtpCryptoSuite: suite,
			});
			const srtpIn = await routerB.createPlainTransport({
				listenInfo: LOOPBACK,
				rtcpMux: true,
				comedia: true,
				enableSrtp: true,
				srtpCryptoSuite: suite,
			});
			const plainOut = await routerB.createPlainTransport({
				listenInfo: LOOPBACK,
				rtcpMux: true,
				comedia: false,
			});
			const sender = await socket();
			const relay = await socket();
			const receiver = await socket();

			// Each side decrypts with the key the other side sends with.
			await srtpOut.connect({
				ip: '127.0.0.1',
				port: relay.address().port,
				srtpParameters: srtpIn.srtpParameters,
			});
			await srtpIn.connect({ srtpParameters: srtpOut.srtpParameters });
			await plainOut.connect({ ip: '127.0.0.1', port: receiver.address().port });

			const srtpConsumer = await srtpOut.consume({
				producerId: producer.id,
				rtpCapabilities: routerA.rtpCapabilities,
			});
			const { codecs, encodings } = srtpConsumer.rtpParameters;
			const relayedProducer = await srtpIn.produce({
				kind: 'audio',
				rtpParameters: { codecs, encodings },
			});

			await plainOut.consume({
				producerId: relayedProducer.id,
				rtpCapabilities: routerB.rtpCapabilities,
			});

			const onTheWire: Buffer[] = [];

			relay.on('message', (message) => {
				if (!isRtcp(message)) {
					onTheWire.push(Buffer.from(message));
				}

				void sendUdp(relay, message, srtpIn.tuple.localPort, '127.0.0.1');
			});

			const arriving = collectRtp(receiver, COUNT);
			const sent = await sendRtp(
				sender,
				{ ip: '127.0.0.1', port: plainIn.tuple.localPort },
				{
					count: COUNT,
					ssrc: SSRC,
					payloadType: 100,
				}
			);
			const received = await arriving;

			assert.deepEqual(
				received.map((p) => p.payload.toString('hex')),
				sent.map((p) => p.toString('hex')),
				'decrypted payloads differ from what was sent'
			);

			// On the wire between the transports: same RTP headers, ciphertext, plus the suite's auth tag.
			assert.equal(onTheWire.length, COUNT);

			for (const [i, wire] of onTheWire.entries()) {
				const header = parseRtpPacket(wire)!;

				assert.equal(
					header.payload.length,
					sent[i].length + tagLength,
					'SRTP adds exactly the auth tag'
				);
				assert.ok(!header.payload.includes(sent[i].subarray(0, 32)), 'payload travels encrypted');
			}
		});
	}
});
