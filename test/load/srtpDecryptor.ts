import { randomBytes } from 'node:crypto';
import { ProtectionProfileAes128CmHmacSha1_80, SrtpSession } from 'werift';

/** A fresh AES_CM_128_HMAC_SHA1_80 master key + salt (30 bytes), base64. */
export function newSrtpKey(): string {
	return randomBytes(30).toString('base64');
}

/**
 * Decrypts SRTP packets a server encrypted with `remoteKeyBase64`, using
 * werift's SRTP implementation. Returns undefined for packets that fail
 * authentication.
 */
export function srtpDecryptor(
	localKeyBase64: string,
	remoteKeyBase64: string
): (packet: Buffer) => Buffer | undefined {
	const local = Buffer.from(localKeyBase64, 'base64');
	const remote = Buffer.from(remoteKeyBase64, 'base64');
	const session = new SrtpSession({
		keys: {
			localMasterKey: local.subarray(0, 16),
			localMasterSalt: local.subarray(16, 30),
			remoteMasterKey: remote.subarray(0, 16),
			remoteMasterSalt: remote.subarray(16, 30),
		},
		profile: ProtectionProfileAes128CmHmacSha1_80,
	});

	return (packet) => {
		try {
			return session.decrypt(packet);
		} catch {
			return undefined;
		}
	};
}
