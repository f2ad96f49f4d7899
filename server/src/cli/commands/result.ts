import type { Command } from 'commander';

/** An exit code, or `running` for a command that goes on serving (start). */
export type CommandResult = number | 'running';

/** A command line that is wrong in a way commander cannot see (e.g. no API key anywhere). */
export class UsageError extends Error {
	constructor(
		readonly command: Command,
		message: string
	) {
		super(message);
		this.name = 'UsageError';
	}
}
