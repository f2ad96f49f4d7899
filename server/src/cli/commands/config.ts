import { Command } from 'commander';
import { describeSettings, formatSettings } from '../../config/describeConfig.js';
import { loadConfigWithSources } from '../../config/loadConfig.js';
import type { CommandResult } from './result.js';

/** The environment as `skylark start` would see it with these options. */
export function startEnv(options: { config?: string; dev?: boolean }): NodeJS.ProcessEnv {
	return {
		...process.env,
		...(options.config ? { CONFIG_FILE: options.config } : {}),
		...(options.dev ? { DEV_MODE: 'true' } : {}),
	};
}

/** `skylark config print`: the effective settings, where each came from, secrets masked. */
export function configCommand(done: (result: CommandResult) => void): Command {
	const config = new Command('config').description('show the settings a node would start with');

	config
		.command('print')
		.description('every setting: its value (secrets masked) and source (default, file:line, environment)')
		.option('--config <file>', 'settings file (YAML or JSON), as `skylark start --config`')
		.option('--dev', 'as `skylark start --dev` (DEV_MODE=true)')
		.option('--json', 'print JSON')
		.action((options: { config?: string; dev?: boolean; json?: boolean }) => {
			const views = describeSettings(loadConfigWithSources(startEnv(options)));

			process.stdout.write(
				options.json ? `${JSON.stringify(views, null, 2)}\n` : `${formatSettings(views)}\n`
			);
			done(0);
		});

	return config;
}
