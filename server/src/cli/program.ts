/**
 * `skylark`: one CLI for running and operating Skylark, on commander. Every
 * command answers `--help` (exit 0); a usage error (unknown option or
 * command, missing argument) prints the usage and exits 2; a failure exits 1.
 */
import { Command, CommanderError } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROTOCOL_VERSION } from '../../../protos/version.js';
import { repoRoot } from '../paths.js';
import { benchCommand, loadtestCommand, soakCommand } from './commands/devTools.js';
import { configCommand } from './commands/config.js';
import { doctorCommand } from './commands/doctor.js';
import { recordCommand } from './commands/record.js';
import { roomsCommand } from './commands/rooms.js';
import { startCommand } from './commands/start.js';
import { tokenCommand } from './commands/token.js';
import { UsageError, type CommandResult } from './commands/result.js';

export const USAGE_EXIT = 2;

/** Commander's errors that mean "the command line was wrong". */
const USAGE_ERRORS = new Set([
	'commander.unknownOption',
	'commander.unknownCommand',
	'commander.missingArgument',
	'commander.optionMissingArgument',
	'commander.missingMandatoryOptionValue',
	'commander.invalidArgument',
	'commander.excessArguments',
	'commander.conflictingOption',
	// A command that needs a subcommand, given none.
	'commander.help',
]);

/** Read, not imported: a JSON import would copy package.json into dist/ and move repoRoot() there. */
function skylarkVersion(): string {
	return (JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version: string })
		.version;
}

export function buildProgram(done: (result: CommandResult) => void): Command {
	const program = new Command('skylark')
		.description('Skylark SFU: run a node, check a machine, mint tokens, operate rooms and recordings')
		.version(`${skylarkVersion()} (protocol ${PROTOCOL_VERSION})`, '-V, --version');

	for (const make of [
		startCommand,
		doctorCommand,
		tokenCommand,
		roomsCommand,
		recordCommand,
		loadtestCommand,
		benchCommand,
		soakCommand,
		configCommand,
	]) {
		program.addCommand(make(done));
	}

	configureAll(program);

	return program;
}

/** Commander copies these settings only to subcommands made with .command(): set them on every one. */
function configureAll(command: Command): void {
	command.showHelpAfterError().exitOverride();
	command.commands.forEach(configureAll);
}

/** Runs the CLI; exits with the command's code unless it keeps running (start). */
export async function main(argv: readonly string[]): Promise<void> {
	const code = await runCli(argv);

	if (code !== 'running') {
		process.exit(code);
	}
}

export async function runCli(argv: readonly string[]): Promise<number | 'running'> {
	let result: CommandResult = 0;
	const program = buildProgram((r) => (result = r));

	if (argv.length === 0) {
		process.stderr.write(program.helpInformation());

		return USAGE_EXIT;
	}

	try {
		await program.parseAsync([...argv], { from: 'user' });

		return result;
	} catch (error) {
		if (error instanceof CommanderError) {
			// --help and --version land here too, with exit code 0.
			return USAGE_ERRORS.has(error.code) ? USAGE_EXIT : error.exitCode;
		}

		if (error instanceof UsageError) {
			process.stderr.write(`error: ${error.message}\n\n${error.command.helpInformation()}`);

			return USAGE_EXIT;
		}

		process.stderr.write(`${(error as Error).message}\n`);

		return 1;
	}
}
