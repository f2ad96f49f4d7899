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

/**
 * PID of the process listening on TCP `port` on this machine (read from
 * /proc/net/tcp{,6} and the processes' socket descriptors), or undefined.
 * Lets local tools find a server's processes without asking its API.
 */
export function listeningPid(port: number): number | undefined {
	const inodes = new Set<string>();

	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		let text = '';

		try {
			text = fs.readFileSync(table, 'utf8');
		} catch {
			continue;
		}

		for (const line of text.split('\n').slice(1)) {
			const fields = line.trim().split(/\s+/);
			const local = fields[1];
			const state = fields[3];

			// State 0A is LISTEN; the local address ends in the port, in hex.
			if (local && state === '0A' && Number.parseInt(local.split(':')[1], 16) === port) {
				inodes.add(fields[9]);
			}
		}
	}

	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) {
			continue;
		}

		let fds: string[];

		try {
			fds = fs.readdirSync(`/proc/${entry}/fd`);
		} catch {
			continue;
		}

		for (const fd of fds) {
			try {
				const target = fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
				const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];

				if (inode && inodes.has(inode)) {
					return Number(entry);
				}
			} catch {
				// closed while we looked
			}
		}
	}

	return undefined;
}
