import * as fs from 'node:fs';

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** A /proc file of a process, or undefined once the process is gone (a killed worker, say). */
function procFile(pid: number, name: string): string | undefined {
	try {
		return fs.readFileSync(`/proc/${pid}/${name}`, 'utf8');
	} catch (error) {
		if (
			(error as NodeJS.ErrnoException).code === 'ENOENT' ||
			(error as NodeJS.ErrnoException).code === 'ESRCH'
		) {
			return undefined;
		}

		throw error;
	}
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; NaN once it is gone. */
export function cpuSeconds(pid: number): number {
	const stat = procFile(pid, 'stat');

	if (stat === undefined) {
		return NaN;
	}

	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');

	// Fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the comm.
	return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Resident set size of a process in MiB; 0 once it is gone. */
export function rssMiB(pid: number): number {
	const status = procFile(pid, 'status') ?? '';
	const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);

	return kb / 1024;
}

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) {
		return 0;
	}

	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Machine-wide CPU time in seconds from /proc/stat: busy (incl. interrupts) and softirq alone. */
export function machineCpu(): { busy: number; softirq: number; total: number } {
	const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
	const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
	const total = user + nice + system + idle + iowait + irq + softirq + steal;

	return {
		busy: (total - idle - iowait) / CLOCK_TICKS,
		softirq: softirq / CLOCK_TICKS,
		total: total / CLOCK_TICKS,
	};
}

/** CPU seconds used so far by each of `pids` (every thread of each); 0 for one that has exited. */
export function cpuSecondsOf(pids: readonly number[]): number[] {
	return pids.map((pid) => cpuSeconds(pid) || 0);
}
