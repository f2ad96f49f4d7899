import * as assert from 'node:assert/strict';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import { skylark } from '../../protos/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { testToken, type TestTokenOptions } from '../helpers/tokens.js';
import {
	audioTrack,
	connectNodeClient,
	receivedPackets,
	sendAudio,
	type AudioSender,
} from '../helpers/weriftPeer.js';

import pb = skylark.v1;

const { SEND, RECV } = pb.Direction;

describe('join in one round trip', function () {
	this.timeout(30_000);

	let server: Skylark;
	let publisher: SkylarkClient;
	let sender: AudioSender;
	const closers: (() => void)[] = [];

	/** A signaling connection welcomed by the server, as the SDK opens it. */
	async function channel(room: string, grants?: TestTokenOptions['grants']) {
		const signaling = new SignalingChannel(server.url, {
			requestTimeoutMs: 5000,
			token: await testToken(room, { grants }),
		});

		closers.push(() => signaling.close());
		await signaling.waitConnected();

		return signaling;
	}

	/** A join asking for everything at once, with the Welcome's capabilities as the client's. */
	const oneTripBody = (
		signaling: SignalingChannel,
		room: string,
		name: string
	): pb.JoinRequest.$Properties => ({
		roomId: room,
		displayName: name,
		rtpCapabilities: signaling.welcome!.routerRtpCapabilities,
		dataChannels: true,
		transports: [SEND, RECV],
		subscribe: true,
	});
	const oneTripJoin = (signaling: SignalingChannel, room: string, name: string) =>
		signaling.request('join', oneTripBody(signaling, room, name));

	/** Transports on the room's routers, from their dumps. */
	const roomTransports = async () => {
		const dumps = await Promise.all(
			server.rooms.get('one-trip')!.routers.all.map((r) => r.router.dump())
		);

		return dumps.reduce((n, dump) => n + dump.transportIds.length, 0);
	};

	/** A join refused whole: BAD_REQUEST, and no peer or transport of it left in the room. */
	async function refusedWhole(
		signaling: SignalingChannel,
		body: pb.JoinRequest.$Properties
	): Promise<void> {
		const peers = server.rooms.get('one-trip')!.peers.size;
		const transports = await roomTransports();

		await assert.rejects(
			signaling.request('join', body),
			(error: { code: string }) => error.code === 'BAD_REQUEST'
		);
		assert.equal(server.rooms.get('one-trip')!.peers.size, peers, 'no peer left behind');
		assert.equal(await roomTransports(), transports, 'no transport left behind');
	}

	before(async () => {
		server = await startTestServer();
		publisher = await connectNodeClient(server.url, 'one-trip');
		await publisher.join('one-trip', { displayName: 'publisher' });
		sender = sendAudio(await publisher.publish(audioTrack(), { source: 'microphone' }));
	});

	afterEach(() => closers.splice(0).forEach((close) => close()));

	after(async () => {
		sender?.stop();
		publisher?.close();
		await server?.close();
	});

	it("welcomes each connection with the routers' capabilities, the same a join reports", async () => {
		const signaling = await channel('one-trip');
		const welcomed = signaling.welcome?.routerRtpCapabilities;
		const joined = (await signaling.request('join', { roomId: 'one-trip', displayName: 'plain' })).join!;

		assert.ok(welcomed?.codecs?.length, 'the Welcome carries codecs');
		assert.deepEqual(
			Buffer.from(pb.RtpCapabilities.encode(welcomed).finish()),
			Buffer.from(pb.RtpCapabilities.encode(joined.routerRtpCapabilities!).finish())
		);
		// A join without capabilities is the old, longer one: nothing made for it.
		assert.equal(joined.transports?.length ?? 0, 0);
		assert.equal(joined.consumers?.length ?? 0, 0);
	});

	it('answers with both transports and running consumers of every track and data channel in the room', async () => {
		const signaling = await channel('one-trip');
		const joined = (await oneTripJoin(signaling, 'one-trip', 'newcomer')).join!;
		const transports = joined.transports ?? [];
		const consumers = joined.consumers ?? [];
		const dataConsumers = joined.dataConsumers ?? [];
		const room = server.rooms.get('one-trip')!;
		const peer = room.peers.get(joined.peerId ?? '')!;
		const [audio] = [...publisher.publications.values()];

		assert.deepEqual(transports.map((t) => t.direction).sort(), [SEND, RECV]);
		assert.ok(
			transports.every((t) => t.sctpParameters),
			'SCTP on both, for data channels'
		);
		assert.deepEqual(
			consumers.map((c) => [c.producerId, c.peerId, c.kind]),
			[[audio!.id, publisher.peerId, 'audio']]
		);
		assert.equal(dataConsumers.length, 1, "the publisher's chat channel");
		assert.equal(dataConsumers[0]!.peerId, publisher.peerId);

		// Made unpaused on the new receive transport: nothing to resume.
		const consumer = peer.consumers.get(consumers[0]!.consumerId ?? '')!;

		assert.equal(consumer.paused, false);
		assert.equal(consumer.appData.peerId, joined.peerId);
		assert.equal(peer.recvTransport?.id, transports.find((t) => t.direction === RECV)!.transportId);
	});

	it('makes only what the grants allow: a viewer asking for both gets the receive transport', async () => {
		const signaling = await channel('one-trip', { canPublish: false, canPublishData: false });
		const joined = (await oneTripJoin(signaling, 'one-trip', 'viewer')).join!;

		assert.equal(joined.role, pb.Role.VIEWER);
		assert.deepEqual(
			(joined.transports ?? []).map((t) => t.direction),
			[RECV]
		);
		assert.equal(joined.consumers?.length, 1);
	});

	it('refuses bad capabilities whole: a typed error, no half-made peer, and the connection can join again', async () => {
		const signaling = await channel('one-trip');
		await refusedWhole(signaling, {
			roomId: 'one-trip',
			displayName: 'broken',
			rtpCapabilities: { codecs: [{ kind: 'audio', clockRate: 48_000 }] },
			transports: [SEND, RECV],
			subscribe: true,
		});

		const joined = (await oneTripJoin(signaling, 'one-trip', 'fixed')).join!;

		assert.equal(joined.transports?.length, 2);
	});

	it("connects both transports at join when it carries the client's DTLS parameters; a later connect is refused", async () => {
		const signaling = await channel('one-trip');
		const dtlsParameters = {
			role: 'client',
			fingerprints: [{ algorithm: 'sha-256', value: Array.from({ length: 32 }, () => 'AB').join(':') }],
		};
		const joined = (
			await signaling.request('join', {
				...oneTripBody(signaling, 'one-trip', 'certified'),
				dtlsParameters,
			})
		).join!;
		const peer = server.rooms.get('one-trip')!.peers.get(joined.peerId ?? '')!;

		assert.deepEqual(
			(joined.transports ?? []).map((t) => t.clientDtlsKnown),
			[true, true]
		);
		// Connected on the server's side: its DTLS role settled, waiting for the client's hello.
		for (const transport of [peer.sendTransport, peer.recvTransport]) {
			assert.equal(transport?.type === 'webrtc' && transport.dtlsParameters.role, 'server');
		}
		await assert.rejects(
			signaling.request('connectTransport', { transportId: peer.recvTransport!.id, dtlsParameters }),
			(error: { code: string }) => error.code === 'INVALID_STATE'
		);
	});

	it('refuses DTLS parameters without a fingerprint whole: a typed error and no peer or transport left', async () => {
		const signaling = await channel('one-trip');
		await refusedWhole(signaling, {
			roomId: 'one-trip',
			displayName: 'uncertified',
			rtpCapabilities: signaling.welcome!.routerRtpCapabilities,
			transports: [SEND, RECV],
			dtlsParameters: { role: 'client', fingerprints: [] },
		});
	});

	it('lets the SDK receive a room with one request before media: no transport, capability or consume requests', async () => {
		const client = await connectNodeClient(server.url, 'one-trip');
		const methods: string[] = [];
		const request = client.signaling.request.bind(client.signaling);

		closers.push(() => client.close());
		client.signaling.request = ((method, body) => {
			methods.push(method);

			return request(method, body);
		}) as typeof client.signaling.request;

		await client.join('one-trip', { displayName: 'sdk' });

		const [track] = [...client.tracks.values()];

		assert.ok(track, 'subscribed during the join');
		assert.ok((await receivedPackets(track, 10)) >= 10, 'RTP arrives');
		assert.equal(methods[0], 'join');
		assert.deepEqual(
			methods.filter((m) =>
				['createTransport', 'setCapabilities', 'consume', 'resumeConsumer', 'consumeData'].includes(m)
			),
			[]
		);
	});
});
