import * as fs from 'node:fs';
import { optionSpecs, type Config, type OptionName } from './options.js';
import { shownValue } from './redact.js';

export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

function readConfigFile(file: string): Record<string, unknown> {
	let parsed: unknown;

	try {
		parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		throw new ConfigError([`CONFIG_FILE ${file}: ${(error as Error).message}`]);
	}

	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new ConfigError([`CONFIG_FILE ${file}: must hold a JSON object of settings`]);
	}

	const unknown = Object.keys(parsed).filter((key) => !(key in optionSpecs));

	if (unknown.length) {
		throw new ConfigError(unknown.map((key) => `CONFIG_FILE ${file}: unknown setting "${key}"`));
	}

	return parsed as Record<string, unknown>;
}

/**
 * Builds the configuration from environment variables and the optional JSON
 * file named by CONFIG_FILE, checking every value. All problems are reported
 * together, each naming the setting and what is wrong with it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const file = env.CONFIG_FILE ? readConfigFile(env.CONFIG_FILE) : {};
	const problems: string[] = [];
	const config: Record<string, unknown> = {};

	for (const name of Object.keys(optionSpecs) as OptionName[]) {
		const spec = optionSpecs[name];
		const raw = env[name] !== undefined && env[name] !== '' ? env[name] : file[name];

		if (raw === undefined) {
			config[name] = spec.default;
			continue;
		}

		const result = spec.schema.safeParse(raw);

		if (result.success) {
			config[name] = result.data;
		} else {
			const reason = result.error.issues.map((issue) => issue.message).join('; ');

			const redaction = 'redact' in spec ? spec.redact : undefined;

			problems.push(`${name}=${shownValue(raw, redaction)}: ${reason} (${spec.doc})`);
		}
	}

	if (
		problems.length === 0 &&
		config.DEV_MODE !== true &&
		!config.AUTH_SECRET &&
		!config.AUTH_PUBLIC_KEYS_FILE
	) {
		problems.push(
			'AUTH_SECRET: required (at least 32 characters) to verify access tokens, unless DEV_MODE=true or AUTH_PUBLIC_KEYS_FILE is set'
		);
	}

	if (problems.length === 0 && config.WEBHOOK_URLS && !config.WEBHOOK_SECRET) {
		problems.push(
			'WEBHOOK_SECRET: required with WEBHOOK_URLS, so receivers can check where events come from'
		);
	}

	if (problems.length === 0 && config.REDIS_URL && !config.CLUSTER_SECRET && !config.AUTH_SECRET) {
		problems.push(
			'CLUSTER_SECRET: required with REDIS_URL when AUTH_SECRET is unset: every node must sign and check join redirects with the same secret'
		);
	}

	if (problems.length === 0 && config.TURN_URLS && !config.TURN_SECRET) {
		problems.push(
			'TURN_SECRET: required with TURN_URLS (coturn static-auth-secret), so clients get time-limited credentials'
		);
	}

	if (problems.length) {
		throw new ConfigError(problems);
	}

	return config as Config;
}
