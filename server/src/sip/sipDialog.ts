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
 * The Route that makes npm `sip` send to `uri` as it is. The stack takes a
 * request URI whose host is its own address for one of its flow tokens (the
 * way it routes back over a caller's connection), and answers 404 when it is
 * not; a phone or PBX on Skylark's own host has that address. Such a target
 * goes out through a flow made for it instead, and so does one whose host
 * Skylark resolved itself (`address`: a TLS target given by name).
 */
export function directRoute(stack: SipStack, uri: string, address?: string): SipAddress[] {
	const target = sip.parseUri(uri);

	if (!target || (target.host !== stack.hostname() && !address)) {
		return [];
	}

	const protocol = (target.params.transport ?? 'udp').toUpperCase();
	const hop = address ?? target.host;
	const flow = {
		protocol,
		address: hop,
		port: target.port || (protocol === 'TLS' ? 5061 : 5060),
		local: { address: hop, port: 0 },
	};

	return [{ uri: `${sip.stringifyUri(stack.encodeFlowUri(flow))};lr`, params: {} }];
}

/**
 * A `sips:` URI without a transport, as one that says TLS: npm `sip` picks
 * the transport from the URI's `transport` parameter alone (UDP without
 * one, even for sips:), and a sips: URI must not be reached in the clear.
 */
export function overTlsWhenSips(uri: string): string {
	const parsed = sip.parseUri(uri);

	return parsed?.schema === 'sips' && parsed.params.transport === undefined
		? sip.stringifyUri({ ...parsed, params: { ...parsed.params, transport: 'tls' } })
		: uri;
}

/** Whether requests to `uri` go over TLS: its `transport` says so, or it is a `sips:` URI (see overTlsWhenSips). */
export function overTls(uri: string): boolean {
	return sip.parseUri(overTlsWhenSips(uri))?.params.transport?.toLowerCase() === 'tls';
}

/** Sends `request` and resolves with its final (non-1xx) response, or the stack's own 408 or 503. */
export function finalResponse(stack: SipStack, request: SipMessage): Promise<SipMessage> {
	return new Promise((resolve) => {
		stack.send(request, (response) => {
			if ((response.status ?? 0) >= 200) {
				resolve(response);
			}
		});
	});
}

/** Who is who in a dialog, from Skylark's side. */
interface DialogParties {
	callId: string;
	localTag: string;
	/** Skylark's side (with its tag), as it puts it in From. */
	local: SipAddress;
	/** The other side (with its tag), as Skylark puts it in To. */
	remote: SipAddress;
	/** Where in-dialog requests go: the other side's Contact. */
	target: string;
	route: SipAddress[];
	/** The last CSeq Skylark used. */
	seq: number;
}

/**
 * One SIP dialog: what Skylark needs to answer in it and to send requests
 * (BYE) to the other side. For a call that came in, in-dialog requests go
 * back over the flow the INVITE came on (or through its Record-Route set),
 * so a caller behind NAT, or on a TCP connection it opened, is still reached.
 */
export class SipDialog {
	readonly callId: string;
	readonly localTag: string;
	readonly #stack: SipStack;
	readonly #remote: SipAddress;
	readonly #local: SipAddress;
	readonly #target: string;
	readonly #route: SipAddress[];
	#seq: number;
	#retransmit?: NodeJS.Timeout;
	#ackTimeout?: NodeJS.Timeout;

	/** The dialog of an INVITE Skylark answers. */
	static answering(stack: SipStack, invite: SipMessage, flow: SipFlow): SipDialog {
		const headers = invite.headers;
		const localTag = newTag();

		return new SipDialog(stack, {
			callId: headers['call-id']!,
			localTag,
			remote: headers.from!,
			local: { ...headers.to!, params: { ...headers.to!.params, tag: localTag } },
			target: headers.contact?.[0]?.uri ?? String(headers.from!.uri),
			route: headers['record-route']?.length
				? headers['record-route']
				: [{ uri: sip.stringifyUri(stack.encodeFlowUri(flow)) + ';lr', params: {} }],
			seq: Math.floor(Math.random() * 10_000) + 1,
		});
	}

	/** The dialog of an INVITE Skylark sent, from the callee's 2xx. */
	static answered(stack: SipStack, invite: SipMessage, ok: SipMessage): SipDialog {
		const target = overTlsWhenSips(ok.headers.contact?.[0]?.uri ?? String(invite.uri));
		const recordRoute = [...(ok.headers['record-route'] ?? [])].reverse();

		return new SipDialog(stack, {
			callId: invite.headers['call-id']!,
			localTag: invite.headers.from!.params.tag ?? '',
			local: invite.headers.from!,
			remote: ok.headers.to!,
			target,
			route: recordRoute.length ? recordRoute : directRoute(stack, target),
			seq: invite.headers.cseq!.seq,
		});
	}

	private constructor(stack: SipStack, parties: DialogParties) {
		this.#stack = stack;
		this.callId = parties.callId;
		this.localTag = parties.localTag;
		this.#local = parties.local;
		this.#remote = parties.remote;
		this.#target = parties.target;
		this.#route = parties.route;
		this.#seq = parties.seq;
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
	async bye(reason: string): Promise<number> {
		this.acknowledged();

		const response = await finalResponse(this.#stack, {
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
		});

		return response.status!;
	}
}

/**
 * The session interval a request asks for (RFC 4028 Session-Expires), if
 * any. Skylark takes it as asked and leaves the refreshing to the caller
 * (refresher=uac): a refresh is a re-INVITE or UPDATE, both answered.
 */
export function sessionTimer(request: SipMessage): number | undefined {
	const header = request.headers['session-expires'] ?? request.headers.x;
	const seconds = typeof header === 'string' ? Number.parseInt(header, 10) : NaN;

	return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** The headers that accept a caller's session interval, on a 2xx (none when it asked for none). */
export function sessionTimerHeaders(request: SipMessage): { headers?: Record<string, string> } {
	const seconds = sessionTimer(request);

	return seconds ? { headers: { 'session-expires': `${seconds};refresher=uac`, require: 'timer' } } : {};
}
