import { spawnSync } from 'node:child_process';
import * as os from 'node:os';

/** The core the server under test runs on; the load runs on the others. */
export const SERVER_CORE = 0;
export const LOAD_CORE = Math.min(1, os.availableParallelism() - 1);

/** Pins every thread a process has now (and, through them, those it starts later) to one core. */
export function pinProcess(pid: number, core: number): void {
	spawnSync('taskset', ['-a', '-pc', String(core % os.availableParallelism()), String(pid)]);
}
