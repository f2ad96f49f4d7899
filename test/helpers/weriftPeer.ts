/**
 * Runs Skylark's real client SDK in Node: werift (a WebRTC stack in
 * TypeScript) stands in for the browser's RTCPeerConnection, and
 * mediasoup-client drives it with its Chrome handler. Media is real RTP over
 * ICE + DTLS + SRTP against the server's workers.
 */
import * as werift from 'werift';
import {
	connect,
	type ConnectOptions,
	type LocalPublication,
	type RemoteTrack,
	type SkylarkClient,
} from '../../client-sdk/src/index.js';
import { testToken } from './tokens.js';

/**
 * werift negotiates no audio-level header extension by default; browsers do,
 * and mediasoup's dominant-speaker detection reads it.
 */
class NodePeerConnection extends werift.RTCPeerConnection {
	constructor(config: Partial<werift.PeerConfig> = {}) {
		super({
			...config,
			headerExtensions: {
				audio: [
					new werift.RTCRtpHeaderExtensionParameters({
						id: 1,
						uri: werift.RTP_EXTENSION_URI.audioLevelIndication,
					}),
				],
				video: [],
			},
		});
	}
}

const browserGlobals: Record<string, unknown> = {
	RTCPeerConnection: NodePeerConnection,
	RTCSessionDescription: werift.RTCSessionDescription,
	MediaStream: werift.MediaStream,
	MediaStreamTrack: werift.MediaStreamTrack,
};

Object.assign(globalThis, browserGlobals);

/** A client with an all-grants token for `room` (or the token in `options`). */
export async function connectNodeClient(
	url: string,
	room: string,
	options: ConnectOptions = {}
): Promise<SkylarkClient> {
	return connect(url, {
		handlerName: 'Chrome111',
		requestTimeoutMs: 5000,
		token: options.token ?? (await testToken(room)),
		...options,
	});
}

/** A werift track that the SDK can publish; write RTP into it with sendAudio(). */
export function audioTrack(): MediaStreamTrack {
	// werift's track implements the parts of MediaStreamTrack mediasoup-client uses.
	return new werift.MediaStreamTrack({ kind: 'audio' }) as unknown as MediaStreamTrack;
}

/** A werift video track the SDK can publish (VP8). */
export function videoTrack(): MediaStreamTrack {
	return new werift.MediaStreamTrack({ kind: 'video' }) as unknown as MediaStreamTrack;
}

export interface AudioSender {
	stop(): void;
	readonly sent: number;
}

/** An audio sender whose uplink can be made lossy. */
export interface LossyAudioSender extends AudioSender {
	/** From now on, this fraction of packets is never sent. */
	setLoss(fraction: number): void;
}

/**
 * Sends an Opus-like RTP stream (50 packets/s) on a published audio track,
 * with the ssrc-audio-level header extension when negotiated, at one constant
 * `level` (in -dBov: 0 loudest, 127 silence; default 10). A constant level is
 * never speech to mediasoup's dominant-speaker detection, which scores
 * loudness above each stream's own noise floor: for a talker, see voice.ts.
 * It keeps up with the publication's producer, which a media reset or a room
 * move replaces.
 */
export function sendAudio(
	publication: LocalPublication,
	options: { level?: number; loss?: number } = {}
): LossyAudioSender {
	const track = publication.track as unknown as werift.MediaStreamTrack;
	let seq = 0;
	let loss = options.loss ?? 0;
	const timer = setInterval(() => {
		// A lossy uplink: the packet is numbered but never sent (so never retransmitted either).
		if (loss > 0 && ((seq * 7919) % 100) / 100 < loss) {
			seq++;

			return;
		}

		// Read each time: after a media reset or a room move, the same track has a new producer.
		const params = publication.producer.rtpParameters;
		const ssrc = params.encodings![0].ssrc!;
		const payloadType = params.codecs[0].payloadType;
		const levelExt = params.headerExtensions?.find(
			(h) => h.uri === 'urn:ietf:params:rtp-hdrext:ssrc-audio-level'
		);
		const extensions = levelExt
			? [{ id: levelExt.id, payload: Buffer.from([0x80 | (options.level ?? 10)]) }]
			: [];
		const header = new werift.RtpHeader({
			payloadType,
			sequenceNumber: seq & 0xffff,
			timestamp: (seq * 960) >>> 0,
			ssrc,
			extension: extensions.length > 0,
			extensions,
		});

		track.writeRtp(new werift.RtpPacket(header, Buffer.alloc(80, seq & 0xff)));
		seq++;
	}, 20);

	return {
		stop: () => clearInterval(timer),
		get sent() {
			return seq;
		},
		setLoss(fraction: number) {
			loss = fraction;
		},
	};
}

/**
 * Sends a VP8-shaped RTP stream (30 one-packet frames/s) on a published video
 * track: a keyframe first and every `keyFrameEveryMs` (default 3 s), delta
 * frames between. The payloads are not decodable pictures, only what
 * mediasoup reads: the VP8 payload descriptor and frame tag, whose keyframe
 * bit tells keyframes apart. Keyframe requests are never answered early, so
 * every request the publisher receives can be counted.
 */
export function sendVideo(
	publication: LocalPublication,
	options: { keyFrameEveryMs?: number } = {}
): AudioSender {
	const track = publication.track as unknown as werift.MediaStreamTrack;
	const framesPerKey = Math.max(1, Math.round((options.keyFrameEveryMs ?? 3000) / 33));
	let seq = 0;
	const timer = setInterval(() => {
		const params = publication.producer.rtpParameters;
		const codec = params.codecs.find((c) => c.mimeType.toLowerCase() === 'video/vp8') ?? params.codecs[0];
		const key = seq % framesPerKey === 0;
		// Descriptor (S=1, partition 0), then the frame tag: bit 0 clear on keyframes, which carry
		// the start code and a 640x480 size.
		const payload = key
			? Buffer.from([
					0x10,
					0x10,
					0x02,
					0x00,
					0x9d,
					0x01,
					0x2a,
					0x80,
					0x02,
					0xe0,
					0x01,
					...Buffer.alloc(200),
				])
			: Buffer.from([0x10, 0x11, 0x02, 0x00, ...Buffer.alloc(60)]);
		const header = new werift.RtpHeader({
			payloadType: codec.payloadType,
			sequenceNumber: seq & 0xffff,
			timestamp: (seq * 3000) >>> 0,
			ssrc: params.encodings![0].ssrc!,
			marker: true,
		});

		track.writeRtp(new werift.RtpPacket(header, payload));
		seq++;
	}, 33);

	return {
		stop: () => clearInterval(timer),
		get sent() {
			return seq;
		},
	};
}

/** Resolves once `count` RTP packets have arrived on a received track (rejects after timeoutMs). */
export function receivedPackets(track: RemoteTrack, count: number, timeoutMs = 5000): Promise<number> {
	const weriftTrack = track.track as unknown as werift.MediaStreamTrack;

	return new Promise((resolve, reject) => {
		let received = 0;
		const timer = setTimeout(() => {
			subscription.unSubscribe();
			reject(
				new Error(
					`only ${received} of ${count} RTP packets arrived on ${track.kind} track within ${timeoutMs} ms`
				)
			);
		}, timeoutMs);
		const subscription = weriftTrack.onReceiveRtp.subscribe(() => {
			if (++received === count) {
				clearTimeout(timer);
				subscription.unSubscribe();
				resolve(received);
			}
		});
	});
}
