import * as dgram from 'node:dgram';

/** A UDP socket bound on loopback (or the given IP) at an OS-chosen port. */
export async function bindUdp(ip = '127.0.0.1'): Promise<dgram.Socket> {
	const socket = dgram.createSocket(ip.includes(':') ? 'udp6' : 'udp4');

	await new Promise<void>((resolve, reject) => {
		socket.once('error', reject);
		socket.bind(0, ip, () => {
			socket.off('error', reject);
			resolve();
		});
	});

	return socket;
}

export function sendUdp(socket: dgram.Socket, packet: Buffer, port: number, ip: string): Promise<void> {
	return new Promise((resolve, reject) =>
		socket.send(packet, port, ip, (error) => (error ? reject(error) : resolve()))
	);
}
