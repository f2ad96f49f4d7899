/**
 * `npm run token -- --room R --identity alice [--name Alice] [--grants publish,subscribe,data] [--ttl 1h]`
 *
 * Prints an access token signed with AUTH_SECRET (from the environment or
 * the CONFIG_FILE), for testing or for a backend without its own JWT code.
 */
import { parseArgs } from 'node:util';
import { mintToken } from '../auth/accessTokens.js';
import { GRANT_NAMES, grantsFromNames } from '../auth/grants.js';
import { loadConfig } from '../config/loadConfig.js';
import { ROOM_ID_PATTERN, ROOM_ID_RULE } from '../rooms/roomId.js';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "90", "90s", "15m", "1h", "2d" → seconds. */
export function parseTtl(text: string): number {
	const match = /^(\d+)([smhd]?)$/.exec(text.trim());

	if (!match || Number(match[1]) <= 0) {
		throw new Error(`--ttl must look like 90s, 15m, 1h or 2d (got "${text}")`);
	}

	return Number(match[1]) * UNITS[match[2] || 's'];
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			room: { type: 'string' },
			identity: { type: 'string' },
			name: { type: 'string' },
			grants: { type: 'string', default: 'publish,subscribe,data' },
			ttl: { type: 'string', default: '1h' },
		},
	});

	if (!values.room || !values.identity) {
		throw new Error(
			`usage: npm run token -- --room ROOM --identity ID [--name NAME] [--grants ${Object.keys(GRANT_NAMES).join(',')}] [--ttl 1h]`
		);
	}

	if (!ROOM_ID_PATTERN.test(values.room)) {
		throw new Error(`--room must be ${ROOM_ID_RULE}`);
	}

	const secret = loadConfig({ ...process.env, DEV_MODE: 'true' }).AUTH_SECRET;

	if (!secret) {
		throw new Error(
			"AUTH_SECRET is not set (environment or CONFIG_FILE): tokens must be signed with the server's secret"
		);
	}

	const token = await mintToken(
		secret,
		{
			room: values.room,
			identity: values.identity,
			name: values.name,
			grants: grantsFromNames(values.grants.split(',')),
		},
		parseTtl(values.ttl)
	);

	process.stdout.write(`${token}\n`);
}

main().catch((error: Error) => {
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
});
