import type { types } from 'mediasoup';
import { KEY_FRAME_REQUEST_DELAY_MS } from '../media/keyFrameTiming.js';
import type { AccessClaims } from '../auth/accessTokens.js';
import type { ProducerAppData } from '../rooms/Peer.js';
import type { Room } from '../rooms/Room.js';
import { HttpSession, openTransport } from './HttpSession.js';
import { HttpProblem } from './problems.js';
import { rejectedSide, writeSdp, type MediaSide } from './sdp/answer.js';
import { producerPlan, type ProducerPlan } from './sdp/mediasoupParams.js';
import { SdpError, type OfferMedia, type ParsedOffer } from './sdp/offer.js';

/**
 * What a WHIP offer publishes: one plan per audio or video section it sends,
 * at most one of each kind (RFC 9725: an offer the server cannot take whole
 * is refused, never answered in part).
 */
export function planPublication(
	offer: ParsedOffer,
	router: types.RtpCapabilities
): Map<OfferMedia, ProducerPlan> {
	const plans = new Map<OfferMedia, ProducerPlan>();
	const kinds = new Set<string>();

	for (const media of offer.media) {
		const sends = media.direction === 'sendonly' || media.direction === 'sendrecv';

		if ((media.kind !== 'audio' && media.kind !== 'video') || !sends) {
			continue;
		}

		if (kinds.has(media.kind)) {
			throw new SdpError(
				422,
				`the offer has more than one ${media.kind} section; WHIP takes one audio and one video`
			);
		}

		kinds.add(media.kind);
		plans.set(media, producerPlan(media, router));
	}

	if (plans.size === 0) {
		throw new SdpError(400, 'the offer sends no audio or video');
	}

	return plans;
}

/**
 * A WHIP publisher: a participant of the room (like an SDK publisher, seen,
 * heard and recordable by everyone) whose tracks arrive over one WebRTC
 * transport negotiated by a single SDP offer/answer.
 */
export class WhipSession extends HttpSession {
	readonly answer: string;

	private constructor(
		room: Room,
		peer: WhipSession['peer'],
		transport: types.WebRtcTransport,
		firstMid: string,
		clientUfrag: string,
		answer: string
	) {
		super('whip', room, peer, transport, firstMid, clientUfrag);
		this.answer = answer;
	}

	static async open(
		room: Room,
		claims: AccessClaims,
		offer: ParsedOffer,
		options: { maxDataMessageBytes: number }
	): Promise<WhipSession> {
		const router = await room.routers.placeNewPeer();
		const plans = planPublication(offer, router.router.rtpCapabilities);
		const peer = room.addPeer({
			displayName: claims.name ?? claims.identity,
			identity: claims.identity,
			role: 'presenter',
			grants: claims.grants,
			// Nobody listens on the other end: a WHIP client only sends media.
			channel: { notify: () => undefined },
			router,
		});

		try {
			const { transport, setup } = await openTransport(
				peer,
				offer,
				'send',
				options.maxDataMessageBytes
			);

			for (const [media, plan] of plans) {
				const producer = await transport
					.produce<ProducerAppData>({
						kind: plan.kind,
						rtpParameters: plan.rtpParameters,
						keyFrameRequestDelay: KEY_FRAME_REQUEST_DELAY_MS,
						appData: { peerId: peer.id, source: plan.kind === 'audio' ? 'microphone' : 'camera' },
					})
					.catch((error: Error) => {
						throw new SdpError(422, `m-section "${media.mid}": ${error.message}`);
					});

				await room.announceProducer(peer, producer);
			}

			const sides: MediaSide[] = offer.media.map((media) => {
				const plan = plans.get(media);

				return plan
					? {
							mid: media.mid,
							kind: plan.kind,
							direction: 'recvonly',
							codecs: plan.codecs,
							extensions: plan.extensions,
							rids: plan.rids,
							reducedSize: media.reducedSize,
							rtcpMuxOnly: media.rtcpMuxOnly,
						}
					: rejectedSide(media);
			});
			const answer = writeSdp(
				sides,
				{
					iceParameters: transport.iceParameters,
					iceCandidates: transport.iceCandidates,
					dtlsParameters: transport.dtlsParameters,
				},
				{ extmapAllowMixed: offer.extmapAllowMixed, setup }
			);
			const firstMid = offer.media.find((m) => plans.has(m))!.mid;

			return new WhipSession(room, peer, transport, firstMid, offer.iceUfrag, answer);
		} catch (error) {
			room.removePeer(peer, 'whip-refused');

			throw error instanceof SdpError
				? new HttpProblem(error.status, 'Offer not accepted', error.message)
				: error;
		}
	}
}
