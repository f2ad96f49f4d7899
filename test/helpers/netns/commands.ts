import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Runs a network tool (ip, tc, nft); a failure names the command and what it printed. */
export async function run(command: string, args: string[], input?: string): Promise<string> {
	try {
		if (input === undefined) {
			return (await execFileAsync(command, args)).stdout;
		}

		return execFileSync(command, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
	} catch (error) {
		const { stderr } = error as { stderr?: string | Buffer };

		throw new Error(`${command} ${args.join(' ')} failed: ${String(stderr ?? error).trim()}`);
	}
}

/** Like run, but synchronous and silent on failure: for clean-up at process exit, where nothing may throw. */
export function runQuietly(command: string, args: string[]): void {
	try {
		execFileSync(command, args, { stdio: 'ignore' });
	} catch {
		// Already gone.
	}
}
