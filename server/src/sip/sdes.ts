import type { types } from 'mediasoup';

/** One a=crypto attribute as sdp-transform reads it (RFC 4568). */
export interface CryptoAttribute {
	id: number;
	suite: string;
	config: string;
	sessionConfig?: string;
}

/** The SDES key one side sends with: its crypto tag, suite and master key||salt. */
export interface SdesKey {
	tag: number;
	suite: types.SrtpCryptoSuite;
	keyBase64: string;
}

/** The suites mediasoup's SRTP sessions run, with their master key||salt length in bytes. */
const MASTER_LENGTH: Record<types.SrtpCryptoSuite, number> = {
	AEAD_AES_256_GCM: 44,
	AEAD_AES_128_GCM: 28,
	AES_CM_128_HMAC_SHA1_80: 30,
	AES_CM_128_HMAC_SHA1_32: 30,
};

export const SDES_SUITES = Object.keys(MASTER_LENGTH) as types.SrtpCryptoSuite[];

const isSuite = (suite: string): suite is types.SrtpCryptoSuite => suite in MASTER_LENGTH;

/**
 * The key of one crypto attribute, if mediasoup can use it: one inline key of
 * the suite's length, optionally with a lifetime (a call never sends 2^31
 * packets), and nothing mediasoup has no setting for: no MKI, no session
 * parameters (UNENCRYPTED_SRTP, KDR, ...).
 */
function usableKey(attribute: CryptoAttribute): SdesKey | undefined {
	if (!isSuite(attribute.suite) || attribute.sessionConfig || attribute.config.includes(';')) {
		return undefined;
	}

	const [inline, ...params] = attribute.config.split('|');
	const key = /^inline:([A-Za-z0-9+/]+={0,2})$/.exec(inline ?? '')?.[1];

	if (!key || params.length > 1 || params.some((p) => p.includes(':'))) {
		return undefined;
	}

	if (Buffer.from(key, 'base64').length !== MASTER_LENGTH[attribute.suite]) {
		return undefined;
	}

	return { tag: attribute.id, suite: attribute.suite, keyBase64: key };
}

/** The first crypto attribute, in the offerer's order, that mediasoup can key its SRTP session with. */
export function chooseCrypto(attributes: readonly CryptoAttribute[]): SdesKey | undefined {
	for (const attribute of attributes) {
		const key = usableKey(attribute);

		if (key) {
			return key;
		}
	}

	return undefined;
}

/** Skylark's own a=crypto line: the tag it answers (or offers), its suite and the key mediasoup encrypts with. */
export function cryptoLine(tag: number, local: types.SrtpParameters): string {
	return `a=crypto:${tag} ${local.cryptoSuite} inline:${local.keyBase64}`;
}
