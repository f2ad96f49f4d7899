import { randomUUID } from 'node:crypto';
import { mintToken } from '../../server/src/auth/accessTokens.js';
import { ALL_GRANTS, type Grants } from '../../server/src/auth/grants.js';

/** The AUTH_SECRET every test server runs with. */
export const TEST_AUTH_SECRET = 'skylark-test-secret-0123456789abcdef';

export interface TestTokenOptions {
	identity?: string;
	name?: string;
	grants?: Partial<Grants>;
	ttlSeconds?: number;
	secret?: string;
}

/** Tokens for the load-test peers: every grant, for the given identity. */
export const testTokens = (room: string, identity: string): Promise<string> => testToken(room, { identity });

/** An access token for `room`, with every grant unless told otherwise. */
export function testToken(room: string, options: TestTokenOptions = {}): Promise<string> {
	return mintToken(
		options.secret ?? TEST_AUTH_SECRET,
		{
			room,
			identity: options.identity ?? randomUUID(),
			name: options.name,
			grants: { ...ALL_GRANTS, ...options.grants },
		},
		options.ttlSeconds ?? 3600
	);
}
