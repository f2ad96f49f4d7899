import { createHmac, timingSafeEqual } from 'node:crypto';

/** The path every file of one HLS egress lives under. */
export const hlsBasePath = (roomId: string, egressId: string) =>
	`/hls/${encodeURIComponent(roomId)}/${encodeURIComponent(egressId)}`;

/**
 * Signed HLS URLs: `?expires=<unix s>&sig=<hex HMAC-SHA256 of "<room>/<egress>/<expires>">`.
 * One signature covers the playlist and every segment of that egress, so a
 * CDN can cache segments under one query string and a player needs no
 * header. The key is derived from the node's secret, never the secret itself.
 */
export class HlsSigner {
	readonly #key: Buffer;

	constructor(secret: string) {
		this.#key = createHmac('sha256', secret).update('skylark-hls-url').digest();
	}

	sign(roomId: string, egressId: string, ttlSeconds: number, now = Date.now()): string {
		const expires = Math.floor(now / 1000) + ttlSeconds;

		return `expires=${expires}&sig=${this.#mac(roomId, egressId, expires)}`;
	}

	verify(roomId: string, egressId: string, expires: string, sig: string, now = Date.now()): boolean {
		const when = Number(expires);

		if (!Number.isInteger(when) || when < now / 1000 || !/^[0-9a-f]{64}$/.test(sig)) {
			return false;
		}

		return timingSafeEqual(
			Buffer.from(sig, 'hex'),
			Buffer.from(this.#mac(roomId, egressId, when), 'hex')
		);
	}

	#mac(roomId: string, egressId: string, expires: number): string {
		return createHmac('sha256', this.#key).update(`${roomId}/${egressId}/${expires}`).digest('hex');
	}
}
