import * as dgram from 'node:dgram';
import * as net from 'node:net';

function tcpFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = net.createServer();

		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

function udpFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = dgram.createSocket('udp4');

		socket.once('error', () => {
			socket.close();
			resolve(false);
		});
		socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
	});
}

let next = 42000 + (process.pid % 50) * 100;

/** The first of `count` consecutive ports free for both UDP and TCP on loopback (for WebRtcServers). */
export async function freePortRange(count: number): Promise<number> {
	for (let attempt = 0; attempt < 200; attempt++) {
		const base = next;

		next += count;

		if (next > 60000) {
			next = 42000;
		}

		let free = true;

		for (let port = base; port < base + count && free; port++) {
			free = (await tcpFree(port)) && (await udpFree(port));
		}

		if (free) {
			return base;
		}
	}

	throw new Error(`no ${count} consecutive free ports found`);
}
