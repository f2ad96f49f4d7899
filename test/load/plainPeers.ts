/**
 * Load-test peers that use Skylark's signaling with plain (S)RTP transports
 * (the server must run with PLAIN_TRANSPORTS=loopback): cheap enough that
 * thousands fit on one machine.
 */
import type * as dgram from 'node:dgram';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import { skylark } from '../../protos/index.js';
import { bindUdp } from '../../server/src/media/udpSocket.js';
import { startRtpSource, type RtpSource, type StreamProfile } from './rtpSource.js';
import { newSrtpKey, srtpDecryptor } from './srtpDecryptor.js';

import pb = skylark.v1;

const CODECS = {
	audio: { mimeType: 'audio/opus', payloadType: 100, clockRate: 48000, channels: 2 },
	video: { mimeType: 'video/VP8', payloadType: 101, clockRate: 90000 },
} as const;

/** Gives an access token for a room and an identity. */
export type TokenSource = (room: string, identity: string) => Promise<string>;

async function connectChannel(url: string, token: string): Promise<SignalingChannel> {
	const channel = new SignalingChannel(url, {
		requestTimeoutMs: 30_000,
		token,
		socket: { reconnection: false },
	});

	await channel.waitConnected();

	return channel;
}

/**
 * Joins through `url`, following the cluster's redirects (to the room's node,
 * or for a viewer to an edge node) with their tickets.
 */
export async function joinRoom(
	url: string,
	token: string,
	request: pb.JoinRequest.$Properties
): Promise<{ channel: SignalingChannel; joined: pb.JoinResponse.$Properties }> {
	let target = url;
	let ticket: string | undefined;

	for (let hop = 0; hop < 3; hop++) {
		const channel = await connectChannel(target, token);
		const response = await channel.request('join', { ...request, ticket });

		if (response.join) {
			return { channel, joined: response.join };
		}

		channel.close();
		target = response.redirect?.url ?? target;
		ticket = response.redirect?.ticket ?? undefined;
	}

	throw new Error(`join of ${request.roomId} through ${url}: too many redirects`);
}

export interface PlainPublisher {
	readonly peerId: string;
	readonly producers: { producerId: string; source: RtpSource }[];
	close(): void;
}

/** A presenter sending plain RTP streams (one per profile) into a room. */
export async function plainPublisher(
	url: string,
	tokens: TokenSource,
	roomId: string,
	index: number,
	profiles: StreamProfile[]
): Promise<PlainPublisher> {
	const { channel, joined } = await joinRoom(url, await tokens(roomId, `publisher-${index}`), {
		roomId,
		displayName: `publisher-${index}`,
		role: pb.Role.PRESENTER,
	});
	const created = await channel.request('createPlainTransport', { direction: pb.Direction.SEND });
	const transport = created.plainTransport!;
	const socket = await bindUdp();

	await channel.request('connectPlainTransport', { transportId: transport.transportId });

	const producers: PlainPublisher['producers'] = [];

	for (const [i, profile] of profiles.entries()) {
		const ssrc = 0x10000000 + index * 16 + i;
		const codec = CODECS[profile.kind];
		const produced = await channel.request('produce', {
			transportId: transport.transportId,
			kind: profile.kind,
			source: profile.kind === 'audio' ? 'microphone' : 'camera',
			rtpParameters: { codecs: [codec], encodings: [{ ssrc }] },
		});
		const source = startRtpSource(
			profile,
			{ ssrc, payloadType: codec.payloadType, stream: ssrc },
			(packet) => socket.send(packet, transport.port!, transport.ip!)
		);

		producers.push({ producerId: produced.produce!.producerId!, source });
	}

	return {
		peerId: joined.peerId!,
		producers,
		close() {
			producers.forEach((p) => p.source.stop());
			channel.close();
			socket.close();
		},
	};
}

/** What a plain subscriber receives on, shared by many subscribers. */
export class ReceiverSockets {
	readonly sockets: dgram.Socket[] = [];

	static async open(count: number, onPacket: (packet: Buffer) => void): Promise<ReceiverSockets> {
		const receivers = new ReceiverSockets();

		for (let i = 0; i < count; i++) {
			const socket = await bindUdp();

			socket.setRecvBufferSize(8 * 1024 * 1024);
			socket.on('message', onPacket);
			receivers.sockets.push(socket);
		}

		return receivers;
	}

	port(index: number): number {
		return this.sockets[index % this.sockets.length].address().port;
	}

	close(): void {
		this.sockets.forEach((s) => s.close());
	}
}

export interface PlainSubscriber {
	readonly peerId: string;
	/** SSRC of each consumer → its producer id. */
	readonly ssrcs: Map<number, string>;
	/** For SRTP subscribers: decrypts what the server sent this subscriber. */
	readonly decrypt?: (packet: Buffer) => Buffer | undefined;
	close(): void;
}

/**
 * A viewer receiving every producer in the room on one plain transport,
 * sent to 127.0.0.1:`port`. With `srtp`, the server encrypts.
 */
export async function plainSubscriber(
	url: string,
	tokens: TokenSource,
	roomId: string,
	index: number,
	port: number,
	options: { srtp: boolean }
): Promise<PlainSubscriber> {
	const { channel, joined } = await joinRoom(url, await tokens(roomId, `subscriber-${index}`), {
		roomId,
		displayName: `subscriber-${index}`,
		role: pb.Role.VIEWER,
	});

	await channel.request('setCapabilities', { rtpCapabilities: joined.routerRtpCapabilities });

	const created = (
		await channel.request('createPlainTransport', { direction: pb.Direction.RECV, srtp: options.srtp })
	).plainTransport!;
	const localKey = newSrtpKey();

	await channel.request('connectPlainTransport', {
		transportId: created.transportId,
		ip: '127.0.0.1',
		port,
		srtpParameters: options.srtp
			? { cryptoSuite: 'AES_CM_128_HMAC_SHA1_80', keyBase64: localKey }
			: undefined,
	});

	const ssrcs = new Map<number, string>();
	const consume = async (producerId: string) => {
		const consumer = (await channel.request('consume', { producerId })).consumer!;

		ssrcs.set(consumer.rtpParameters!.encodings![0].ssrc!, producerId);
		await channel.request('resumeConsumer', { consumerId: consumer.consumerId });
	};

	for (const peer of joined.peers ?? []) {
		for (const producer of peer.producers ?? []) {
			await consume(producer.producerId!);
		}
	}

	channel.on('notification', (n) => {
		if (n.newProducer?.producer?.producerId) {
			void consume(n.newProducer.producer.producerId).catch(() => undefined);
		}
	});

	const serverKey = created.srtpParameters?.keyBase64;

	return {
		peerId: joined.peerId!,
		ssrcs,
		decrypt: options.srtp && serverKey ? srtpDecryptor(localKey, serverKey) : undefined,
		close: () => channel.close(),
	};
}
