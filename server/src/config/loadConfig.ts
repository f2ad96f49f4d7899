import { ConfigFileError, readConfigFile, type ConfigFile } from './configFile.js';
import { optionSpecs, type Config, type OptionName } from './options.js';
import { shownValue } from './redact.js';

export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/** Where a setting's value came from, for `skylark config print`. */
export type SettingSource =
	{ kind: 'default' } | { kind: 'environment' } | { kind: 'file'; path: string; line: number };

export interface LoadedConfig {
	config: Config;
	sources: Record<OptionName, SettingSource>;
	/** The text each set value was given as (environment or file), before checking. */
	raw: Partial<Record<OptionName, string>>;
}

/**
 * Builds the configuration from environment variables and the optional YAML
 * or JSON file named by CONFIG_FILE, checking every value. All problems are
 * reported together, each naming the setting and what is wrong with it (and
 * for a file's value, the file and line).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	return loadConfigWithSources(env).config;
}

/** loadConfig, also saying where each setting came from. */
export function loadConfigWithSources(env: NodeJS.ProcessEnv = process.env): LoadedConfig {
	const file = configFileOf(env);
	const problems: string[] = [];
	const config: Record<string, unknown> = {};
	const sources = {} as Record<OptionName, SettingSource>;
	const rawValues: Partial<Record<OptionName, string>> = {};

	for (const name of Object.keys(optionSpecs) as OptionName[]) {
		const spec = optionSpecs[name];
		const fromEnv = env[name] !== undefined && env[name] !== '';
		const raw = fromEnv ? env[name] : file?.values[name];

		if (raw === undefined) {
			config[name] = spec.default;
			sources[name] = { kind: 'default' };
			continue;
		}

		sources[name] =
			fromEnv || !file
				? { kind: 'environment' }
				: { kind: 'file', path: file.path, line: file.lines[name] };
		rawValues[name] = raw;

		const result = spec.schema.safeParse(raw);

		if (result.success) {
			config[name] = result.data;
		} else {
			const reason = result.error.issues.map((issue) => issue.message).join('; ');

			const redaction = 'redact' in spec ? spec.redact : undefined;

			const source = sources[name];
			const where = source.kind === 'file' ? ` (${source.path}:${source.line})` : '';

			problems.push(`${name}=${shownValue(raw, redaction)}${where}: ${reason} (${spec.doc})`);
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

	if (
		problems.length === 0 &&
		config.SIP_PORT &&
		!config.SIP_ALLOWED_SOURCES &&
		!config.SIP_CALLER_CREDENTIALS
	) {
		problems.push(
			'SIP_ALLOWED_SOURCES or SIP_CALLER_CREDENTIALS: required with SIP_PORT: list the PBXs, trunks and phones that may call, or the credentials they call with (SIP open to everyone draws scanners and toll fraud)'
		);
	}

	if (problems.length === 0) {
		problems.push(...sipTlsProblems(config as Config));
	}

	if (problems.length) {
		throw new ConfigError(problems);
	}

	return { config: config as Config, sources, raw: rawValues };
}

/** SIP over TLS takes its port, certificate and key together, on top of SIP; half a TLS setup is a mistake. */
function sipTlsProblems(config: Config): string[] {
	const tls = {
		SIP_TLS_PORT: config.SIP_TLS_PORT,
		SIP_TLS_CERT: config.SIP_TLS_CERT,
		SIP_TLS_KEY: config.SIP_TLS_KEY,
	};
	const set = Object.entries(tls).filter(([, value]) => value !== undefined);
	const missing = Object.keys(tls).filter((name) => tls[name as keyof typeof tls] === undefined);

	if (set.length > 0 && missing.length > 0) {
		return [
			`${missing.join(', ')}: required with ${set.map(([name]) => name).join(', ')}: SIP over TLS needs its port, certificate and key`,
		];
	}

	if (set.length === 0 && config.SIP_TLS_CA) {
		return [
			'SIP_TLS_CA: set without SIP_TLS_PORT, SIP_TLS_CERT and SIP_TLS_KEY: TLS is off, so it would do nothing',
		];
	}

	if (set.length > 0 && !config.SIP_PORT) {
		return [
			'SIP_PORT: required with SIP_TLS_PORT: SIP over TLS is part of SIP (which SIP_PORT turns on)',
		];
	}

	if (set.length > 0 && config.SIP_TLS_PORT === config.SIP_PORT) {
		return ['SIP_TLS_PORT: must differ from SIP_PORT (SIP over TCP listens there)'];
	}

	if (set.length === 0 && config.SIP_TRUNKS?.some((trunk) => trunk.transport === 'tls')) {
		return ['SIP_TLS_PORT, SIP_TLS_CERT, SIP_TLS_KEY: required by a SIP_TRUNKS trunk with transport=tls'];
	}

	return [];
}

function configFileOf(env: NodeJS.ProcessEnv): ConfigFile | undefined {
	if (!env.CONFIG_FILE) {
		return undefined;
	}

	try {
		return readConfigFile(env.CONFIG_FILE);
	} catch (error) {
		throw error instanceof ConfigFileError
			? new ConfigError(error.problems.map((p) => `CONFIG_FILE ${p}`))
			: error;
	}
}
