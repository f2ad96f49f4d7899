import * as sdpTransform from 'sdp-transform';
import type { types } from 'mediasoup';

/** A WHIP/WHEP offer Skylark cannot use; `status` is the HTTP answer (400 malformed, 422 unsupported). */
export class SdpError extends Error {
	constructor(
		readonly status: 400 | 422,
		message: string
	) {
		super(message);
		this.name = 'SdpError';
	}
}

/** One payload type of an m-section, with its fmtp and feedback. */
export interface OfferCodec {
	payloadType: number;
	/** e.g. audio/opus, video/VP8, video/rtx */
	mimeType: string;
	clockRate: number;
	channels?: number;
	parameters: Record<string, string | number>;
	rtcpFeedback: types.RtcpFeedback[];
}

/** The streams an m-section carries: by SSRC (with RTX pairs) or by RID (RFC 8853 simulcast). */
export type OfferStreams =
	| { by: 'ssrc'; streams: { ssrc: number; rtxSsrc?: number }[] }
	| { by: 'rid'; rids: string[] }
	| { by: 'none' };

/** One m-section of an offer. */
export interface OfferMedia {
	index: number;
	mid: string;
	/** The m= line's protocol and payload list, to reject a section as offered. */
	protocol: string;
	payloads: string;
	kind: types.MediaKind | 'application' | string;
	direction: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';
	codecs: OfferCodec[];
	extensions: { id: number; uri: string }[];
	streams: OfferStreams;
	cname?: string;
	reducedSize: boolean;
	rtcpMuxOnly: boolean;
}

/** What Skylark needs from an SDP offer, checked. */
export interface ParsedOffer {
	iceUfrag: string;
	icePwd: string;
	fingerprints: types.DtlsFingerprint[];
	/** The offerer's a=setup (actpass, active or passive). */
	setup: string;
	/** Whether it allows mixed one- and two-byte header extensions. */
	extmapAllowMixed: boolean;
	media: OfferMedia[];
}

const FINGERPRINT_ALGORITHMS = new Set(['sha-1', 'sha-224', 'sha-256', 'sha-384', 'sha-512']);

function fmtpParameters(config: string | undefined): Record<string, string | number> {
	const out: Record<string, string | number> = {};

	for (const pair of (config ?? '').split(';')) {
		const [key, value] = pair.split('=').map((s) => s?.trim());

		if (key && value !== undefined) {
			// Numbers stay numbers where mediasoup compares them (packetization-mode, profile-id, apt).
			out[key] = /^\d+$/.test(value) && !key.includes('profile-level-id') ? Number(value) : value;
		}
	}

	return out;
}

function codecsOf(m: sdpTransform.MediaDescription): OfferCodec[] {
	return (m.rtp ?? []).map((rtp) => {
		const feedback = (m.rtcpFb ?? []).filter(
			(fb) => String(fb.payload) === String(rtp.payload) || fb.payload === '*'
		);

		return {
			payloadType: rtp.payload,
			mimeType: `${m.type}/${rtp.codec}`,
			clockRate: rtp.rate ?? (m.type === 'audio' ? 8000 : 90000),
			...(m.type === 'audio' && rtp.encoding ? { channels: Number(rtp.encoding) } : {}),
			parameters: fmtpParameters(m.fmtp?.find((f) => f.payload === rtp.payload)?.config),
			rtcpFeedback: feedback.map((fb) =>
				fb.subtype ? { type: fb.type, parameter: fb.subtype } : { type: fb.type }
			),
		};
	});
}

function streamsOf(m: sdpTransform.MediaDescription): OfferStreams {
	const sendRids = (m.rids ?? []).filter((r) => r.direction === 'send').map((r) => String(r.id));

	if (sendRids.length > 0) {
		// The simulcast line gives the order; alternatives (a,b) and paused (~) streams are not used.
		const listed = m.simulcast?.list1
			?.split(';')
			.map((alternatives) => alternatives.split(',')[0].replace(/^~/, ''))
			.filter((rid) => sendRids.includes(rid));

		return { by: 'rid', rids: listed?.length ? listed : sendRids };
	}

	const ssrcs = [...new Set((m.ssrcs ?? []).map((s) => Number(s.id)))];

	if (ssrcs.length === 0) {
		return { by: 'none' };
	}

	const groups = (m.ssrcGroups ?? []).map((g) => ({
		semantics: g.semantics,
		ssrcs: g.ssrcs.split(/\s+/).map(Number),
	}));
	const rtxOf = new Map(groups.filter((g) => g.semantics === 'FID').map((g) => [g.ssrcs[0], g.ssrcs[1]]));
	const rtx = new Set(rtxOf.values());
	// Legacy SSRC simulcast (a=ssrc-group:SIM) lists the layers lowest first.
	const sim = groups.find((g) => g.semantics === 'SIM')?.ssrcs;
	const primaries = sim ?? ssrcs.filter((s) => !rtx.has(s));

	return { by: 'ssrc', streams: primaries.map((ssrc) => ({ ssrc, rtxSsrc: rtxOf.get(ssrc) })) };
}

/**
 * Parses and checks an SDP offer (WHIP or WHEP). Throws SdpError with 400 for
 * what is not valid SDP or lacks what WebRTC needs (ICE credentials, a DTLS
 * fingerprint, BUNDLE, rtcp-mux), and 422 for what Skylark cannot take.
 */
export function parseOffer(sdp: string, what: 'offer' | 'answer' = 'offer'): ParsedOffer {
	if (!/^v=0\r?\n/.test(sdp)) {
		throw new SdpError(400, `not an SDP ${what}: it must start with v=0`);
	}

	try {
		return checkedOffer(sdpTransform.parse(sdp), sdp, what);
	} catch (error) {
		// sdp-transform is lenient: a line it half-parsed can surface as any error in the checks.
		if (error instanceof SdpError) {
			throw error;
		}

		throw new SdpError(400, `malformed SDP: ${(error as Error).message}`);
	}
}

function checkedOffer(
	session: sdpTransform.SessionDescription,
	sdp: string,
	what: 'offer' | 'answer'
): ParsedOffer {
	const media = session.media ?? [];

	if (media.length === 0) {
		throw new SdpError(400, `the ${what} has no media section`);
	}

	const first = media[0];
	const iceUfrag = first.iceUfrag ?? session.iceUfrag;
	const icePwd = first.icePwd ?? session.icePwd;
	const fingerprint = first.fingerprint ?? session.fingerprint;

	if (!iceUfrag || !icePwd) {
		throw new SdpError(400, `the ${what} has no ICE credentials (a=ice-ufrag, a=ice-pwd)`);
	}

	if (!fingerprint || !FINGERPRINT_ALGORITHMS.has(fingerprint.type.toLowerCase())) {
		throw new SdpError(400, `the ${what} has no usable DTLS fingerprint (a=fingerprint)`);
	}

	const bundle = String(session.groups?.find((g) => g.type === 'BUNDLE')?.mids ?? '').split(/\s+/);
	// sdp-transform folds a=rtcp-mux-only into a=rtcp-mux: read it from the raw m-sections.
	const rawSections = sdp.split(/\r?\n(?=m=)/).slice(1);
	const parsed = media.map((m, index): OfferMedia => {
		const mid = m.mid === undefined ? '' : String(m.mid);

		if (m.port !== 0 && !bundle.includes(mid)) {
			throw new SdpError(
				400,
				`m-section ${index} (mid "${mid}") is not in the BUNDLE group: max-bundle is required`
			);
		}

		if (m.port !== 0 && m.type !== 'application' && !m.rtcpMux) {
			throw new SdpError(400, `m-section ${index} lacks a=rtcp-mux, which is required`);
		}

		return {
			index,
			mid,
			protocol: m.protocol,
			payloads: String(m.payloads ?? ''),
			kind: m.type,
			direction: m.direction ?? 'sendrecv',
			codecs: codecsOf(m),
			extensions: (m.ext ?? []).map((e) => ({ id: e.value, uri: e.uri })),
			streams: streamsOf(m),
			cname: m.ssrcs?.find((s) => s.attribute === 'cname')?.value,
			reducedSize: m.rtcpRsize === 'rtcp-rsize',
			rtcpMuxOnly: /^a=rtcp-mux-only\s*$/m.test(rawSections[index] ?? ''),
		};
	});

	return {
		iceUfrag,
		icePwd,
		fingerprints: [
			{
				algorithm: fingerprint.type.toLowerCase() as types.FingerprintAlgorithm,
				value: fingerprint.hash,
			},
		],
		setup: first.setup ?? session.setup ?? 'actpass',
		extmapAllowMixed:
			session.extmapAllowMixed === 'extmap-allow-mixed' ||
			first.extmapAllowMixed === 'extmap-allow-mixed',
		media: parsed,
	};
}
