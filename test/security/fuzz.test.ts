import * as assert from 'node:assert/strict';
import type { RemoteTrack } from '../../client-sdk/src/index.js';
import { rtpCapabilitiesToProto, skylark } from '../../protos/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { RawSignaling } from '../helpers/rawSignaling.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { audioTrack, connectNodeClient, receivedPackets, sendAudio } from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

import pb = skylark.v1;

const MUTATED = 10_000;
const RANDOM = 2_000;

/** A small deterministic PRNG, so a failing run can be replayed from its seed. */
function prng(seed: number): () => number {
	let state = seed >>> 0;

	return () => {
		state = (state + 0x6d2b79f5) >>> 0;

		let t = state;

		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Valid requests of every method, with realistic bodies, to mutate. */
function seeds(caps: pb.RtpCapabilities.$Properties, transportId: string): Uint8Array[] {
	const opus = {
		mimeType: 'audio/opus',
		payloadType: 111,
		clockRate: 48000,
		channels: 2,
		parameters: { useinbandfec: { number: 1 } },
	};
	const bodies: pb.Request.$Properties[] = [
		{ join: { roomId: 'fuzz', displayName: 'fuzzer', role: pb.Role.PARTICIPANT } },
		{
			setCapabilities: {
				rtpCapabilities: caps,
				dataChannels: true,
			},
		},
		{ createTransport: { direction: pb.Direction.SEND } },
		{ createTransport: { direction: pb.Direction.RECV } },
		{
			connectTransport: {
				transportId,
				dtlsParameters: {
					role: 'client',
					fingerprints: [{ algorithm: 'sha-256', value: 'AB:CD:EF' }],
				},
			},
		},
		{ restartIce: { transportId } },
		{
			produce: {
				transportId,
				kind: 'audio',
				rtpParameters: { codecs: [opus], encodings: [{ ssrc: 1111 }] },
				source: 'mic',
			},
		},
		{ closeProducer: { producerId: 'p' } },
		{ pauseProducer: { producerId: 'p' } },
		{ resumeProducer: { producerId: 'p' } },
		{ consume: { producerId: 'p' } },
		{ resumeConsumer: { consumerId: 'c' } },
		{ pauseConsumer: { consumerId: 'c' } },
		{ setPreferredLayers: { consumerId: 'c', spatialLayer: 2, temporalLayer: 1 } },
		{
			produceData: {
				transportId,
				sctpStreamParameters: { streamId: 3, ordered: true },
				label: 'chat',
				protocol: '',
			},
		},
		{ consumeData: { dataProducerId: 'd' } },
		{ createPlainTransport: { direction: pb.Direction.RECV, srtp: true } },
		{ connectPlainTransport: { transportId, ip: '127.0.0.1', port: 9 } },
		{ leave: {} },
	];

	return bodies.map((body, i) => pb.Request.encode({ id: i + 1, ...body }).finish());
}

/** One mutation of a valid frame: bit flips, truncation, type confusion, repetition, splicing. */
function mutate(frame: Uint8Array, random: () => number, pick: () => Uint8Array): Uint8Array {
	const bytes = Buffer.from(frame);
	const at = () => Math.floor(random() * bytes.length);

	switch (Math.floor(random() * 6)) {
		case 0: // flip 1–8 bits
			for (let i = 0, n = 1 + Math.floor(random() * 8); i < n; i++) {
				bytes[at()] ^= 1 << Math.floor(random() * 8);
			}

			return bytes;
		case 1: // truncate
			return bytes.subarray(0, at());
		case 2: // change a byte's wire type (field types: varint ↔ length-delimited ↔ fixed)
			bytes[at()] = (bytes[at()] & 0xf8) | Math.floor(random() * 8);

			return bytes;
		case 3: {
			// a huge repeated field: the same chunk many times, up to ~60 kB
			const start = at();
			const chunk = bytes.subarray(start, start + 1 + Math.floor(random() * 32));

			return Buffer.concat([
				bytes,
				...Array.from({ length: Math.floor(60_000 / Math.max(chunk.length, 1)) }, () => chunk),
			]);
		}
		case 4: // splice two requests together (out-of-order fields and methods)
			return Buffer.concat([bytes.subarray(0, at()), Buffer.from(pick())]);
		default: // overwrite a run with random bytes
			for (let i = at(), end = i + Math.floor(random() * 16); i < end && i < bytes.length; i++) {
				bytes[i] = Math.floor(random() * 256);
			}

			return bytes;
	}
}

describe('fuzzed signaling', function () {
	this.timeout(300_000);

	let server: Skylark;

	before(async () => {
		// Rate limits would cut the fuzzer off long before 12,000 frames: lift them here.
		server = await startTestServer({ RATE_LIMIT_PER_SECOND: '100000', RATE_LIMIT_BURST: '100000' });
	});

	after(async () => {
		await server.close();
	});

	it(`survives ${MUTATED} mutated and ${RANDOM} random frames while a bystander keeps receiving media`, async () => {
		const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
		const random = prng(seed);
		const alice = await connectNodeClient(server.url, 'fuzz');
		const bob = await connectNodeClient(server.url, 'fuzz');

		await alice.join('fuzz', { displayName: 'alice' });
		await bob.join('fuzz', { displayName: 'bob' });

		const subscribed = new Promise<RemoteTrack>((resolve) => bob.once('trackSubscribed', resolve));
		const sender = sendAudio(await alice.publish(audioTrack()));
		const track = await subscribed;

		await receivedPackets(track, 10);

		const room = server.rooms.get('fuzz')!;
		const caps = rtpCapabilitiesToProto(room.routers.home.router.rtpCapabilities);
		const transportId = [...room.peers.values()][0].sendTransport!.id;
		const frames = seeds(caps, transportId);
		const pick = () => frames[Math.floor(random() * frames.length)];
		const rssBefore = process.memoryUsage().rss;
		const handlesBefore = process.getActiveResourcesInfo().length;
		const answered = { errors: new Map<string, number>(), internal: 0 };
		// Every id a frame decodes to, as the server decodes it: the final probe must use none of them.
		const idsSent = new Set<number>();
		let fuzzer!: RawSignaling;
		let reconnects = 0;
		const connectFuzzer = async () => {
			fuzzer = await RawSignaling.connect(server.url, await testToken('fuzz'));
			fuzzer.onResponse((response) => {
				if (!response.error) {
					return;
				}

				const code = pb.ErrorCode[response.error.code ?? pb.ErrorCode.ERROR_CODE_UNSPECIFIED];

				answered.errors.set(code, (answered.errors.get(code) ?? 0) + 1);

				if (response.error.code === pb.ErrorCode.INTERNAL) {
					answered.internal++;
				}
			});
		};

		await connectFuzzer();

		try {
			for (let i = 0; i < MUTATED + RANDOM; i++) {
				const frame =
					i < MUTATED
						? mutate(pick(), random, pick)
						: Buffer.from(
								Array.from({ length: Math.floor(random() * 512) }, () =>
									Math.floor(random() * 256)
								)
							);

				if (!fuzzer.connected) {
					// A mutation can exceed MAX_FRAME_BYTES: that closes the socket, as it should.
					fuzzer.close();
					reconnects++;
					await connectFuzzer();
				}

				try {
					idsSent.add(pb.Request.decode(frame).id);
				} catch {
					// Undecodable: answered with id 0, which no probe uses.
				}

				fuzzer.send(frame);

				// Keep the bystander's media under watch throughout, and let the server drain.
				if (i % 1000 === 999) {
					assert.equal(
						await receivedPackets(track, 10),
						10,
						`bystander starved after ${i + 1} frames`
					);
				}
			}

			// Requests on one socket are answered in order, so the answer to one last request proves
			// every frame before it was handled. Without a method it is UNKNOWN_METHOD whatever state
			// the fuzzer's frames left the session in, and its id is one no fuzzed frame carries.
			let probeId = 1;

			while (idsSent.has(probeId)) {
				probeId++;
			}

			assert.equal(fuzzer.connected, true, 'the last socket is still open');

			const drained = fuzzer.response(probeId);

			fuzzer.send(pb.Request.encode({ id: probeId }).finish());
			assert.equal(
				(await within(drained, 30_000, 'the answer to the final request')).error?.code,
				pb.ErrorCode.UNKNOWN_METHOD
			);

			const handlesAfter = process.getActiveResourcesInfo().length;
			const rssGrowthMiB = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;

			process.stdout.write(
				`      seed ${seed}: ${reconnects} reconnects; errors ${JSON.stringify(Object.fromEntries(answered.errors))}; ` +
					`RSS +${rssGrowthMiB.toFixed(1)} MiB; handles ${handlesBefore} → ${handlesAfter}\n`
			);
			assert.equal(answered.internal, 0, 'no frame may cause an internal error');
			assert.ok(
				[...answered.errors.values()].reduce((a, b) => a + b, 0) > MUTATED / 2,
				'most frames get a typed error'
			);
			assert.ok(server.pool.alive.length === 1, 'the worker is alive');
			assert.ok(
				Math.abs(handlesAfter - handlesBefore) < 50,
				`handles ${handlesBefore} → ${handlesAfter}`
			);
			assert.ok(rssGrowthMiB < 200, `RSS grew ${rssGrowthMiB.toFixed(1)} MiB`);
			assert.equal(await receivedPackets(track, 25), 25);
		} finally {
			sender.stop();
			fuzzer.close();
			alice.close();
			bob.close();
		}
	});
});
