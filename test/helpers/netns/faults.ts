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

const TABLE = 'netdev skylark_fault';

/**
 * Rules for IP packets in one direction. Other packets (ARP) pass unless the
 * link is blacked out, so a firewall does not also break address resolution.
 */
function chainRules(faults: LinkFaults, direction: 'up' | 'down'): string[] {
	const rules: string[] = [];

	if (faults.blackout) {
		rules.push('counter drop');
	}

	if (faults.lossPercent) {
		rules.push(
			`meta protocol ip numgen random mod 10000 < ${Math.round(faults.lossPercent * 100)} counter drop`
		);
	}

	if (faults.blockUdp) {
		rules.push('meta protocol ip meta l4proto udp counter drop');
	}

	if (faults.onlyTcpPorts) {
		// Stateless, as conntrack has not seen packets at these hooks: the client's segments to the
		// ports, and the answers from them.
		const ports = `{ ${faults.onlyTcpPorts.join(', ')} }`;

		rules.push(`tcp ${direction === 'up' ? 'dport' : 'sport'} ${ports} accept`);
		rules.push('meta protocol ip counter drop');
	}

	return rules;
}

/**
 * An `nft -f` script that replaces the namespace's fault table atomically.
 * The rules sit on the client's interface itself (netdev egress and ingress
 * hooks), not on the output hook: a packet dropped there fails the sender's
 * send() with EPERM, so the sender would know, while on the wire loss is silent.
 */
export function faultRuleset(faults: LinkFaults, device: string): string {
	const chain = (name: 'up' | 'down', hook: string) =>
		[
			`\tchain ${name} {`,
			`\t\ttype filter hook ${hook} device "${device}" priority 0; policy accept;`,
			...chainRules(faults, name).map((rule) => `\t\t${rule}`),
			'\t}',
		].join('\n');

	return [
		// Declaring, deleting and redefining in one transaction replaces the table whether or not it existed.
		`table ${TABLE}`,
		`delete table ${TABLE}`,
		`table ${TABLE} {`,
		chain('up', 'egress'),
		chain('down', 'ingress'),
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
