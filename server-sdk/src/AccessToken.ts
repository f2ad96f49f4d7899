import { SignJWT, type CryptoKey, type KeyObject } from 'jose';
import { grantsFromNames, type GrantName, type Grants } from './grants.js';

/** The rule Skylark applies to room ids (they name recording directories). */
export const ROOM_ID_PATTERN = /^(?!\.)[A-Za-z0-9_.-]{1,128}$/;

/** Skylark's issuer for HS256 tokens; the server checks it. */
const ISSUER = 'skylark';
const MIN_SECRET_LENGTH = 32;
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** A key of your identity service, for tokens the server checks against AUTH_PUBLIC_KEYS_FILE. */
export interface AsymmetricKey {
	alg: 'EdDSA' | 'RS256';
	/** The private key (a KeyObject, e.g. from `crypto.createPrivateKey`, or a WebCrypto CryptoKey). */
	key: KeyObject | CryptoKey;
	/** The `kid` of its public key in the JWKS file. */
	kid?: string;
}

export interface AccessTokenOptions {
	/** Who joins: the token's `sub`. 1–128 characters. */
	identity: string;
	/** The only room the token opens. */
	room: string;
	/** Display name; overrides the one the client sends at join. */
	name?: string;
	/** Grants as flags, or as short names (`['publish', 'subscribe', 'data']`). Default: none. */
	grants?: Partial<Grants> | readonly GrantName[];
	/** Lifetime: seconds, or `'90s'`, `'15m'`, `'1h'`, `'2d'`. Default 1 hour. */
	ttl?: number | string;
}

/**
 * An access token for one participant of one room: the JWT a client passes
 * to `connect(url, { token })`. Signed HS256 with the server's AUTH_SECRET,
 * with exactly the claims Skylark checks (`sub`, `name`, `room`, `grants`,
 * `iss`, `iat`, `exp`), or with an EdDSA/RS256 key whose public half is in
 * the server's AUTH_PUBLIC_KEYS_FILE.
 *
 * ```ts
 * const token = await new AccessToken(process.env.AUTH_SECRET!, {
 *   identity: 'alice', name: 'Alice', room: 'standup', grants: ['publish', 'subscribe', 'data'],
 * }).toJwt();
 * ```
 */
export class AccessToken {
	readonly identity: string;
	readonly room: string;
	readonly name?: string;
	readonly grants: Grants;
	/** Lifetime in seconds. */
	readonly ttlSeconds: number;
	readonly #key: string | AsymmetricKey;

	constructor(key: string | AsymmetricKey, options: AccessTokenOptions) {
		if (typeof key === 'string' && key.length < MIN_SECRET_LENGTH) {
			throw new TypeError(
				`the secret must be the server's AUTH_SECRET (at least ${MIN_SECRET_LENGTH} characters)`
			);
		}

		if (
			typeof options.identity !== 'string' ||
			options.identity.length < 1 ||
			options.identity.length > 128
		) {
			throw new TypeError('identity must be 1–128 characters');
		}

		if (typeof options.room !== 'string' || !ROOM_ID_PATTERN.test(options.room)) {
			throw new TypeError(
				'room must be 1–128 characters of A–Z, a–z, 0–9, "_", "-" or ".", not starting with "."'
			);
		}

		this.#key = key;
		this.identity = options.identity;
		this.room = options.room;
		this.name = options.name;
		this.grants = grantsOf(options.grants);
		this.ttlSeconds = ttlSeconds(options.ttl ?? 3600);
	}

	/** The signed JWT. */
	async toJwt(): Promise<string> {
		const jwt = new SignJWT({ name: this.name, room: this.room, grants: this.grants })
			.setSubject(this.identity)
			.setIssuer(ISSUER)
			.setIssuedAt()
			.setExpirationTime(Math.floor(Date.now() / 1000) + this.ttlSeconds);

		if (typeof this.#key === 'string') {
			return jwt
				.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
				.sign(new TextEncoder().encode(this.#key));
		}

		const { alg, key, kid } = this.#key;

		return jwt.setProtectedHeader({ alg, typ: 'JWT', ...(kid ? { kid } : {}) }).sign(key);
	}
}

function grantsOf(grants: AccessTokenOptions['grants']): Grants {
	if (isNameList(grants)) {
		return grantsFromNames(grants);
	}

	const flags: Partial<Grants> = grants ?? {};

	return {
		canPublish: flags.canPublish === true,
		canSubscribe: flags.canSubscribe === true,
		canPublishData: flags.canPublishData === true,
		roomAdmin: flags.roomAdmin === true,
		roomCreate: flags.roomCreate === true,
	};
}

function isNameList(grants: AccessTokenOptions['grants']): grants is readonly GrantName[] {
	return Array.isArray(grants);
}

/** 3600, "90", "90s", "15m", "1h", "2d" → seconds. */
export function ttlSeconds(ttl: number | string): number {
	if (typeof ttl === 'number') {
		if (!Number.isInteger(ttl) || ttl <= 0) {
			throw new TypeError(`ttl must be a positive whole number of seconds (got ${ttl})`);
		}

		return ttl;
	}

	const match = /^(\d+)([smhd]?)$/.exec(ttl.trim());

	if (!match || Number(match[1]) <= 0) {
		throw new TypeError(`ttl must look like 90s, 15m, 1h or 2d (got "${ttl}")`);
	}

	return Number(match[1]) * UNITS[match[2] || 's'];
}
