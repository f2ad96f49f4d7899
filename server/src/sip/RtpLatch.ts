import * as dgram from 'node:dgram';
import { once } from 'node:events';
import * as os from 'node:os';

const DTMF_DIGITS = '0123456789*#ABCD';

/** Where the caller's RTP comes from, and the SSRC it sends its audio with. */
export interface CallerSource {
	address: string;
	port: number;
	ssrc: number;
}

/** What the SDP exchange settled: the payload types the caller sends. */
export interface LatchPeer {
	/** The caller's audio payload type: the packets that tell its source and SSRC. */
	audioPayloadType: number;
	/** RFC 4733 telephone-event payload type, if negotiated (plain RTP only: SRTP payloads are encrypted). */
	telephoneEvent?: number;
}

const WILDCARDS = new Set(['0.0.0.0', '::']);

/** The addresses to bind: the listen IP, or every local address of its family when it is a wildcard. */
function specificAddresses(listenIp: string): string[] {
	if (!WILDCARDS.has(listenIp)) {
		return [listenIp];
	}

	const family = listenIp === '::' ? 'IPv6' : 'IPv4';

	return Object.values(os.networkInterfaces())
		.flatMap((addresses) => addresses ?? [])
		.filter((a) => a.family === family && !a.address.startsWith('fe80:'))
		.map((a) => a.address);
}

function bind(ip: string, port: number): Promise<dgram.Socket> {
	// SO_REUSEADDR, as mediasoup's socket on the wildcard address of the same port has it.
	const socket = dgram.createSocket({ type: ip.includes(':') ? 'udp6' : 'udp4', reuseAddr: true });

	return new Promise((resolve, reject) => {
		socket.once('error', reject);
		socket.bind(port, ip, () => {
			socket.off('error', reject);
			resolve(socket);
		});
	});
}

/**
 * The caller's RTP port before the call is in the room. The kernel hands a
 * datagram to the socket bound to its exact destination address before one
 * bound to the wildcard, so while these sockets are open they take the
 * caller's packets, and mediasoup's PlainTransport on the same port (bound to
 * the wildcard) takes them once they close. Only a few packets pass here: the
 * first audio packet tells where the caller sends from (symmetric RTP: behind
 * NAT that is not its SDP address) and its SSRC (which mediasoup's producer
 * needs, and phones do not announce; the RTP header is in the clear under
 * SRTP too), and RFC 4733 events carry the PIN's digits.
 */
export class RtpLatch {
	/** The latest source of the caller's audio, once it sent any. */
	source?: CallerSource;
	/** Called with each RFC 4733 digit the caller sends (PIN entry). */
	onDigit?: (digit: string) => void;
	readonly #sockets: dgram.Socket[];
	readonly #port: number;
	#peer?: LatchPeer;
	#lastDigitTimestamp?: number;
	#learnt?: { resolve: (source: CallerSource) => void; reject: (error: Error) => void };
	#closed = false;

	static async open(listenIp: string, port: number): Promise<RtpLatch> {
		const sockets: dgram.Socket[] = [];

		try {
			for (const ip of specificAddresses(listenIp)) {
				sockets.push(await bind(ip, port));
			}
		} catch (error) {
			sockets.forEach((socket) => socket.close());
			throw error;
		}

		return new RtpLatch(sockets, port);
	}

	private constructor(sockets: dgram.Socket[], port: number) {
		this.#sockets = sockets;
		this.#port = port;

		for (const socket of sockets) {
			// A bad packet must not take the node down.
			socket.on('error', () => undefined);
			socket.on('message', (packet, from) => this.#fromCaller(packet, from));
		}
	}

	get port(): number {
		return this.#port;
	}

	get closed(): boolean {
		return this.#closed;
	}

	/** The caller's side of the SDP exchange: from now on its packets are read. */
	connect(peer: LatchPeer): void {
		this.#peer = peer;
	}

	/**
	 * Resolves with the caller's source once its first audio packet arrived
	 * (at once if it did already); rejects if the latch closes first.
	 */
	learnt(): Promise<CallerSource> {
		return new Promise((resolve, reject) => {
			if (this.source) {
				resolve(this.source);
			} else if (this.#closed) {
				reject(new Error('the call ended before the caller sent any audio'));
			} else {
				this.#learnt = { resolve, reject };
			}
		});
	}

	/** Lets go of the port: mediasoup's transport receives the caller from now on. */
	async close(): Promise<void> {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		this.#learnt?.reject(new Error('the call ended before the caller sent any audio'));
		this.#learnt = undefined;
		await Promise.all(
			this.#sockets.map(async (socket) => {
				const closed = once(socket, 'close');

				socket.close();
				await closed;
			})
		);
	}

	#fromCaller(packet: Buffer, from: dgram.RemoteInfo): void {
		// RTP version 2, at least a header; RTCP (payload types 200-204 with the marker bit) is not taken here.
		if (packet.length < 12 || packet[0]! >> 6 !== 2 || !this.#peer) {
			return;
		}

		const payloadType = packet[1]! & 0x7f;

		if (payloadType === this.#peer.audioPayloadType) {
			this.source = { address: from.address, port: from.port, ssrc: packet.readUInt32BE(8) };
			this.#learnt?.resolve(this.source);
			this.#learnt = undefined;
		} else if (payloadType === this.#peer.telephoneEvent) {
			this.#readDigit(packet);
		}
	}

	/** RFC 4733: a digit counts once, at its end packet (sent three times, with one timestamp). */
	#readDigit(packet: Buffer): void {
		const headerLength = 12 + 4 * (packet[0]! & 0x0f);
		const event = packet[headerLength];
		const flags = packet[headerLength + 1];

		if (
			event === undefined ||
			flags === undefined ||
			(flags & 0x80) === 0 ||
			event >= DTMF_DIGITS.length
		) {
			return;
		}

		const timestamp = packet.readUInt32BE(4);

		if (timestamp === this.#lastDigitTimestamp) {
			return;
		}

		this.#lastDigitTimestamp = timestamp;
		this.onDigit?.(DTMF_DIGITS[event]!);
	}
}
