import { Command } from 'commander';
import type { CommandResult } from './result.js';
import { startEnv } from './config.js';

/** `skylark start`: runs a Skylark node in this process (see main.ts for signals and draining). */
export function startCommand(done: (result: CommandResult) => void): Command {
	return new Command('start')
		.description('run a Skylark node (settings from the environment and --config)')
		.option('--config <file>', 'settings file, YAML or JSON (the same as CONFIG_FILE)')
		.option('--dev', 'development mode (DEV_MODE=true): never in production')
		.action(async (options: { config?: string; dev?: boolean }) => {
			Object.assign(process.env, startEnv(options));
			// main.ts loads the configuration, starts the node and handles SIGTERM itself.
			await import('../../main.js');
			done('running');
		});
}
