import { spawn, type SpawnOptions } from 'node:child_process';

export interface ExecResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
}

/** Runs a program to completion, capturing its output. Never rejects for a non-zero exit. */
export function run(
	file: string,
	args: readonly string[],
	options: SpawnOptions & { timeoutMs?: number; input?: string } = {}
): Promise<ExecResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(file, args, {
			...options,
			stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		const timer =
			options.timeoutMs !== undefined
				? setTimeout(() => {
						timedOut = true;
						child.kill('SIGKILL');
					}, options.timeoutMs)
				: undefined;

		child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal, stdout, stderr, timedOut });
		});
		if (options.input !== undefined) {
			child.stdin?.end(options.input);
		}
	});
}

/** Runs a program and returns its stdout, throwing with its stderr when it fails. */
export async function runOrThrow(
	file: string,
	args: readonly string[],
	options: SpawnOptions = {}
): Promise<string> {
	const result = await run(file, args, options);

	if (result.code !== 0) {
		const detail = (result.stderr || result.stdout).trim().split('\n').slice(-20).join('\n');

		throw new Error(
			`${file} ${args.join(' ')} failed (exit ${result.code ?? result.signal}):\n${detail}`
		);
	}

	return result.stdout;
}
