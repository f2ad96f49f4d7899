import { randomBytes } from 'node:crypto';
import * as sip from 'sip';
import * as digest from 'sip/digest.js';
import type { SipMessage, SipStack, SipUri } from 'sip';
import type { Logger } from '../logging/logger.js';
import type { Room } from '../rooms/Room.js';
import { CallParticipant } from './CallParticipant.js';
import { PhoneLeg } from './PhoneLeg.js';
import type { SipCall } from './sipCall.js';
import { directRoute, newTag, overTls, overTlsWhenSips, SipDialog } from './sipDialog.js';
import { buildOffer, DIAL_OUT_CODECS, readOffer, type NegotiatedAudio } from './sdpOffer.js';

/** The suite Skylark offers SDES with: the one every SRTP phone has (RFC 4568's mandatory one). */
const DIAL_OUT_SRTP = 'AES_CM_128_HMAC_SHA1_80';

/** A call that cannot be placed at all (its host does not resolve): the caller's mistake, answered 400. */
export class DialTargetError extends Error {}

/** Where a call Skylark places stands (reported through the admin API and webhooks). */
export type DialState = 'calling' | 'ringing' | 'answered' | 'busy' | 'failed' | 'ended';

const BUSY = new Set([486, 600, 603]);

export interface DialOutContext {
	stack: SipStack;
	listenIp: string;
	announcedAddress: string;
	/** Skylark's Contact for a call to `target` (the TLS port for a target over TLS). */
	contact(target: SipUri): string;
	/** Why a TLS connection to host:port fails (undefined: it does not); asked when a call over TLS fails with 503. */
	whyTlsFails(host: string, port: number): Promise<string | undefined>;
	/** The address to connect to for a TLS target's host; its certificate is then checked against the name. */
	resolveTls(host: string): Promise<string>;
	mixSlots: number;
	jitterMs: number;
	logger: Logger;
	/** Makes an answered call known, so the callee's in-dialog requests (BYE) reach it. */
	register(call: SipCall): void;
	/** Hangs an answered call up (BYE), as for any other call. */
	hangUp(call: SipCall, reason: string): Promise<void>;
	/** Told on every change of state. */
	onState(call: OutboundCall): void;
}

/** A SIP trunk from the config: where calls through it go, and the credentials its digest challenges take. */
export interface SipTrunk {
	name: string;
	user: string;
	password: string;
	host: string;
	port: number;
	/** `tls`: the trunk's certificate is verified (Node's roots, and SIP_TLS_CA). */
	transport: 'udp' | 'tcp' | 'tls';
	/** `sdes`: calls through this trunk offer SRTP keyed with SDES (RFC 4568), and only that. */
	srtp?: 'sdes';
	/** Set: Skylark registers with the trunk for this long (seconds), so the trunk sends its calls here. */
	registerSeconds?: number;
}

export interface DialRequest {
	to: string;
	from?: string;
	/** Call through this trunk: the request goes to it, for the user part of `to`. */
	trunk?: SipTrunk;
	/** Offer SDES-SRTP only (a trunk with `srtp=sdes` asks for it too). */
	srtp?: 'sdes';
}

/**
 * Checks the callee's answer against Skylark's offer: the media runs in a
 * router whose payload types are the offer's, and over SRTP exactly when
 * the offer was.
 */
function checkAnswer(answer: NegotiatedAudio, srtp: boolean): void {
	const offered = DIAL_OUT_CODECS.find((c) => c.name === answer.codec.name);

	if (offered?.payloadType !== answer.codec.payloadType) {
		throw new Error(
			`the answer renumbered ${answer.codec.name} (payload type ${answer.codec.payloadType})`
		);
	}

	if (srtp !== (answer.srtp !== undefined) || (answer.srtp && answer.srtp.suite !== DIAL_OUT_SRTP)) {
		throw new Error(
			srtp ? 'the answer is not SRTP with the offered suite' : 'the answer is SRTP, the offer was not'
		);
	}
}

/**
 * A call Skylark places from a room (dial-out): it offers Opus, PCMU and
 * PCMA, reports ringing, and on answer adds the callee to the room as a
 * participant (the same media as a dial-in call). Busy (486, 600, 603) and
 * every other failure end it with that state.
 */
export class OutboundCall {
	readonly id = randomBytes(12).toString('hex');
	readonly to: string;
	readonly roomId: string;
	state: DialState = 'calling';
	/** The final SIP status, or why it ended. */
	status?: number;
	reason?: string;
	participant?: CallParticipant;
	readonly #context: DialOutContext;
	readonly #room: Room;
	readonly #phone: PhoneLeg;
	/** The INVITE as last sent (a digest challenge makes a second one). */
	#invite: SipMessage;
	readonly #trunk?: SipTrunk;
	/** Where a TLS target given by name resolved to: requests go there, the certificate is checked against the name. */
	readonly #hop?: string;
	#call?: SipCall;

	static async place(context: DialOutContext, room: Room, request: DialRequest): Promise<OutboundCall> {
		const target = OutboundCall.#target(request);
		const host = sip.parseUri(target)!.host;
		const hop = overTls(target)
			? await context.resolveTls(host).catch((error: NodeJS.ErrnoException) => {
					throw new DialTargetError(`${host} does not resolve (${error.code ?? error.message})`);
				})
			: undefined;
		const phone = await PhoneLeg.open({
			worker: room.routers.home.worker.worker,
			listenIp: context.listenIp,
			codecs: DIAL_OUT_CODECS,
			srtp: (request.srtp ?? request.trunk?.srtp) ? DIAL_OUT_SRTP : undefined,
		});

		return new OutboundCall(context, room, request, phone, hop);
	}

	/** Through a trunk, the callee is the user part of `to` at the trunk, and Skylark calls as the trunk's user. */
	static #target(request: DialRequest): string {
		const trunk = request.trunk;

		return trunk
			? `sip:${sip.parseUri(request.to)?.user ?? ''}@${trunk.host}:${trunk.port};transport=${trunk.transport}`
			: overTlsWhenSips(request.to);
	}

	private constructor(
		context: DialOutContext,
		room: Room,
		request: DialRequest,
		phone: PhoneLeg,
		hop: string | undefined
	) {
		this.#context = context;
		this.#room = room;
		this.#phone = phone;
		this.#trunk = request.trunk;
		this.#hop = hop;
		this.roomId = room.id;

		const host = context.announcedAddress.includes(':')
			? `[${context.announcedAddress}]`
			: context.announcedAddress;
		const trunk = request.trunk;
		const target = OutboundCall.#target(request);
		const from = request.from ?? (trunk ? `sip:${trunk.user}@${trunk.host}` : `sip:${room.id}@${host}`);

		this.to = target;
		this.#invite = {
			method: 'INVITE',
			uri: target,
			version: '2.0',
			headers: {
				to: { uri: target, params: {} },
				from: { uri: from, params: { tag: newTag() } },
				'call-id': this.id,
				cseq: { method: 'INVITE', seq: 1 },
				contact: [{ uri: context.contact(sip.parseUri(target)!), params: {} }],
				via: [],
				route: directRoute(context.stack, target, hop),
				'max-forwards': '70',
				'content-type': 'application/sdp',
			},
			content: buildOffer(context.announcedAddress, phone.port, Date.now() % 1e9, phone.srtpParameters),
		};
		context.stack.send(this.#invite, (response) => this.#respond(response));
	}

	view() {
		return {
			id: this.id,
			roomId: this.roomId,
			to: this.to,
			state: this.state,
			status: this.status ?? null,
			reason: this.reason ?? null,
			peerId: this.participant?.peer.id ?? null,
		};
	}

	/** Hangs up: CANCEL while it rings, BYE once answered. */
	async hangUp(): Promise<void> {
		if (this.state === 'calling' || this.state === 'ringing') {
			this.#context.stack.send({
				method: 'CANCEL',
				uri: this.#invite.uri,
				version: '2.0',
				headers: {
					to: this.#invite.headers.to,
					from: this.#invite.headers.from,
					'call-id': this.id,
					cseq: { method: 'CANCEL', seq: this.#invite.headers.cseq!.seq },
					// The INVITE's own Via (its branch), as the stack sent it: a CANCEL names the transaction it ends.
					via: this.#invite.headers.via,
					route: directRoute(this.#context.stack, this.to, this.#hop),
					'max-forwards': '70',
				},
			});
			this.#finish('ended', 'cancelled');
		} else if (this.state === 'answered' && this.#call) {
			await this.#context.hangUp(this.#call, 'hung-up-by-api');
		}
	}

	#respond(response: SipMessage): void {
		this.#onResponse(response).catch((error: Error) => {
			this.#context.logger.error('SIP dial-out failed on a response', { error: error.message });
			this.#finish('failed', error.message);
		});
	}

	async #onResponse(response: SipMessage): Promise<void> {
		const status = response.status ?? 0;

		if (status < 200) {
			if (status >= 180 && this.state === 'calling') {
				this.#set('ringing');
			}

			return;
		}

		if ((status === 401 || status === 407) && this.#trunk && this.#invite.headers.cseq!.seq === 1) {
			return this.#authenticate(response, this.#trunk);
		}

		if (status >= 300) {
			return this.#finish(
				BUSY.has(status) ? 'busy' : 'failed',
				(status === 503 && (await this.#tlsFailure())) || response.reason || `SIP ${status}`,
				status
			);
		}

		// A 2xx again (the callee resends it until our ACK arrives): ACK it again.
		this.#ack(response);

		if (this.state !== 'calling' && this.state !== 'ringing') {
			return;
		}

		this.status = status;
		await this.#answered(response);
	}

	/**
	 * npm `sip` answers an INVITE it could not deliver with a 503 of its own;
	 * over TLS the cause (most often the far side's certificate) is only
	 * known by connecting again.
	 */
	async #tlsFailure(): Promise<string | undefined> {
		if (!overTls(this.to)) {
			return undefined;
		}

		const target = sip.parseUri(this.to)!;
		const host = target.host;
		const port = target.port || 5061;
		const why = await this.#context.whyTlsFails(this.#hop ?? host, port);

		if (why) {
			this.#context.logger.warn('SIP dial-out: TLS to the callee failed', { to: this.to, error: why });
		}

		return why && `TLS to ${host}:${port} failed: ${why}`;
	}

	/**
	 * Answers the trunk's digest challenge: the same INVITE again, a new
	 * transaction (next CSeq, fresh Via) with the Authorization the challenge
	 * asks for. Once: a second challenge means the credentials are wrong.
	 */
	#authenticate(challenge: SipMessage, trunk: SipTrunk): void {
		const again: SipMessage = {
			...this.#invite,
			headers: {
				...this.#invite.headers,
				via: [],
				// Built again: the stack consumed the first INVITE's Route as it sent it.
				route: directRoute(this.#context.stack, this.to, this.#hop),
				cseq: { method: 'INVITE', seq: 2 },
			},
		};

		try {
			digest.signRequest(null, again, challenge, { user: trunk.user, password: trunk.password });
		} catch (error) {
			return this.#finish(
				'failed',
				`cannot answer the trunk's challenge: ${(error as Error).message}`,
				401
			);
		}

		this.#invite = again;
		this.#context.stack.send(again, (response) => this.#respond(response));
	}

	async #answered(ok: SipMessage): Promise<void> {
		const dialog = SipDialog.answered(this.#context.stack, this.#invite, ok);
		const call: SipCall = {
			dialog,
			invite: this.#invite,
			cancelled: new AbortController(),
			answer: this.#invite.content,
			sdpVersion: 1,
			onEnded: (reason) => this.#finish('ended', reason),
		};

		this.#call = call;

		try {
			const answer = readOffer(ok.content);

			checkAnswer(answer, this.#phone.srtpParameters !== undefined);
			this.#phone.connect(answer);

			const callee = sip.parseUri(this.to);

			this.participant = await CallParticipant.open({
				room: this.#room,
				displayName: ok.headers.to?.name?.replace(/^"|"$/g, '').trim() || callee?.user || this.to,
				identity: this.to,
				offer: answer,
				phone: this.#phone,
				mixSlots: this.#context.mixSlots,
				jitterMs: this.#context.jitterMs,
				logger: this.#context.logger.child({ callId: this.id, roomId: this.roomId }),
				onEnded: (reason) => void this.#context.hangUp(call, reason),
			});
			call.participant = this.participant;
			this.#context.register(call);
			this.#set('answered');
		} catch (error) {
			this.#context.logger.warn('SIP dial-out could not join the callee', {
				error: (error as Error).message,
			});
			await dialog.bye('media-failed');
			this.#finish('failed', (error as Error).message);
		}
	}

	#ack(ok: SipMessage): void {
		const target = overTlsWhenSips(ok.headers.contact?.[0]?.uri ?? this.to);

		this.#context.stack.send({
			method: 'ACK',
			uri: target,
			version: '2.0',
			headers: {
				route: directRoute(this.#context.stack, target, target === this.to ? this.#hop : undefined),
				to: ok.headers.to,
				from: this.#invite.headers.from,
				'call-id': this.id,
				cseq: { method: 'ACK', seq: this.#invite.headers.cseq!.seq },
				via: [],
				'max-forwards': '70',
			},
		});
	}

	#finish(state: DialState, reason: string, status?: number): void {
		if (this.state === 'busy' || this.state === 'failed' || this.state === 'ended') {
			return;
		}

		this.reason = reason;
		this.status = status ?? this.status;
		void (this.participant ? this.participant.close(reason) : this.#phone.close());
		this.#set(state);
	}

	#set(state: DialState): void {
		this.state = state;
		this.#context.onState(this);
	}
}
