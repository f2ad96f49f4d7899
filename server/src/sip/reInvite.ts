import type { SipMessage, SipStack } from 'sip';
import { answerDirection, OfferError, readOffer, type NegotiatedAudio } from './sdpOffer.js';
import type { SipCall } from './sipCall.js';

export interface ReInviteContext {
	stack: SipStack;
	/** A response with Skylark's SDP, Contact and Allow. */
	withSdp(call: SipCall, request: SipMessage, status: number, reason: string, sdp: string): SipMessage;
}

/**
 * Answers a re-INVITE: a session refresh (no SDP, or the same), or hold and
 * resume. The media stays as set up (same port, same codec, same SRTP keys:
 * a re-offer without the codec gets 488); the direction follows the caller's,
 * and while the caller holds (sendonly, inactive), the mix is not sent.
 */
export function answerReInvite(context: ReInviteContext, call: SipCall, request: SipMessage): void {
	const { stack } = context;

	if (!call.answer) {
		return stack.send(call.dialog.response(request, 491, 'Request Pending'));
	}

	let sdp = call.answer;

	if (request.content?.trim()) {
		let offer: NegotiatedAudio;

		try {
			offer = readOffer(request.content);
		} catch (error) {
			const status = error instanceof OfferError ? error.status : 400;

			return stack.send(
				call.dialog.response(request, status, status === 488 ? 'Not Acceptable Here' : 'Bad Request')
			);
		}

		if (!new RegExp(`^a=rtpmap:\\d+ ${offer.codec.name}/`, 'm').test(call.answer)) {
			return stack.send(call.dialog.response(request, 488, 'Not Acceptable Here'));
		}

		const direction = answerDirection(offer.direction);

		if (call.participant) {
			call.participant.phone.sending = direction === 'sendrecv' || direction === 'sendonly';
		}

		sdp = sdp.replace(/^a=(sendrecv|sendonly|recvonly|inactive)$/m, `a=${direction}`);
	}

	stack.send(
		context.withSdp(
			call,
			request,
			200,
			'OK',
			sdp.replace(/^(o=skylark \d+ )\d+/m, `$1${++call.sdpVersion}`)
		)
	);
}
