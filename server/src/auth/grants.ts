/** What an access token allows its holder to do in its room. */
export interface Grants {
	canPublish: boolean;
	canSubscribe: boolean;
	canPublishData: boolean;
	/** May act on other participants of the room (reserved for room-admin operations). */
	roomAdmin: boolean;
	/** May create the room by joining it first. */
	roomCreate: boolean;
}

/** Short names for grants, as `npm run token -- --grants publish,subscribe` takes them. */
export const GRANT_NAMES = {
	publish: 'canPublish',
	subscribe: 'canSubscribe',
	data: 'canPublishData',
	admin: 'roomAdmin',
	create: 'roomCreate',
} as const satisfies Record<string, keyof Grants>;

export type GrantName = keyof typeof GRANT_NAMES;

export const NO_GRANTS: Grants = {
	canPublish: false,
	canSubscribe: false,
	canPublishData: false,
	roomAdmin: false,
	roomCreate: false,
};

export const ALL_GRANTS: Grants = {
	canPublish: true,
	canSubscribe: true,
	canPublishData: true,
	roomAdmin: true,
	roomCreate: true,
};

/** Grants from a list of short names ("publish,subscribe"); throws naming an unknown one. */
export function grantsFromNames(names: readonly string[]): Grants {
	const grants = { ...NO_GRANTS };

	for (const name of names.map((n) => n.trim()).filter(Boolean)) {
		if (!(name in GRANT_NAMES)) {
			throw new Error(`unknown grant "${name}"; known grants: ${Object.keys(GRANT_NAMES).join(', ')}`);
		}

		grants[GRANT_NAMES[name as GrantName]] = true;
	}

	return grants;
}
