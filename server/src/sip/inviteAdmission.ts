import * as sip from 'sip';
import type { SipFlow, SipMessage } from 'sip';
import type { Logger } from '../logging/logger.js';
import { roomIdSchema } from '../rooms/roomId.js';
import type { CallerAuth } from './callerAuth.js';
import { callTarget, type DispatchRule } from './dispatch.js';
import { OfferError, readOffer, type NegotiatedAudio } from './sdpOffer.js';
import type { InviteLimiter } from './sipPolicy.js';

/** What judges a new INVITE. */
export interface AdmissionPolicy {
	limiter: InviteLimiter;
	/** Set when the source is not an allowed one: the INVITE must be signed with a caller's credentials. */
	auth?: CallerAuth;
	dispatchRules: readonly DispatchRule[];
	/** Contact users Skylark registered with trunks: a trunk delivers a call to one, the number dialled is in To. */
	trunkContacts: ReadonlySet<string>;
	logger: Logger;
}

/** A new call that passed every check: the room it asks for, the PIN it must key first, its audio. */
export interface Admitted {
	roomId: string;
	pin?: string;
	offer: NegotiatedAudio;
}

/** A final response refusing `request`, with Skylark's reason as a Warning (RFC 3261 20.43) when there is one. */
export function refusal(request: SipMessage, status: number, reason: string, warning?: string): SipMessage {
	return sip.makeResponse(
		request,
		status,
		reason,
		warning ? { headers: { warning: `399 skylark "${warning}"` } } : {}
	);
}

/** A request URI's user part, %-escapes decoded (left as it is when they are broken). */
function safeDecode(user: string): string {
	try {
		return decodeURIComponent(user);
	} catch {
		return user;
	}
}

/**
 * Judges a new INVITE before any room or media is touched, in the order
 * that costs least: a stray in-dialog request, the source's rate, its
 * credentials, the number dialled (and its PIN), then the offer.
 */
export function admitInvite(
	request: SipMessage,
	flow: SipFlow,
	policy: AdmissionPolicy
): Admitted | { refuse: SipMessage } {
	if (request.headers.to?.params.tag) {
		return { refuse: refusal(request, 481, 'Call/Transaction Does Not Exist') };
	}

	if (!policy.limiter.take(flow.address)) {
		return {
			refuse: sip.makeResponse(request, 503, 'Service Unavailable', {
				headers: { 'retry-after': '5' },
			}),
		};
	}

	if (policy.auth && policy.auth.verify(request) === undefined) {
		if (request.headers.authorization) {
			policy.logger.warn('SIP caller failed digest authentication', { source: flow.address });
		}

		return { refuse: policy.auth.challenge(request) };
	}

	const requestUser = sip.parseUri(request.uri ?? '')?.user;
	const user = policy.trunkContacts.has(requestUser ?? '')
		? sip.parseUri(request.headers.to?.uri ?? '')?.user
		: requestUser;
	const target = callTarget(
		user === undefined ? '' : safeDecode(user),
		policy.dispatchRules,
		(id) => roomIdSchema.safeParse(id).success
	);

	if ('refuse' in target) {
		return {
			refuse: refusal(
				request,
				target.refuse,
				target.refuse === 403 ? 'Forbidden' : 'Not Found',
				target.why
			),
		};
	}

	let offer: NegotiatedAudio;

	try {
		offer = readOffer(request.content);
	} catch (error) {
		if (error instanceof OfferError) {
			const reason = error.status === 488 ? 'Not Acceptable Here' : 'Bad Request';

			return { refuse: refusal(request, error.status, reason, error.message) };
		}

		throw error;
	}

	if (target.pin !== undefined && (offer.telephoneEvent === undefined || offer.srtp)) {
		return {
			refuse: refusal(
				request,
				488,
				'Not Acceptable Here',
				'this number asks for a PIN: offer telephone-event over RTP/AVP'
			),
		};
	}

	return { roomId: target.roomId, pin: target.pin, offer };
}
