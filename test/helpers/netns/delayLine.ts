import * as dgram from 'node:dgram';

/**
 * A UDP delay line: this kernel has no netem, so delay, jitter and the
 * reordering they cause come from here. It listens where the server's ICE
 * candidates point (its announced address), forwards each client's packets
 * to the real server from a socket of that client's own (as a NAT would), and
 * holds every packet, both ways, for the delay `delayFor` gives the client's
 * address (0: none). Packets held for random times leave out of order, as on
 * a path whose queues vary.
 */
export interface DelayLine {
	/** Packets that left after a packet that came in later than them. */
	readonly reordered: number;
	readonly forwarded: number;
	close(): void;
}

export interface Delay {
	meanMs: number;
	jitterMs: number;
}

export async function startDelayLine(
	listen: { ip: string; port: number },
	target: { ip: string; port: number },
	delayFor: (clientIp: string) => Delay | undefined
): Promise<DelayLine> {
	const front = dgram.createSocket('udp4');
	const upstreams = new Map<string, dgram.Socket>();
	const stats = { reordered: 0, forwarded: 0 };
	/** Per flow (client and direction): the last packet number taken in, and the highest sent on. */
	const flows = new Map<string, { taken: number; sent: number }>();

	/** Sends after the client's delay; counts a packet sent after a later one of its flow as reordered. */
	const hold = (clientIp: string, direction: 'up' | 'down', send: () => void) => {
		const delay = delayFor(clientIp);
		const flow = flows.get(`${clientIp} ${direction}`) ?? { taken: 0, sent: 0 };

		flows.set(`${clientIp} ${direction}`, flow);

		const mine = ++flow.taken;
		const ms = delay ? Math.max(0, delay.meanMs + (Math.random() * 2 - 1) * delay.jitterMs) : 0;
		const go = () => {
			if (mine < flow.sent) {
				stats.reordered++;
			}

			flow.sent = Math.max(flow.sent, mine);
			stats.forwarded++;
			send();
		};

		if (ms === 0) {
			go();
		} else {
			setTimeout(go, ms);
		}
	};

	const upstreamFor = async (client: dgram.RemoteInfo): Promise<dgram.Socket> => {
		const key = `${client.address}:${client.port}`;
		let upstream = upstreams.get(key);

		if (!upstream) {
			const socket = dgram.createSocket('udp4');

			upstream = socket;
			upstreams.set(key, socket);
			socket.on('message', (message) =>
				hold(client.address, 'down', () => front.send(message, client.port, client.address))
			);
			await new Promise<void>((resolve) => socket.bind(0, listen.ip, resolve));
		}

		return upstream;
	};

	front.on('message', (message, client) => {
		void upstreamFor(client).then((upstream) =>
			hold(client.address, 'up', () => upstream.send(message, target.port, target.ip))
		);
	});
	await new Promise<void>((resolve) => front.bind(listen.port, listen.ip, resolve));

	return {
		get reordered() {
			return stats.reordered;
		},
		get forwarded() {
			return stats.forwarded;
		},
		close() {
			front.close();
			upstreams.forEach((s) => s.close());
		},
	};
}
