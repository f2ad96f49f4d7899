import { randomBytes } from 'node:crypto';
import type { types } from 'mediasoup';
import { NO_GRANTS } from '../auth/grants.js';
import type { Peer, ProducerAppData } from '../rooms/Peer.js';
import type { PlainListen } from '../rooms/peerTransports.js';
import type { Room } from '../rooms/Room.js';

const SRTP_SUITE = 'AES_CM_128_HMAC_SHA1_80';

export interface IngestTrackRequest {
	kind: types.MediaKind;
	codec: types.RtpCodecParameters;
}

/** Where and how an external sender must send one track. */
export interface IngestTrackEndpoint {
	kind: types.MediaKind;
	producerId: string;
	ip: string;
	port: number;
	/**
	 * RTCP goes to its own port: senders like FFmpeg send RTCP from another
	 * socket than RTP, and comedia locks each port to the first source it hears.
	 */
	rtcpPort: number;
	mimeType: string;
	payloadType: number;
	clockRate: number;
	channels?: number;
	ssrc: number;
	srtp?: { cryptoSuite: typeof SRTP_SUITE; keyBase64: string };
}

/**
 * A random SSRC below 2^31 (FFmpeg's -ssrc takes a signed 32-bit integer),
 * never 0 (which some senders treat as unset).
 */
const randomSsrc = () => randomBytes(4).readUInt32BE() >>> 1 || 1;

/**
 * Creates one track of an ingest peer: a plain transport that learns the
 * sender's address from its first packet (comedia), and a producer with the
 * SSRC and payload type the sender was told to use. With SRTP, Skylark
 * makes up the sender's key and gives it out once, in the response.
 */
async function openTrack(
	peer: Peer,
	room: Room,
	listen: PlainListen,
	track: IngestTrackRequest,
	srtp: boolean
): Promise<IngestTrackEndpoint> {
	const transport = await peer.router.router.createPlainTransport({
		listenInfo: { protocol: 'udp', ip: listen.listenIp, announcedAddress: listen.announcedAddress },
		rtcpMux: false,
		comedia: true,
		enableSrtp: srtp,
		srtpCryptoSuite: SRTP_SUITE,
		appData: { peerId: peer.id, direction: 'send' },
	});

	peer.onClose(() => transport.close());
	// A worker that dies takes the ingest's ports with it, and the encoder
	// cannot be told new ones: the participant leaves (others are told; the
	// operator sees participant.left with reason ingest-lost and opens a new ingest).
	transport.on('routerclose', () => room.removePeer(peer, 'ingest-lost'));

	const srtpParameters = srtp
		? ({ cryptoSuite: SRTP_SUITE, keyBase64: randomBytes(30).toString('base64') } as const)
		: undefined;

	if (srtpParameters) {
		await transport.connect({ srtpParameters });
	}

	const ssrc = randomSsrc();
	const producer = await transport.produce<ProducerAppData>({
		kind: track.kind,
		rtpParameters: {
			codecs: [{ ...track.codec, rtcpFeedback: [] }],
			encodings: [{ ssrc }],
		},
		appData: { peerId: peer.id, source: track.kind === 'audio' ? 'microphone' : 'camera' },
	});

	await room.announceProducer(peer, producer);

	return {
		kind: track.kind,
		producerId: producer.id,
		ip: transport.tuple.localAddress,
		port: transport.tuple.localPort,
		rtcpPort: transport.rtcpTuple!.localPort,
		mimeType: track.codec.mimeType,
		payloadType: track.codec.payloadType,
		clockRate: track.codec.clockRate,
		channels: track.codec.channels,
		ssrc,
		...(srtpParameters ? { srtp: srtpParameters } : {}),
	};
}

/**
 * Adds an external encoder (FFmpeg, GStreamer, OBS) to a room as a
 * participant that publishes, named by the request. The others see it join
 * and publish like anyone else; removing the peer ends the ingest.
 */
export async function openIngest(
	room: Room,
	listen: PlainListen,
	request: { displayName: string; tracks: IngestTrackRequest[]; srtp: boolean }
): Promise<{ peer: Peer; tracks: IngestTrackEndpoint[] }> {
	const peer = room.addPeer({
		displayName: request.displayName,
		identity: `ingest:${request.displayName}`,
		role: 'presenter',
		grants: { ...NO_GRANTS, canPublish: true },
		// Nobody listens on the other end: the encoder only sends RTP.
		channel: { notify: () => undefined },
		router: room.routers.home,
	});

	try {
		const tracks: IngestTrackEndpoint[] = [];

		for (const track of request.tracks) {
			tracks.push(await openTrack(peer, room, listen, track, request.srtp));
		}

		return { peer, tracks };
	} catch (error) {
		room.removePeer(peer, 'ingest-failed');
		throw error;
	}
}
