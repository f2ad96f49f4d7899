import type { types } from 'mediasoup';
import * as sdpTransform from 'sdp-transform';
import { chooseCrypto, cryptoLine, SDES_SUITES, type SdesKey } from './sdes.js';

/** A codec a SIP caller may use, as GStreamer names it on both sides of the call. */
export type CallCodecName = 'PCMU' | 'PCMA' | 'opus';

export interface CallCodec {
	name: CallCodecName;
	payloadType: number;
	clockRate: number;
	channels: number;
}

/** What Skylark takes from a caller's SDP offer: where to send, in which codec, and DTMF. */
export interface NegotiatedAudio {
	/** Where the caller said it receives RTP (replaced by where its RTP comes from: symmetric RTP). */
	address: string;
	port: number;
	codec: CallCodec;
	/** RFC 4733 telephone-event payload type at the codec's clock rate, if offered. */
	telephoneEvent?: number;
	ptime: number;
	/** The offerer's direction: sendonly or inactive (or the old c=0.0.0.0) is a phone putting Skylark on hold. */
	direction: MediaDirection;
	/** The key the other side encrypts with (RTP/SAVP with SDES), absent for plain RTP. */
	srtp?: SdesKey;
}

export type MediaDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

/** The direction Skylark answers an offer's with. */
export function answerDirection(offered: MediaDirection): MediaDirection {
	return offered === 'sendonly' ? 'recvonly' : offered === 'recvonly' ? 'sendonly' : offered;
}

/** Why an offer cannot be answered: a malformed body (400) or nothing in common (488). */
export class OfferError extends Error {
	constructor(
		readonly status: 400 | 488,
		message: string
	) {
		super(message);
		this.name = 'OfferError';
	}
}

const STATIC_CODECS: Record<number, CallCodec> = {
	0: { name: 'PCMU', payloadType: 0, clockRate: 8000, channels: 1 },
	8: { name: 'PCMA', payloadType: 8, clockRate: 8000, channels: 1 },
};

function codecOf(payloadType: number, rtp: sdpTransform.MediaDescription['rtp']): CallCodec | undefined {
	const mapped = rtp.find((r) => r.payload === payloadType);

	if (!mapped) {
		return STATIC_CODECS[payloadType];
	}

	const name = mapped.codec.toUpperCase();

	if (name === 'PCMU' && mapped.rate === 8000) {
		return { ...STATIC_CODECS[0]!, payloadType };
	}

	if (name === 'PCMA' && mapped.rate === 8000) {
		return { ...STATIC_CODECS[8]!, payloadType };
	}

	if (name === 'OPUS' && mapped.rate === 48000) {
		return { name: 'opus', payloadType, clockRate: 48000, channels: 2 };
	}

	return undefined;
}

/**
 * Reads an SDP offer (or the answer to Skylark's): the first audio stream
 * over RTP/AVP or RTP/SAVP (with AVPF variants), and the first codec in the
 * caller's order of preference that Skylark transcodes (Opus, PCMU, PCMA).
 * Offers without audio, and SRTP offers without a crypto attribute mediasoup
 * can key (see sdes.ts), get a 488.
 */
export function readOffer(body: string | undefined): NegotiatedAudio {
	if (!body || !body.trim()) {
		throw new OfferError(400, 'INVITE without an SDP offer (offerless INVITEs are not supported)');
	}

	let session: sdpTransform.SessionDescription;

	try {
		session = sdpTransform.parse(body);
	} catch {
		throw new OfferError(400, 'unreadable SDP');
	}

	if (!session.media?.length) {
		throw new OfferError(400, 'SDP without media');
	}

	const audio = session.media.find(
		(m) => m.type === 'audio' && m.port > 0 && /^RTP\/S?AVPF?$/.test(m.protocol)
	);

	if (!audio) {
		throw new OfferError(488, 'no RTP or SRTP audio stream in the offer');
	}

	const srtp = audio.protocol.startsWith('RTP/SAVP') ? chooseCrypto(audio.crypto ?? []) : undefined;

	if (audio.protocol.startsWith('RTP/SAVP') && !srtp) {
		throw new OfferError(
			488,
			`no usable SDES crypto attribute (Skylark takes ${SDES_SUITES.join(', ')})`
		);
	}

	const address = audio.connection?.ip ?? session.connection?.ip;

	if (!address) {
		throw new OfferError(400, 'SDP without a connection address');
	}

	const payloads = String(audio.payloads ?? '')
		.split(/\s+/)
		.filter(Boolean)
		.map(Number);
	const codec = payloads.map((pt) => codecOf(pt, audio.rtp)).find((c) => c !== undefined);

	if (!codec) {
		throw new OfferError(488, `none of the offered codecs is supported (Skylark takes opus, PCMU, PCMA)`);
	}

	const telephoneEvent = audio.rtp.find(
		(r) => r.codec.toLowerCase() === 'telephone-event' && r.rate === codec.clockRate
	)?.payload;

	const direction: MediaDirection =
		address === '0.0.0.0' ? 'sendonly' : (audio.direction ?? session.direction ?? 'sendrecv');

	return { address, port: audio.port, codec, telephoneEvent, ptime: 20, direction, srtp };
}

/**
 * Skylark's SDP answer: the chosen codec (and telephone-event) at
 * `address`:`port`, sending and receiving; over SRTP with Skylark's key
 * (`localSrtp`, mediasoup's) under the offer's crypto tag when the offer was SDES.
 */
export function buildAnswer(
	offer: NegotiatedAudio,
	address: string,
	port: number,
	sessionId: number,
	localSrtp?: types.SrtpParameters
): string {
	const { codec, telephoneEvent, srtp } = offer;
	const pts = [codec.payloadType, ...(telephoneEvent === undefined ? [] : [telephoneEvent])];
	const encoding = codec.channels > 1 ? `/${codec.channels}` : '';
	const lines = [
		...sessionLines(address, sessionId),
		`m=audio ${port} ${srtp ? 'RTP/SAVP' : 'RTP/AVP'} ${pts.join(' ')}`,
		...(srtp && localSrtp ? [cryptoLine(srtp.tag, localSrtp)] : []),
		`a=rtpmap:${codec.payloadType} ${codec.name}/${codec.clockRate}${encoding}`,
		...(codec.name === 'opus' ? [`a=fmtp:${codec.payloadType} useinbandfec=1`] : []),
		...(telephoneEvent === undefined
			? []
			: [
					`a=rtpmap:${telephoneEvent} telephone-event/${codec.clockRate}`,
					`a=fmtp:${telephoneEvent} 0-15`,
				]),
		'a=ptime:20',
		`a=${answerDirection(offer.direction)}`,
	];

	return `${lines.join('\r\n')}\r\n`;
}

/** What Skylark offers when it places a call: Opus, PCMU, PCMA (in that order) and telephone-event. */
export const DIAL_OUT_CODECS: CallCodec[] = [
	{ name: 'opus', payloadType: 111, clockRate: 48000, channels: 2 },
	STATIC_CODECS[0]!,
	STATIC_CODECS[8]!,
];
const DIAL_OUT_TELEPHONE_EVENT = 101;

/** Skylark's SDP offer for a call it places (the callee's answer picks the codec), over SDES-SRTP with `srtp`. */
export function buildOffer(
	address: string,
	port: number,
	sessionId: number,
	srtp?: types.SrtpParameters
): string {
	const pts = [...DIAL_OUT_CODECS.map((c) => c.payloadType), DIAL_OUT_TELEPHONE_EVENT];
	const lines = [
		...sessionLines(address, sessionId),
		`m=audio ${port} ${srtp ? 'RTP/SAVP' : 'RTP/AVP'} ${pts.join(' ')}`,
		...(srtp ? [cryptoLine(1, srtp)] : []),
		...DIAL_OUT_CODECS.map(
			(c) =>
				`a=rtpmap:${c.payloadType} ${c.name}/${c.clockRate}${c.channels > 1 ? `/${c.channels}` : ''}`
		),
		'a=fmtp:111 useinbandfec=1',
		// telephone-event at 8 kHz: what phones send with G.711 (with Opus, RFC 4733 digits are not read).
		`a=rtpmap:${DIAL_OUT_TELEPHONE_EVENT} telephone-event/8000`,
		`a=fmtp:${DIAL_OUT_TELEPHONE_EVENT} 0-15`,
		'a=ptime:20',
		'a=sendrecv',
	];

	return `${lines.join('\r\n')}\r\n`;
}

/** The session part of Skylark's SDP: origin and connection on the address the media is on. */
function sessionLines(address: string, sessionId: number): string[] {
	const family = address.includes(':') ? 'IP6' : 'IP4';

	return [
		'v=0',
		`o=skylark ${sessionId} 1 IN ${family} ${address}`,
		's=Skylark',
		`c=IN ${family} ${address}`,
		't=0 0',
	];
}
