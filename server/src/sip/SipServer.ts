import * as sip from 'sip';
import type { SipFlow, SipMessage, SipStack, SipUri } from 'sip';
import type { Logger } from '../logging/logger.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { Room } from '../rooms/Room.js';
import type { CallParticipant } from './CallParticipant.js';
import type { DispatchRule } from './dispatch.js';
import { answerIncomingCall } from './incomingCall.js';
import { admitInvite, refusal } from './inviteAdmission.js';
import { OutboundCall, type DialRequest, type SipTrunk } from './OutboundCall.js';
import { answerReInvite } from './reInvite.js';
import type { SipCall as Call } from './sipCall.js';
import { sessionTimerHeaders } from './sipDialog.js';
import { CallerAuth } from './callerAuth.js';
import { allowedSources, InviteLimiter, isAllowed } from './sipPolicy.js';
import { contactUri, startSipStack, type SipListen, type SipTlsStarted } from './sipStack.js';
import { tlsFailure, type SipTlsSettings } from './sipTls.js';
import { registrationUser, TrunkRegistration } from './TrunkRegistration.js';

export interface SipServerOptions {
	port: number;
	listenIp: string;
	/** The address put in Via, Contact and the SDP answer (where callers reach Skylark). */
	announcedAddress: string;
	allowedSources: readonly string[];
	/** Users and passwords callers outside `allowedSources` may authenticate with (digest); none: those get 403. */
	callerCredentials?: readonly { user: string; password: string }[];
	/** `existing`: an INVITE to an unknown room gets 404; `create`: it opens the room. */
	rooms: 'existing' | 'create';
	/** Numbers that lead to rooms, some with a PIN. */
	dispatchRules: readonly DispatchRule[];
	/** Trunks dial-out may go through, by name. */
	trunks: readonly SipTrunk[];
	invitesPerSecond: number;
	inviteBurst: number;
	mixSlots: number;
	jitterMs: number;
	/** SIP over TLS (dial-in on its port, dial-out to `;transport=tls`); off when unset. */
	tls?: SipTlsSettings;
	/** Told of each change of a placed call's state (for webhooks): sip.ringing, sip.answered, ... */
	onCallEvent?: (event: string, details: Record<string, unknown>) => void;
}

/** How long a placed call that ended stays listed (so its final state can be read). */
const ENDED_CALL_KEPT_MS = 5 * 60_000;

const ALLOW = 'INVITE, ACK, BYE, CANCEL, OPTIONS, UPDATE';

/**
 * Skylark's SIP user agent (dial-in): listens on UDP and TCP (and TLS) with npm `sip`
 * (which parses, and runs the transactions), answers INVITEs to
 * sip:<room>@host by adding the caller to that room, and keeps each call's
 * dialog until either side sends BYE. Only listed source addresses may call,
 * at a limited rate; nothing is ever forwarded (no relay).
 */
export class SipServer {
	readonly #options: SipServerOptions;
	readonly #rooms: RoomManager;
	readonly #logger: Logger;
	readonly #stack: SipStack;
	readonly #tls: SipTlsStarted | undefined;
	readonly #allowed;
	readonly #limiter: InviteLimiter;
	readonly #auth?: CallerAuth;
	readonly #calls = new Map<string, Call>();
	/** Calls Skylark placed (dial-out), by id, ended ones for a while. */
	readonly #placed = new Map<string, OutboundCall>();
	/** Registrations with the trunks that ask for one (`;register`). */
	readonly #registrations: TrunkRegistration[] = [];
	/** The Contact users registered with trunks: an INVITE to one is dispatched on its To. */
	readonly #trunkContacts = new Set<string>();

	/** Starts listening (UDP, TCP, and TLS when configured); fails with a message on a taken port or bad certificate. */
	static async start(options: SipServerOptions, rooms: RoomManager, logger: Logger): Promise<SipServer> {
		// npm `sip` is created before the server it calls back exists; nothing arrives before the handler is set.
		const handler: { onRequest?: (request: SipMessage, flow: SipFlow) => void } = {};
		const started = await startSipStack(SipServer.#listen(options), logger, (request, flow) =>
			handler.onRequest?.(request, flow)
		);
		const server = new SipServer(options, rooms, logger, started.stack, started.tls);

		handler.onRequest = (request, flow) => server.#onRequest(request, flow);
		server.#registerWithTrunks();

		return server;
	}

	static #listen(options: SipServerOptions): SipListen {
		return {
			listenIp: options.listenIp,
			port: options.port,
			announcedAddress: options.announcedAddress,
			tls: options.tls,
		};
	}

	private constructor(
		options: SipServerOptions,
		rooms: RoomManager,
		logger: Logger,
		stack: SipStack,
		tls: SipTlsStarted | undefined
	) {
		this.#options = options;
		this.#rooms = rooms;
		this.#logger = logger;
		this.#allowed = allowedSources(options.allowedSources);
		this.#limiter = new InviteLimiter(options.invitesPerSecond, options.inviteBurst);
		this.#auth = options.callerCredentials?.length
			? new CallerAuth(
					new Map(options.callerCredentials.map(({ user, password }) => [user, password])),
					options.announcedAddress
				)
			: undefined;
		this.#stack = stack;
		this.#tls = tls;
	}

	/** The port SIP listens on (UDP and TCP). */
	get port(): number {
		return this.#options.port;
	}

	/** The port SIP over TLS listens on; undefined when TLS is off. */
	get tlsPort(): number | undefined {
		return this.#options.tls?.port;
	}

	/** Calls in progress, by Call-ID: what the admin API and tests look at. */
	get calls(): ReadonlyMap<string, { participant?: CallParticipant }> {
		return this.#calls;
	}

	/** Calls `request.to` from a room: the callee joins it on answer. */
	async dial(room: Room, request: DialRequest): Promise<OutboundCall> {
		const call = await OutboundCall.place(
			{
				stack: this.#stack,
				listenIp: this.#options.listenIp,
				announcedAddress: this.#options.announcedAddress,
				contact: (target: SipUri) =>
					contactUri(SipServer.#listen(this.#options), target.params.transport ?? undefined),
				whyTlsFails: (host, port) =>
					this.#tls
						? tlsFailure(this.#tls.context, host, port)
						: Promise.resolve('SIP over TLS is off'),
				resolveTls: (host) => this.#resolveTls(host),
				mixSlots: this.#options.mixSlots,
				jitterMs: this.#options.jitterMs,
				logger: this.#logger,
				register: (answered) => this.#calls.set(answered.dialog.callId, answered),
				hangUp: (answered, reason) => this.#hangUp(answered, reason),
				onState: (placed) => {
					this.#options.onCallEvent?.(`sip.${placed.state}`, {
						room: { id: placed.roomId },
						call: placed.view(),
					});

					if (placed.state === 'busy' || placed.state === 'failed' || placed.state === 'ended') {
						setTimeout(() => this.#placed.delete(placed.id), ENDED_CALL_KEPT_MS).unref();
					}
				},
			},
			room,
			request
		);

		this.#placed.set(call.id, call);

		return call;
	}

	trunk(name: string): SipTrunk | undefined {
		return this.#options.trunks.find((t) => t.name === name);
	}

	/** The registrations with trunks, and how they stand. */
	get registrations(): readonly TrunkRegistration[] {
		return this.#registrations;
	}

	/** Where to connect for a TLS peer's host (its certificate is then checked against the name). */
	#resolveTls(host: string): Promise<string> {
		return this.#tls?.names.resolve(host) ?? Promise.resolve(host);
	}

	#registerWithTrunks(): void {
		const listen = SipServer.#listen(this.#options);

		for (const trunk of this.#options.trunks.filter((t) => t.registerSeconds !== undefined)) {
			const user = registrationUser(trunk);
			const registration = new TrunkRegistration(trunk, {
				stack: this.#stack,
				contact: contactUri(listen, trunk.transport, false, user),
				resolveTls: (host) => this.#resolveTls(host),
				logger: this.#logger,
			});

			this.#trunkContacts.add(user);
			this.#registrations.push(registration);
			registration.start();
		}
	}

	/** The calls placed from `roomId` (recently ended ones included). */
	placedCalls(roomId: string): OutboundCall[] {
		return [...this.#placed.values()].filter((c) => c.roomId === roomId);
	}

	/** Hangs every call up (BYE) and stops listening. */
	async close(): Promise<void> {
		for (const placed of this.#placed.values()) {
			await placed.hangUp();
		}

		await Promise.all(this.#registrations.map((registration) => registration.stop()));
		await Promise.all([...this.#calls.values()].map((call) => this.#hangUp(call, 'server-shutdown')));
		this.#stack.destroy();
	}

	#onRequest(request: SipMessage, flow: SipFlow): void {
		const call = this.#calls.get(request.headers['call-id'] ?? '');

		// In a call Skylark knows (its Call-ID is a secret Skylark made or accepted), any source may speak:
		// a callee Skylark dialled out to sends its BYE from wherever it is.
		const allowed = call !== undefined || isAllowed(this.#allowed, flow.address);

		// A new call from elsewhere may still prove who it is (digest), when credentials are configured.
		if (!allowed && request.method === 'INVITE' && this.#auth) {
			return this.#newCall(request, flow, this.#auth);
		}

		if (!allowed) {
			if (request.method !== 'ACK') {
				this.#stack.send(sip.makeResponse(request, 403, 'Forbidden'));
			}

			this.#logger.warn('SIP request from a source not allowed', {
				source: flow.address,
				method: request.method,
			});

			return;
		}

		switch (request.method) {
			case 'INVITE':
				return call
					? answerReInvite(
							{ stack: this.#stack, withSdp: (...args) => this.#withSdp(...args) },
							call,
							request
						)
					: this.#newCall(request, flow);
			case 'ACK':
				return call?.dialog.acknowledged();
			case 'BYE':
				return this.#bye(call, request);
			case 'CANCEL':
				return this.#cancel(call, request);
			case 'UPDATE':
				// A session refresh (RFC 4028) without a new offer: the session goes on as it is.
				return this.#stack.send(
					call
						? call.dialog.response(request, 200, 'OK', sessionTimerHeaders(request))
						: sip.makeResponse(request, 481, 'Call/Transaction Does Not Exist')
				);
			case 'OPTIONS':
				return this.#stack.send(
					sip.makeResponse(request, 200, 'OK', {
						headers: { allow: ALLOW, accept: 'application/sdp' },
					})
				);
			default:
				return this.#stack.send(
					sip.makeResponse(request, 405, 'Method Not Allowed', { headers: { allow: ALLOW } })
				);
		}
	}

	#newCall(request: SipMessage, flow: SipFlow, auth?: CallerAuth): void {
		this.#invite(request, flow, auth).catch((error: Error) => {
			this.#logger.error('SIP INVITE failed', { error: error.message });
			this.#stack.send(sip.makeResponse(request, 500, 'Server Internal Error'));
		});
	}

	/** A new call: `auth` when its source is not allowed, so it must sign the INVITE with a caller's credentials. */
	async #invite(request: SipMessage, flow: SipFlow, auth?: CallerAuth): Promise<void> {
		const admitted = admitInvite(request, flow, {
			limiter: this.#limiter,
			auth,
			dispatchRules: this.#options.dispatchRules,
			trunkContacts: this.#trunkContacts,
			logger: this.#logger,
		});

		if ('refuse' in admitted) {
			return this.#stack.send(admitted.refuse);
		}

		const { roomId, pin, offer } = admitted;
		const room = await this.#room(roomId);

		if (!room) {
			return this.#stack.send(refusal(request, 404, 'Not Found', `no room ${roomId}`));
		}

		this.#stack.send(sip.makeResponse(request, 100, 'Trying'));
		await answerIncomingCall(
			{
				stack: this.#stack,
				calls: this.#calls,
				listenIp: this.#options.listenIp,
				mixSlots: this.#options.mixSlots,
				jitterMs: this.#options.jitterMs,
				logger: this.#logger,
				withSdp: (call, answered, status, reason, sdp) =>
					this.#withSdp(call, answered, status, reason, sdp),
				hangUp: (call, reason) => this.#hangUp(call, reason),
			},
			{ request, flow, room, offer, pin, announcedAddress: this.#options.announcedAddress }
		);
	}

	/** Opens (or finds) the room a call is for; undefined when calls may not create rooms and it is not open here. */
	async #room(roomId: string): Promise<Room | undefined> {
		const open = this.#rooms.get(roomId);

		if (open && !open.closed) {
			return open;
		}

		return this.#options.rooms === 'create' ? this.#rooms.getOrCreate(roomId) : undefined;
	}

	#withSdp(call: Call, request: SipMessage, status: number, reason: string, sdp: string): SipMessage {
		const transport = call.invite.headers.via?.[0]?.protocol.toLowerCase() ?? 'udp';
		const secure = sip.parseUri(call.invite.uri ?? '')?.schema === 'sips';

		return call.dialog.response(request, status, reason, {
			headers: {
				...(status === 200 ? sessionTimerHeaders(request).headers : {}),
				contact: [
					{ uri: contactUri(SipServer.#listen(this.#options), transport, secure), params: {} },
				],
				allow: ALLOW,
				'content-type': 'application/sdp',
			},
			content: sdp,
		});
	}

	#bye(call: Call | undefined, request: SipMessage): void {
		if (!call) {
			return this.#stack.send(sip.makeResponse(request, 481, 'Call/Transaction Does Not Exist'));
		}

		this.#stack.send(call.dialog.response(request, 200, 'OK'));
		this.#end(call, 'caller-hung-up');
	}

	#cancel(call: Call | undefined, request: SipMessage): void {
		if (!call || call.answer) {
			return this.#stack.send(sip.makeResponse(request, 481, 'Call/Transaction Does Not Exist'));
		}

		this.#stack.send(sip.makeResponse(request, 200, 'OK'));
		this.#stack.send(call.dialog.response(call.invite, 487, 'Request Terminated'));
		call.cancelled.abort();
	}

	/** Skylark ends the call: BYE to the caller, then the participant leaves. */
	async #hangUp(call: Call, reason: string): Promise<void> {
		if (!this.#calls.has(call.dialog.callId)) {
			return;
		}

		if (!call.answer) {
			call.cancelled.abort();

			return;
		}

		this.#end(call, reason);
		await Promise.race([
			call.dialog.bye(reason),
			new Promise((resolve) => setTimeout(resolve, 2000).unref()),
		]);
	}

	#end(call: Call, reason: string): void {
		this.#calls.delete(call.dialog.callId);
		call.dialog.acknowledged();
		void call.participant?.close(reason);
		call.onEnded?.(reason);
	}
}
