import * as fs from 'node:fs';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { NO_GRANTS, type Grants } from './grants.js';

/** Who may join which room, and what they may do there. */
export interface AccessClaims {
	identity: string;
	/** Display name, shown to the other participants. */
	name?: string;
	room: string;
	grants: Grants;
	/** Seconds since the epoch. */
	expiresAt: number;
}

export class AuthError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AuthError';
	}
}

const ISSUER = 'skylark';

/** Mints an HS256 access token. */
export async function mintToken(
	secret: string,
	claims: Omit<AccessClaims, 'expiresAt'>,
	ttlSeconds: number
): Promise<string> {
	return new SignJWT({ name: claims.name, room: claims.room, grants: claims.grants })
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setSubject(claims.identity)
		.setIssuer(ISSUER)
		.setIssuedAt()
		.setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
		.sign(new TextEncoder().encode(secret));
}

/** Grants from the token: only an explicit `true` grants anything. */
function grantsFrom(payload: JWTPayload): Grants {
	const raw = payload.grants;

	if (typeof raw !== 'object' || raw === null) {
		return { ...NO_GRANTS };
	}

	const granted = (key: keyof Grants) => (raw as Record<string, unknown>)[key] === true;

	return {
		canPublish: granted('canPublish'),
		canSubscribe: granted('canSubscribe'),
		canPublishData: granted('canPublishData'),
		roomAdmin: granted('roomAdmin'),
		roomCreate: granted('roomCreate'),
	};
}

/**
 * Verifies access tokens: HS256 with the shared secret, or EdDSA/RS256 with
 * public keys from a JWKS file (for tokens an identity service signs).
 */
export class TokenVerifier {
	readonly #secret: Uint8Array;
	readonly #keys?: ReturnType<typeof createLocalJWKSet>;

	constructor(secret: string, publicKeysFile?: string) {
		this.#secret = new TextEncoder().encode(secret);

		if (publicKeysFile) {
			this.#keys = createLocalJWKSet(JSON.parse(fs.readFileSync(publicKeysFile, 'utf8')));
		}
	}

	async verify(token: unknown): Promise<AccessClaims> {
		if (typeof token !== 'string' || token === '') {
			throw new AuthError('no access token: pass one in the socket.io handshake (auth.token)');
		}

		let alg: string | undefined;

		try {
			alg = decodeProtectedHeader(token).alg;
		} catch {
			throw new AuthError('malformed access token');
		}

		try {
			const { payload } =
				alg === 'HS256'
					? await jwtVerify(token, this.#secret, { algorithms: ['HS256'], issuer: ISSUER })
					: await this.#verifyWithPublicKeys(token);

			if (
				typeof payload.sub !== 'string' ||
				typeof payload.room !== 'string' ||
				typeof payload.exp !== 'number'
			) {
				throw new AuthError('access token lacks sub, room or exp');
			}

			return {
				identity: payload.sub,
				name: typeof payload.name === 'string' ? payload.name : undefined,
				room: payload.room,
				grants: grantsFrom(payload),
				expiresAt: payload.exp,
			};
		} catch (error) {
			if (error instanceof AuthError) {
				throw error;
			}

			const code = (error as { code?: string }).code;

			throw new AuthError(
				code === 'ERR_JWT_EXPIRED'
					? 'access token expired'
					: code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'
						? 'access token signature is invalid'
						: `access token rejected: ${(error as Error).message}`
			);
		}
	}

	#verifyWithPublicKeys(token: string) {
		if (!this.#keys) {
			throw new AuthError(
				'access token is not HS256 and no public keys are configured (AUTH_PUBLIC_KEYS_FILE)'
			);
		}

		// Tokens from an identity service keep their own issuer; the keys vouch for them.
		return jwtVerify(token, this.#keys, { algorithms: ['EdDSA', 'RS256'] });
	}
}
