import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as sip from 'sip';
import * as digest from 'sip/digest.js';
import type { SipMessage } from 'sip';

/** How long a challenge's nonce is good for: a phone answers in milliseconds, a person never types it. */
const NONCE_TTL_MS = 30_000;

/** Strips the quotes npm `sip` leaves around digest parameters. */
const unquote = (value: string | undefined) => value?.replace(/^"|"$/g, '');

/**
 * Digest authentication (RFC 3261 22.4) of callers outside
 * SIP_ALLOWED_SOURCES: a PBX or trunk on a changing address proves who it is
 * with a user and password from SIP_CALLER_CREDENTIALS instead. npm `sip`
 * checks the answer; the nonce carries its own time and a keyed hash (so no
 * state is kept per challenge: npm `sip`'s own challenge makes a random one
 * it would have to remember), and each nonce answers one INVITE: a response
 * overheard on UDP cannot place a second call.
 */
export class CallerAuth {
	readonly #credentials: ReadonlyMap<string, string>;
	readonly #realm: string;
	/** Keys the nonces: those of another process (or run) do not verify. */
	readonly #key = randomBytes(32);
	/** Nonces already answered, with when they stop being valid anyway. */
	readonly #used = new Map<string, number>();

	constructor(credentials: ReadonlyMap<string, string>, realm: string) {
		this.#credentials = credentials;
		this.#realm = realm;
	}

	/** The 401 asking `request`'s sender for credentials (again, after a wrong or stale answer). */
	challenge(request: SipMessage): SipMessage {
		return sip.makeResponse(request, 401, 'Unauthorized', {
			headers: {
				'www-authenticate': [
					{
						scheme: 'Digest',
						realm: `"${this.#realm}"`,
						qop: '"auth"',
						algorithm: 'MD5',
						nonce: `"${this.#nonce()}"`,
					},
				],
			},
		});
	}

	/** The user whose password signed `request`'s Authorization, or undefined (unsigned, wrong, stale, replayed). */
	verify(request: SipMessage): string | undefined {
		const answer = (request.headers.authorization ?? []).find(
			(a) => unquote(a.realm) === this.#realm && a.scheme?.toLowerCase() === 'digest'
		);
		const user = unquote(answer?.username);
		const nonce = unquote(answer?.nonce);
		const password = user === undefined ? undefined : this.#credentials.get(user);

		this.#forgetExpired();

		if (!nonce || password === undefined || this.#used.has(nonce) || !this.#fresh(nonce)) {
			return undefined;
		}

		const context = { realm: this.#realm, nonce };

		if (!digest.authenticateRequest(context, request, { user: user!, password })) {
			return undefined;
		}

		this.#used.set(nonce, Date.now() + NONCE_TTL_MS);

		return user;
	}

	#nonce(issued = Date.now().toString(36)): string {
		return `${issued}.${createHmac('sha256', this.#key).update(issued).digest('base64url')}`;
	}

	/** Made here, within NONCE_TTL_MS. */
	#fresh(nonce: string): boolean {
		const issued = nonce.split('.')[0]!;
		const expected = Buffer.from(this.#nonce(issued));
		const given = Buffer.from(nonce);

		return (
			given.length === expected.length &&
			timingSafeEqual(given, expected) &&
			Date.now() - parseInt(issued, 36) < NONCE_TTL_MS
		);
	}

	#forgetExpired(): void {
		const now = Date.now();

		for (const [nonce, expires] of this.#used) {
			if (expires < now) {
				this.#used.delete(nonce);
			}
		}
	}
}
