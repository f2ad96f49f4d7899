import * as sip from 'sip';
import type { SipFlow, SipMessage, SipStack } from 'sip';
import type { Logger } from '../logging/logger.js';
import type { Room } from '../rooms/Room.js';
import { CallParticipant } from './CallParticipant.js';
import { pinEntered } from './dispatch.js';
import { PhoneLeg } from './PhoneLeg.js';
import { buildAnswer, type NegotiatedAudio } from './sdpOffer.js';
import type { SipCall as Call } from './sipCall.js';
import { SipDialog } from './sipDialog.js';

/** How long a caller has to key in a PIN. */
const PIN_TIMEOUT_MS = 30_000;

export interface IncomingCallContext {
	stack: SipStack;
	/** The server's calls by Call-ID: the call is in it from the start of its setup (a CANCEL must find it). */
	calls: Map<string, Call>;
	listenIp: string;
	mixSlots: number;
	jitterMs: number;
	logger: Logger;
	/** A response with Skylark's SDP, Contact and Allow. */
	withSdp(call: Call, request: SipMessage, status: number, reason: string, sdp: string): SipMessage;
	hangUp(call: Call, reason: string): Promise<void>;
}

export interface IncomingCallSetup {
	request: SipMessage;
	flow: SipFlow;
	room: Room;
	offer: NegotiatedAudio;
	/** The PIN the caller must key in first (early media), if the dispatch rule has one. */
	pin?: string;
	announcedAddress: string;
}

/**
 * Sets up an INVITE that passed every check: the caller's RTP socket, the
 * PIN in early media where asked, the participant in the room, then the 200
 * (resent until the ACK). A CANCEL at any point ends it without a trace in
 * the room.
 */
export async function answerIncomingCall(
	context: IncomingCallContext,
	setup: IncomingCallSetup
): Promise<void> {
	const { request, flow, room, offer, pin } = setup;
	const dialog = SipDialog.answering(context.stack, request, flow);
	const call: Call = { dialog, invite: request, cancelled: new AbortController(), sdpVersion: 1 };
	const caller = request.headers.from!;
	const callerUri = sip.parseUri(caller.uri);
	const displayName = caller.name?.replace(/^"|"$/g, '').trim() || callerUri?.user || 'SIP caller';
	const log = context.logger.child({ callId: dialog.callId, roomId: room.id });
	// Known from here on, so a CANCEL that overtakes the setup finds the call.
	context.calls.set(dialog.callId, call);

	let phone: PhoneLeg;

	try {
		phone = await PhoneLeg.open({
			worker: room.routers.home.worker.worker,
			listenIp: context.listenIp,
			codecs: [offer.codec],
			srtp: offer.srtp?.suite,
		});
	} catch (error) {
		context.calls.delete(dialog.callId);
		throw error;
	}

	phone.connect(offer);
	// A call may start on hold (sendonly or inactive): then the mix waits for the caller's resume.
	phone.sending = offer.direction === 'sendrecv' || offer.direction === 'recvonly';

	const answer = buildAnswer(
		offer,
		setup.announcedAddress,
		phone.port,
		Date.now() % 1e9,
		phone.srtpParameters
	);

	try {
		if (pin !== undefined) {
			// Early media: the caller's phone sends its digits before anyone answers, and a wrong PIN gets a final 403.
			context.stack.send(context.withSdp(call, request, 183, 'Session Progress', answer));

			const entered = await pinEntered((listener) => (phone.latch.onDigit = listener), pin, {
				timeoutMs: PIN_TIMEOUT_MS,
				signal: call.cancelled.signal,
			});

			if (!entered) {
				context.calls.delete(dialog.callId);
				await phone.close();
				log.info('SIP caller refused: wrong or no PIN');

				return call.cancelled.signal.aborted
					? undefined
					: void context.stack.send(dialog.response(request, 403, 'Forbidden'));
			}
		}

		if (call.cancelled.signal.aborted) {
			context.calls.delete(dialog.callId);
			await phone.close();

			return;
		}

		call.participant = await CallParticipant.open({
			room,
			displayName,
			identity: `sip:${callerUri?.user ?? 'anonymous'}@${callerUri?.host ?? flow.address}`,
			offer,
			phone,
			mixSlots: context.mixSlots,
			jitterMs: context.jitterMs,
			logger: log,
			onEnded: (reason) => void context.hangUp(call, reason),
		});
	} catch (error) {
		context.calls.delete(dialog.callId);
		await phone.close().catch(() => undefined);
		log.warn('SIP call could not join the room', { error: (error as Error).message });

		return call.cancelled.signal.aborted
			? undefined
			: void context.stack.send(dialog.response(request, 500, 'Server Internal Error'));
	}

	if (call.cancelled.signal.aborted) {
		context.calls.delete(dialog.callId);
		await call.participant.close('cancelled');

		return;
	}

	call.answer = answer;
	dialog.answer(
		context.withSdp(call, request, 200, 'OK', answer),
		flow.protocol !== 'UDP',
		() => void context.hangUp(call, 'no-ack')
	);
	log.info('SIP caller joined', {
		displayName,
		codec: offer.codec.name,
		transport: flow.protocol,
		srtp: offer.srtp?.suite ?? null,
	});
}
