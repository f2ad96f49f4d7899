/**
 * What an access token lets its holder do in its room. The same five flags
 * Skylark's server reads from the token's `grants` claim: only an explicit
 * `true` grants anything.
 */
export interface Grants {
	/** May publish tracks; without it the peer joins as a viewer. */
	canPublish: boolean;
	/** May receive other participants' tracks. */
	canSubscribe: boolean;
	/** May send on data channels (chat). */
	canPublishData: boolean;
	/** Reserved for room-admin operations. */
	roomAdmin: boolean;
	/** May create the room by joining it first. */
	roomCreate: boolean;
}

/** Short names for grants, as `skylark token --grants` and `POST /tokens` take them. */
export const GRANT_NAMES = {
	publish: 'canPublish',
	subscribe: 'canSubscribe',
	data: 'canPublishData',
	admin: 'roomAdmin',
	create: 'roomCreate',
} as const satisfies Record<string, keyof Grants>;

export type GrantName = keyof typeof GRANT_NAMES;

/** Grants from short names (`['publish', 'subscribe']`); throws naming an unknown one. */
export function grantsFromNames(names: readonly string[]): Grants {
	const grants: Grants = {
		canPublish: false,
		canSubscribe: false,
		canPublishData: false,
		roomAdmin: false,
		roomCreate: false,
	};

	for (const name of names) {
		if (!Object.hasOwn(GRANT_NAMES, name)) {
			throw new TypeError(
				`unknown grant "${name}"; known grants: ${Object.keys(GRANT_NAMES).join(', ')}`
			);
		}

		grants[GRANT_NAMES[name as GrantName]] = true;
	}

	return grants;
}
