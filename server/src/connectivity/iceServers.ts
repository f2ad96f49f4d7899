import { createHmac } from 'node:crypto';
import type { skylark } from '../../../protos/index.js';

export interface IceServerSettings {
	turnUrls?: string[];
	turnSecret?: string;
	turnTtlSeconds: number;
	stunUrls?: string[];
}

/**
 * TURN REST API credentials, as coturn's `use-auth-secret` checks them:
 * username `<expiry unix time>:<user>`, password the base64 HMAC-SHA1 of the
 * username keyed with the shared secret. No static TURN password ever
 * reaches a client.
 */
export function turnCredentials(
	secret: string,
	user: string,
	ttlSeconds: number,
	now = Date.now()
): { username: string; credential: string } {
	const username = `${Math.floor(now / 1000) + ttlSeconds}:${user}`;

	return { username, credential: createHmac('sha1', secret).update(username).digest('base64') };
}

/** The ICE servers a peer gets: STUN as configured, TURN with fresh credentials. Empty is fine: Skylark is ICE-lite. */
export function iceServersFor(
	settings: IceServerSettings,
	peerId: string
): skylark.v1.IceServer.$Properties[] {
	const servers: skylark.v1.IceServer.$Properties[] = [];

	if (settings.stunUrls?.length) {
		servers.push({ urls: settings.stunUrls });
	}

	if (settings.turnUrls?.length && settings.turnSecret) {
		servers.push({
			urls: settings.turnUrls,
			...turnCredentials(settings.turnSecret, peerId, settings.turnTtlSeconds),
		});
	}

	return servers;
}

/** True when the settings hand out TURN credentials that expire and need refreshing. */
export function hasTurn(settings: IceServerSettings): boolean {
	return Boolean(settings.turnUrls?.length && settings.turnSecret);
}
