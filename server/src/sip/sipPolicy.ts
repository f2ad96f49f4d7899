import * as dgram from 'node:dgram';
import * as net from 'node:net';
import { TokenBucket } from '../signaling/TokenBucket.js';

/**
 * Who may send Skylark SIP requests: addresses and CIDR ranges from the
 * config. Nothing is allowed unless listed: SIP on the open internet draws
 * scanners within minutes.
 */
export function allowedSources(entries: readonly string[]): net.BlockList {
	const list = new net.BlockList();

	for (const entry of entries) {
		const [address, prefix] = entry.split('/');
		const type = net.isIPv6(address!) ? 'ipv6' : 'ipv4';

		if (prefix === undefined) {
			list.addAddress(address!, type);
		} else {
			list.addSubnet(address!, Number(prefix), type);
		}
	}

	return list;
}

export function isAllowed(list: net.BlockList, address: string): boolean {
	const unmapped = address.startsWith('::ffff:') ? address.slice(7) : address;

	return list.check(unmapped, net.isIPv6(unmapped) ? 'ipv6' : 'ipv4');
}

/**
 * INVITE rate limits: one bucket per source address (so one noisy PBX cannot
 * starve the others) and one for the node. Buckets of sources that went quiet
 * are forgotten, so a scan from many addresses cannot grow the map without end.
 */
export class InviteLimiter {
	readonly #perSource = new Map<string, TokenBucket>();
	readonly #node: TokenBucket;
	readonly #rate: number;
	readonly #burst: number;

	constructor(perSecond: number, burst: number) {
		this.#rate = perSecond;
		this.#burst = burst;
		this.#node = new TokenBucket(perSecond * 10, burst * 10);
	}

	take(source: string): boolean {
		let bucket = this.#perSource.get(source);

		if (!bucket) {
			if (this.#perSource.size >= 10_000) {
				this.#perSource.clear();
			}

			bucket = new TokenBucket(this.#rate, this.#burst);
			this.#perSource.set(source, bucket);
		}

		return bucket.take() && this.#node.take();
	}
}

/**
 * Fails when a SIP port is taken (UDP and TCP, or TCP alone for TLS): npm
 * `sip` would crash the process on it instead.
 */
export async function assertPortFree(
	ip: string,
	port: number,
	setting = 'SIP_PORT',
	udp = true
): Promise<void> {
	const udpSocket = udp ? dgram.createSocket(net.isIPv6(ip) ? 'udp6' : 'udp4') : undefined;
	const tcp = net.createServer();
	const attempt = (bind: (done: () => void) => void, on: { once: (e: 'error', l: () => void) => void }) =>
		new Promise<boolean>((resolve) => {
			on.once('error', () => resolve(false));
			bind(() => resolve(true));
		});
	const [udpFree, tcpFree] = await Promise.all([
		udpSocket ? attempt((done) => udpSocket.bind(port, ip, done), udpSocket) : Promise.resolve(false),
		attempt((done) => tcp.listen(port, ip, done), tcp),
	]);

	if (udpFree) {
		udpSocket?.close();
	}

	await new Promise((resolve) => tcp.close(resolve));

	if ((udp && !udpFree) || !tcpFree) {
		throw new Error(
			`${setting} ${port} is in use on ${ip} (${udp && !udpFree ? 'UDP' : 'TCP'}): SIP cannot listen`
		);
	}
}
