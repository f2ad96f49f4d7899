import type { types } from 'mediasoup';
import { getProducerRtpParametersMapping } from 'mediasoup/ortc';
import { SdpError, type OfferCodec, type OfferMedia } from './offer.js';

/** Codecs that carry no media of their own: never chosen as a track's codec. */
const AUXILIARY = new Set(['rtx', 'red', 'ulpfec', 'flexfec-03', 'cn', 'telephone-event']);
/** Feedback mediasoup acts on; the rest of an offer's rtcp-fb is left out of the answer. */
const FEEDBACK = new Set(['nack', 'nack pli', 'ccm fir', 'goog-remb', 'transport-cc']);

const subtype = (codec: { mimeType: string }) => codec.mimeType.split('/')[1].toLowerCase();
const feedbackKey = (fb: types.RtcpFeedback) => `${fb.type} ${fb.parameter ?? ''}`.trim();

/** RID names whose order is obvious, lowest layer first. */
const RID_ORDERS = [
	['q', 'h', 'f'],
	['l', 'm', 'h'],
	['low', 'mid', 'high'],
	['0', '1', '2'],
];

/**
 * Simulcast layers lowest first, as mediasoup numbers spatial layers. RID
 * names that say their size (q/h/f, l/m/h, ...) are sorted by it; otherwise
 * the a=simulcast list is taken as most preferred (largest) first, as OBS and
 * browsers write it.
 */
function lowestFirst(rids: string[]): string[] {
	const order = RID_ORDERS.find((names) => rids.every((rid) => names.includes(rid.toLowerCase())));

	return order
		? [...rids].sort((a, b) => order.indexOf(a.toLowerCase()) - order.indexOf(b.toLowerCase()))
		: [...rids].reverse();
}

function encodingsOf(media: OfferMedia, rtx: OfferCodec | undefined): types.RtpEncodingParameters[] {
	switch (media.streams.by) {
		case 'rid':
			return lowestFirst(media.streams.rids).map((rid) => ({ rid }));
		case 'ssrc':
			return media.streams.streams.map(({ ssrc, rtxSsrc }) =>
				rtx && rtxSsrc ? { ssrc, rtx: { ssrc: rtxSsrc } } : { ssrc }
			);
		default:
			throw new SdpError(
				422,
				`m-section "${media.mid}" announces no stream (neither a=ssrc nor a=rid)`
			);
	}
}

function toCodec(codec: OfferCodec, rtcpFeedback = codec.rtcpFeedback): types.RtpCodecParameters {
	return {
		mimeType: codec.mimeType,
		payloadType: codec.payloadType,
		clockRate: codec.clockRate,
		...(codec.channels ? { channels: codec.channels } : {}),
		parameters: codec.parameters,
		rtcpFeedback,
	};
}

/** What Skylark answers for one sending m-section: the producer's parameters, and what goes in the answer. */
export interface ProducerPlan {
	kind: types.MediaKind;
	rtpParameters: types.RtpParameters;
	/** The codecs of the answer: the chosen one and its RTX, with the offer's payload types. */
	codecs: types.RtpCodecParameters[];
	extensions: { id: number; uri: string }[];
	/** RIDs to answer `recv` for, when the offer simulcasts by RID. */
	rids?: string[];
}

/**
 * Turns a publisher's m-section (WHIP) into the parameters of a mediasoup
 * producer: the first codec of the offer the router can take (asked of
 * mediasoup's own matching, H264 profiles included), its RTX, the header
 * extensions the router knows with the offer's ids, and the offer's streams
 * (SSRCs with RTX pairs, or simulcast RIDs).
 */
export function producerPlan(media: OfferMedia, router: types.RtpCapabilities): ProducerPlan {
	const kind = media.kind as types.MediaKind;
	const known = new Set(
		(router.headerExtensions ?? []).filter((h) => h.kind === kind).map((h) => h.uri as string)
	);
	const extensions = media.extensions.filter((e) => known.has(e.uri));
	const headerExtensions = extensions.map((e) => ({ uri: e.uri as types.RtpHeaderExtensionUri, id: e.id }));

	for (const codec of media.codecs.filter((c) => !AUXILIARY.has(subtype(c)))) {
		const rtx = media.codecs.find(
			(c) => subtype(c) === 'rtx' && Number(c.parameters.apt) === codec.payloadType
		);
		const feedback = codec.rtcpFeedback.filter((fb) => FEEDBACK.has(feedbackKey(fb)));
		const codecs = [toCodec(codec, feedback), ...(rtx ? [toCodec(rtx, [])] : [])];
		const rtpParameters: types.RtpParameters = {
			mid: media.mid,
			codecs,
			headerExtensions,
			encodings: encodingsOf(media, rtx),
			rtcp: { cname: media.cname, reducedSize: media.reducedSize },
		};

		try {
			getProducerRtpParametersMapping(rtpParameters, router);
		} catch {
			continue; // Not a codec the router has (or not this profile): try the next one.
		}

		return {
			kind,
			rtpParameters,
			codecs,
			extensions,
			...(media.streams.by === 'rid' ? { rids: media.streams.rids } : {}),
		};
	}

	const offered = media.codecs.filter((c) => !AUXILIARY.has(subtype(c))).map((c) => c.mimeType);

	throw new SdpError(
		422,
		`no codec of m-section "${media.mid}" is supported (offered ${offered.join(', ') || 'none'}; Skylark takes ${(
			router.codecs ?? []
		)
			.filter((c) => c.kind === kind && subtype(c) !== 'rtx')
			.map((c) => c.mimeType)
			.join(', ')})`
	);
}

/**
 * A viewer's receive capabilities (WHEP) from its m-section, for a router
 * that numbers its codecs as the offer does: the offered codecs with their
 * feedback, RTX only where the router's RTX number is the offer's, and the
 * offered header extensions (mediasoup keeps one only where its id is the
 * router's, so the answer's ids agree with the offer's).
 */
export function viewerCapabilities(media: OfferMedia, router: types.RtpCapabilities): types.RtpCapabilities {
	const kind = media.kind as types.MediaKind;
	const routerRtx = new Map(
		(router.codecs ?? [])
			.filter((c) => subtype(c) === 'rtx')
			.map((c) => [Number(c.parameters?.apt), c.preferredPayloadType])
	);
	const usable = media.codecs.filter(
		(c) => subtype(c) !== 'rtx' || routerRtx.get(Number(c.parameters.apt)) === c.payloadType
	);

	return {
		codecs: usable.map((c) => ({
			kind,
			mimeType: c.mimeType,
			preferredPayloadType: c.payloadType,
			clockRate: c.clockRate,
			...(c.channels ? { channels: c.channels } : {}),
			parameters: c.parameters,
			rtcpFeedback: c.rtcpFeedback.filter((fb) => FEEDBACK.has(feedbackKey(fb))),
		})),
		headerExtensions: media.extensions.map((e) => ({
			kind,
			uri: e.uri as types.RtpHeaderExtensionUri,
			preferredId: e.id,
			direction: 'sendrecv' as const,
		})),
	};
}
