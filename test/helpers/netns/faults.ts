/**
 * Faults on a client's link, as one nftables table in the client's namespace
 * (filtering and random loss, both ways) and tc token-bucket filters on the
 * veth ends (rate caps). This kernel has no netem, so loss comes from
 * nftables' random number generator rather than from tc.
 */
export interface LinkFaults {
	/** Percent of packets dropped, each way, independently. */
	lossPercent?: number;
	/** Nothing passes either way (the cable is pulled). */
	blackout?: boolean;
	/** UDP dropped both ways; TCP passes. */
	blockUdp?: boolean;
	/** A strict firewall: only TCP connections the client opens to these ports pass. */
	onlyTcpPorts?: number[];
}

const TABLE = 'inet skylark_fault';

function chainRules(faults: LinkFaults, direction: 'in' | 'out'): string[] {
	const rules: string[] = [];

	if (faults.blackout) {
		rules.push('counter drop');
	}

	if (faults.lossPercent) {
		rules.push(`numgen random mod 10000 < ${Math.round(faults.lossPercent * 100)} counter drop`);
	}

	if (faults.blockUdp) {
		rules.push('meta l4proto udp counter drop');
	}

	if (faults.onlyTcpPorts) {
		rules.push('ct state established,related accept');

		if (direction === 'out') {
			rules.push(`tcp dport { ${faults.onlyTcpPorts.join(', ')} } ct state new accept`);
		}

		rules.push('counter drop');
	}

	return rules;
}

/** An `nft -f` script that replaces the namespace's fault table atomically. */
export function faultRuleset(faults: LinkFaults): string {
	const chain = (name: 'in' | 'out', hook: string, device: string) =>
		[
			`\tchain ${name} {`,
			`\t\ttype filter hook ${hook} priority 0; policy accept;`,
			// The namespace's own loopback is never faulty.
			`\t\t${device} "lo" accept`,
			...chainRules(faults, name).map((rule) => `\t\t${rule}`),
			'\t}',
		].join('\n');

	return [
		// Declaring, deleting and redefining in one transaction replaces the table whether or not it existed.
		`table ${TABLE}`,
		`delete table ${TABLE}`,
		`table ${TABLE} {`,
		chain('in', 'input', 'iif'),
		chain('out', 'output', 'oif'),
		'}',
		'',
	].join('\n');
}

/** tc arguments capping `device`'s egress at `kbps` with a token bucket, or removing the cap. */
export function rateCapArgs(device: string, kbps: number | undefined): string[] {
	if (kbps === undefined) {
		return ['qdisc', 'del', 'dev', device, 'root'];
	}

	// A burst of a few full packets and ~200 ms of queue: what a capped home uplink looks like to a sender.
	return [
		'qdisc',
		'replace',
		'dev',
		device,
		'root',
		'tbf',
		'rate',
		`${kbps}kbit`,
		'burst',
		'6kb',
		'latency',
		'200ms',
	];
}
