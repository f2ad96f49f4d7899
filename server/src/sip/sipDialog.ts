import { randomBytes } from 'node:crypto';
import * as sip from 'sip';
import type { SipAddress, SipFlow, SipMessage, SipStack } from 'sip';

/** RFC 3261 timers T1 and T2: a 2xx to an INVITE over UDP is resent from T1, doubling up to T2, until the ACK. */
const T1_MS = 500;
const T2_MS = 4000;
/** 64 × T1: no ACK by then means the caller never got the answer. */
const ACK_WAIT_MS = 64 * T1_MS;

export const newTag = () => randomBytes(6).toString('hex');

/**
 * The UAS side of one SIP dialog: what Skylark needs to answer in it and to
 * send requests (BYE) to the caller. In-dialog requests go back over the
 * flow the INVITE came on (or through its Record-Route set), so a caller
 * behind NAT, or on a TCP connection it opened, is still reached.
 */
export class SipDialog {
	readonly callId: string;
	readonly localTag = newTag();
	readonly #stack: SipStack;
	readonly #remote: SipAddress;
	readonly #local: SipAddress;
	readonly #target: string;
	readonly #route: SipAddress[];
	#seq = Math.floor(Math.random() * 10_000) + 1;
	#retransmit?: NodeJS.Timeout;
	#ackTimeout?: NodeJS.Timeout;

	constructor(stack: SipStack, invite: SipMessage, flow: SipFlow) {
		const headers = invite.headers;

		this.#stack = stack;
		this.callId = headers['call-id']!;
		this.#remote = headers.from!;
		this.#local = { ...headers.to!, params: { ...headers.to!.params, tag: this.localTag } };
		this.#target = headers.contact?.[0]?.uri ?? String(headers.from!.uri);
		this.#route = headers['record-route']?.length
			? headers['record-route']
			: [{ uri: sip.stringifyUri(stack.encodeFlowUri(flow)) + ';lr', params: {} }];
	}

	/** A response to a request of this dialog, with Skylark's tag on To. */
	response(
		request: SipMessage,
		status: number,
		reason: string,
		extra: Partial<SipMessage> = {}
	): SipMessage {
		const response = sip.makeResponse(request, status, reason, extra);

		response.headers.to = {
			...request.headers.to!,
			params: { ...request.headers.to!.params, tag: this.localTag },
		};

		return response;
	}

	/**
	 * Sends a 2xx to the INVITE, again and again over UDP until the ACK comes
	 * (the transaction layer sends it once: resending is the dialog's job).
	 * `onNoAck` runs if none comes.
	 */
	answer(response: SipMessage, reliable: boolean, onNoAck: () => void): void {
		this.#stack.send(response);

		if (!reliable) {
			const resend = (interval: number) => {
				this.#retransmit = setTimeout(() => {
					this.#stack.send(response);
					resend(Math.min(interval * 2, T2_MS));
				}, interval);
			};

			resend(T1_MS);
		}

		this.#ackTimeout = setTimeout(() => {
			this.acknowledged();
			onNoAck();
		}, ACK_WAIT_MS);
	}

	acknowledged(): void {
		clearTimeout(this.#retransmit);
		clearTimeout(this.#ackTimeout);
	}

	/** Hangs up from Skylark's side. Resolves with the caller's final answer (or 408 from the stack). */
	bye(reason: string): Promise<number> {
		this.acknowledged();

		return new Promise((resolve) => {
			this.#stack.send(
				{
					method: 'BYE',
					uri: this.#target,
					version: '2.0',
					headers: {
						to: this.#remote,
						from: this.#local,
						'call-id': this.callId,
						cseq: { method: 'BYE', seq: ++this.#seq },
						via: [],
						route: this.#route.map((r) => ({ ...r })),
						'max-forwards': '70',
						reason: `SIP;text="${reason.replace(/"/g, '')}"`,
					},
				},
				(response) => {
					if ((response.status ?? 0) >= 200) {
						resolve(response.status!);
					}
				}
			);
		});
	}
}
