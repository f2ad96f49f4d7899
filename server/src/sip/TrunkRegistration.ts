import { randomBytes } from 'node:crypto';
import * as sip from 'sip';
import * as digest from 'sip/digest.js';
import type { SipMessage, SipStack } from 'sip';
import type { Logger } from '../logging/logger.js';
import type { SipTrunk } from './OutboundCall.js';
import { directRoute, finalResponse, newTag } from './sipDialog.js';

export type RegistrationState = 'registering' | 'registered' | 'failed' | 'stopped';

export interface RegistrationContext {
	stack: SipStack;
	/** Skylark's Contact for the trunk: calls for Skylark are sent there. */
	contact: string;
	/** The address to connect to for a TLS trunk's host (its certificate is checked against the name). */
	resolveTls(host: string): Promise<string>;
	logger: Logger;
}

/** Waits after failures, one after another; the last repeats. */
const RETRY_MS = [5_000, 30_000, 120_000, 300_000];
/** How long an unregister on shutdown may take. */
const UNREGISTER_WAIT_MS = 2_000;

/** The user part of the Contact Skylark registers for `trunk`: an INVITE to it is a call the trunk delivers. */
export const registrationUser = (trunk: Pick<SipTrunk, 'name'>) => `trunk-${trunk.name}`;

/**
 * Keeps Skylark registered with a SIP trunk (RFC 3261 10), as trunks that
 * deliver calls to a registered contact want: REGISTER with the trunk's
 * user, answering its digest challenge, again at four fifths of the time
 * granted, and with a growing wait after a failure. Stopping unregisters
 * (Expires: 0).
 */
export class TrunkRegistration {
	state: RegistrationState = 'registering';
	/** When the registration runs out unless refreshed (ms since the epoch). */
	expiresAt?: number;
	/** Why the last attempt failed. */
	lastError?: string;
	readonly #trunk: SipTrunk;
	readonly #context: RegistrationContext;
	readonly #callId = `${randomBytes(12).toString('hex')}@skylark`;
	readonly #tag = newTag();
	#cseq = 0;
	#failures = 0;
	#timer?: NodeJS.Timeout;
	#hop?: string;

	constructor(trunk: SipTrunk, context: RegistrationContext) {
		this.#trunk = trunk;
		this.#context = context;
	}

	start(): void {
		void this.#register();
	}

	view() {
		return {
			trunk: this.#trunk.name,
			state: this.state,
			contact: this.#context.contact,
			expiresAt: this.expiresAt === undefined ? null : new Date(this.expiresAt).toISOString(),
			error: this.lastError ?? null,
		};
	}

	/** Stops refreshing and, if registered, unregisters (waiting at most UNREGISTER_WAIT_MS). */
	async stop(): Promise<void> {
		const wasRegistered = this.state === 'registered';

		this.state = 'stopped';
		clearTimeout(this.#timer);

		if (wasRegistered) {
			await Promise.race([
				this.#exchange(0).catch(() => undefined),
				new Promise((resolve) => setTimeout(resolve, UNREGISTER_WAIT_MS).unref()),
			]);
		}
	}

	async #register(): Promise<void> {
		const expires = this.#trunk.registerSeconds ?? 300;

		try {
			const ok = await this.#exchange(expires);

			if (this.state === 'stopped') {
				return;
			}

			const granted = grantedSeconds(ok, this.#context.contact) ?? expires;
			const before = this.state;

			this.state = 'registered';
			this.lastError = undefined;
			this.#failures = 0;
			this.expiresAt = Date.now() + granted * 1000;
			this.#schedule(granted * 800);

			if (before !== 'registered') {
				this.#context.logger.info('SIP trunk registered', {
					trunk: this.#trunk.name,
					expires: granted,
				});
			}
		} catch (error) {
			if (this.state === 'stopped') {
				return;
			}

			this.state = 'failed';
			this.lastError = (error as Error).message;
			this.expiresAt = undefined;
			this.#schedule(RETRY_MS[Math.min(this.#failures++, RETRY_MS.length - 1)]!);
			this.#context.logger.warn('SIP trunk registration failed', {
				trunk: this.#trunk.name,
				error: this.lastError,
			});
		}
	}

	#schedule(ms: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#register(), ms);
		this.#timer.unref();
	}

	/** One REGISTER, answering a digest challenge once; resolves with the 2xx, rejects with why not. */
	async #exchange(expires: number): Promise<SipMessage> {
		const target = `sip:${this.#trunk.host}:${this.#trunk.port};transport=${this.#trunk.transport}`;

		if (this.#trunk.transport === 'tls') {
			this.#hop ??= await this.#context.resolveTls(this.#trunk.host);
		}

		let response = await finalResponse(this.#context.stack, this.#request(target, expires));

		if (response.status === 401 || response.status === 407) {
			const signed = this.#request(target, expires);

			digest.signRequest(null, signed, response, {
				user: this.#trunk.user,
				password: this.#trunk.password,
			});
			response = await finalResponse(this.#context.stack, signed);
		}

		if (response.status! >= 300) {
			throw new Error(`REGISTER got ${response.status} ${response.reason ?? ''}`.trim());
		}

		return response;
	}

	#request(target: string, expires: number): SipMessage {
		const aor = `sip:${this.#trunk.user}@${this.#trunk.host}`;

		return {
			method: 'REGISTER',
			uri: target,
			version: '2.0',
			headers: {
				to: { uri: aor, params: {} },
				from: { uri: aor, params: { tag: this.#tag } },
				'call-id': this.#callId,
				cseq: { method: 'REGISTER', seq: ++this.#cseq },
				contact: [{ uri: this.#context.contact, params: { expires: String(expires) } }],
				expires: String(expires),
				via: [],
				route: directRoute(this.#context.stack, target, this.#hop),
				'max-forwards': '70',
			},
		};
	}
}

/** The time the registrar granted our Contact: its `expires` parameter, else the Expires header. */
function grantedSeconds(ok: SipMessage, contact: string): number | undefined {
	const ours = sip.parseUri(contact);
	const binding = ok.headers.contact?.find((c) => sip.parseUri(c.uri)?.user === ours?.user);
	const seconds = Number(binding?.params.expires ?? ok.headers.expires);

	return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}
