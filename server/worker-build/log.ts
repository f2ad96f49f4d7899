/** Console output of the worker build tool: it runs during `npm ci`, before winston is configured. */
export function info(message: string): void {
	process.stdout.write(`[skylark setup] ${message}\n`);
}

export function warn(message: string): void {
	process.stderr.write(`[skylark setup] WARNING: ${message}\n`);
}
