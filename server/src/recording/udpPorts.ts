import * as dgram from 'node:dgram';
import * as fs from 'node:fs/promises';

function bind(port: number, ip: string): Promise<dgram.Socket | undefined> {
	return new Promise((resolve) => {
		const socket = dgram.createSocket('udp4');

		socket.once('error', () => {
			socket.close();
			resolve(undefined);
		});
		socket.bind(port, ip, () => resolve(socket));
	});
}

/**
 * A free even UDP port whose odd neighbour is free too (RTP and its RTCP, the
 * way recorders expect them). The check is only a snapshot: another process
 * could take the ports before the recorder binds them, in which case the
 * recorder fails to start and says so.
 */
export async function freeRtpPortPair(ip = '127.0.0.1', attempts = 50): Promise<number> {
	for (let i = 0; i < attempts; i++) {
		const probe = await bind(0, ip);
		const port = probe?.address().port ?? 0;

		probe?.close();

		if (port === 0 || port % 2 !== 0 || port > 65534) {
			continue;
		}

		const [rtp, rtcp] = await Promise.all([bind(port, ip), bind(port + 1, ip)]);

		rtp?.close();
		rtcp?.close();

		if (rtp && rtcp) {
			return port;
		}
	}

	throw new Error('found no free pair of UDP ports for the recorder');
}

/**
 * The local UDP ports some process has bound, from /proc/net/udp. Read rather
 * than probed: a probing bind could steal the port from the recorder that is
 * about to take it.
 */
export async function boundUdpPorts(): Promise<Set<number>> {
	const table = await fs.readFile('/proc/net/udp', 'utf8');
	const ports = new Set<number>();

	for (const line of table.split('\n').slice(1)) {
		const local = line.trim().split(/\s+/)[1];

		if (local) {
			ports.add(parseInt(local.split(':')[1]!, 16));
		}
	}

	return ports;
}
