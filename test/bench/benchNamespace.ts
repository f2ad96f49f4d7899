/**
 * Janus gathers ICE candidates on every interface except loopback, so a
 * bench that keeps its traffic on this machine runs in a network namespace
 * of its own: loopback plus a veth pair whose only address, NAMESPACE_IP,
 * exists nowhere else. The bench re-runs itself in there; the namespace is
 * deleted when it ends.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { runOrThrow } from '../../server/worker-build/exec.js';

const ENV = 'SKYLARK_BENCH_NETNS';
/** The address Janus's candidates carry, inside the namespace only. */
export const NAMESPACE_IP = '10.99.18.1';

export function inBenchNamespace(): boolean {
	return process.env[ENV] !== undefined;
}

/** Runs this same script in a fresh namespace and resolves with its exit code. */
export async function rerunInNamespace(): Promise<number> {
	const name = `skylark-bench-${process.pid}`;
	const ip = (...args: string[]) => runOrThrow('ip', ['-n', name, ...args]);

	await runOrThrow('ip', ['netns', 'add', name]);

	try {
		await ip('link', 'set', 'lo', 'up');
		await ip('link', 'add', 'bench0', 'type', 'veth', 'peer', 'name', 'bench1');
		await ip('addr', 'add', `${NAMESPACE_IP}/24`, 'dev', 'bench0');
		await ip('link', 'set', 'bench0', 'up');
		await ip('link', 'set', 'bench1', 'up');

		const child = spawn(
			'ip',
			['netns', 'exec', name, process.execPath, ...process.execArgv, ...process.argv.slice(1)],
			{ stdio: 'inherit', env: { ...process.env, [ENV]: name } }
		);
		const [code] = (await once(child, 'exit')) as [number | null];

		return code ?? 1;
	} finally {
		await runOrThrow('ip', ['netns', 'del', name]).catch(() => undefined);
	}
}
