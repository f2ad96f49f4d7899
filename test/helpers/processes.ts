import * as fs from 'node:fs';

/** PIDs of live child processes of `parentPid` whose command name is `name` (read from /proc). */
export function childProcesses(name: string, parentPid = process.pid): number[] {
	const pids: number[] = [];

	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) {
			continue;
		}

		let stat: string;

		try {
			stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue; // exited while we looked
		}

		// Format: pid (comm) state ppid ...; comm may contain spaces, so split at the last ')'.
		const close = stat.lastIndexOf(')');
		const comm = stat.slice(stat.indexOf('(') + 1, close);
		const [state, ppid] = stat.slice(close + 2).split(' ');

		if (comm === name.slice(0, 15) && Number(ppid) === parentPid && state !== 'Z') {
			pids.push(Number(entry));
		}
	}

	return pids;
}
