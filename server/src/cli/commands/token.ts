import { Command } from 'commander';
import { AccessToken, GRANT_NAMES, type GrantName } from '../../../../server-sdk/src/index.js';
import { loadConfig } from '../../config/loadConfig.js';
import type { CommandResult } from './result.js';

/**
 * `skylark token --room R --identity alice`: prints an access token signed
 * with AUTH_SECRET (from the environment or the settings file), for testing
 * or for a backend without its own JWT code.
 */
export function tokenCommand(done: (result: CommandResult) => void): Command {
	return new Command('token')
		.description("print an access token signed with the server's AUTH_SECRET (environment or --config)")
		.requiredOption('--room <roomId>', 'the only room the token opens')
		.requiredOption('--identity <id>', "who joins (the token's sub)")
		.option('--name <name>', 'display name shown to the others')
		.option(
			'--grants <list>',
			`comma-separated: ${Object.keys(GRANT_NAMES).join(',')}`,
			'publish,subscribe,data'
		)
		.option('--ttl <time>', 'lifetime: 90s, 15m, 1h, 2d', '1h')
		.option('--config <file>', 'settings file (YAML or JSON) to read AUTH_SECRET from')
		.action(
			async (options: {
				room: string;
				identity: string;
				name?: string;
				grants: string;
				ttl: string;
				config?: string;
			}) => {
				const env = {
					...process.env,
					DEV_MODE: 'true',
					...(options.config ? { CONFIG_FILE: options.config } : {}),
				};
				const secret = loadConfig(env).AUTH_SECRET;

				if (!secret) {
					throw new Error(
						"AUTH_SECRET is not set (environment or settings file): tokens must be signed with the server's secret"
					);
				}

				const grants = options.grants
					.split(',')
					.map((g) => g.trim())
					.filter(Boolean) as GrantName[];
				const token = await new AccessToken(secret, {
					room: options.room,
					identity: options.identity,
					name: options.name,
					grants,
					ttl: options.ttl,
				}).toJwt();

				process.stdout.write(`${token}\n`);
				done(0);
			}
		);
}
