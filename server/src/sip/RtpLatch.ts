import * as dgram from 'node:dgram';
import { once } from 'node:events';

const DTMF_DIGITS = '0123456789*#ABCD';

export interface LatchStats {
	packetsFromCaller: number;
	bytesFromCaller: number;
	packetsToCaller: number;
	bytesToCaller: number;
	/** Where the caller's RTP comes from (set once it sent any): where Skylark sends. */
	latched?: string;
}

/** What the SDP exchange settled: where the caller receives, and which payload types it sends. */
export interface LatchPeer {
	/** Where the caller's SDP said it receives, until its first packet says otherwise. */
	remote: { address: string; port: number };
	/** The caller's audio payload type: only that goes on to the transcoder. */
	audioPayloadType: number;
	/** RFC 4733 telephone-event payload type, if negotiated. */
	telephoneEvent?: number;
}

function bind(type: 'udp4' | 'udp6', ip: string): Promise<dgram.Socket> {
	const socket = dgram.createSocket(type);

	return new Promise((resolve, reject) => {
		socket.once('error', reject);
		socket.bind(0, ip, () => {
			socket.off('error', reject);
			resolve(socket);
		});
	});
}

/**
 * The caller's RTP endpoint: one UDP socket that receives the caller's RTP
 * and sends the room's mix back from the same port, to wherever the caller's
 * packets come from (symmetric RTP, so callers behind NAT hear the room).
 * It only moves packets: the transcoder (GStreamer) sits behind it on
 * loopback, because a gst-launch pipeline cannot send from the port it
 * receives on. It also reads RFC 4733 DTMF events, which are four bytes
 * each, for PIN entry.
 */
export class RtpLatch {
	readonly stats: LatchStats = {
		packetsFromCaller: 0,
		bytesFromCaller: 0,
		packetsToCaller: 0,
		bytesToCaller: 0,
	};
	readonly #public: dgram.Socket;
	/** Receives the transcoder's RTP for the caller (from 127.0.0.1). */
	readonly #inner: dgram.Socket;
	/** Unknown until the SDP exchange is done (a call Skylark places offers first): nothing passes till then. */
	#peer?: LatchPeer;
	#remote?: { address: string; port: number };
	#forwardTo?: number;
	/** Whether the mix goes to the caller: not while the caller holds the call (sendonly or inactive). */
	sending = true;
	/** Called with each RFC 4733 digit the caller sends (PIN entry). */
	onDigit?: (digit: string) => void;
	#lastDigitTimestamp?: number;
	#closed = false;

	static async open(listenIp: string, peer?: LatchPeer): Promise<RtpLatch> {
		const outer = await bind(listenIp.includes(':') ? 'udp6' : 'udp4', listenIp);
		const inner = await bind('udp4', '127.0.0.1').catch((error: Error) => {
			outer.close();
			throw error;
		});

		const latch = new RtpLatch(outer, inner);

		if (peer) {
			latch.connect(peer);
		}

		return latch;
	}

	private constructor(outer: dgram.Socket, inner: dgram.Socket) {
		this.#public = outer;
		this.#inner = inner;
		// A bad packet or an unreachable caller must not take the node down.
		outer.on('error', () => undefined);
		inner.on('error', () => undefined);
		outer.on('message', (packet, from) => this.#fromCaller(packet, from));
		inner.on('message', (packet, from) => {
			if (from.address === '127.0.0.1') {
				this.#toCaller(packet);
			}
		});
	}

	/** The port the caller sends to (put in the SDP answer). */
	get port(): number {
		return this.#public.address().port;
	}

	/** The loopback port the transcoder sends the caller's audio to. */
	get innerPort(): number {
		return this.#inner.address().port;
	}

	/** The caller's side of the SDP exchange: from now on its packets are taken. */
	connect(peer: LatchPeer): void {
		this.#peer = peer;
		this.#remote = peer.remote;
	}

	/** Starts passing the caller's audio to the transcoder's port. */
	forwardTo(port: number): void {
		this.#forwardTo = port;
	}

	async close(): Promise<void> {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		await Promise.all(
			[this.#public, this.#inner].map(async (socket) => {
				const closed = once(socket, 'close');

				socket.close();
				await closed;
			})
		);
	}

	#fromCaller(packet: Buffer, from: dgram.RemoteInfo): void {
		// RTP version 2, at least a header; RTCP (payload types 200-204 with the marker bit) is not taken here.
		if (packet.length < 12 || packet[0]! >> 6 !== 2) {
			return;
		}

		const payloadType = packet[1]! & 0x7f;

		if (!this.#peer) {
			return;
		}

		if (payloadType === this.#peer.audioPayloadType) {
			this.#latch(from);
			this.stats.packetsFromCaller += 1;
			this.stats.bytesFromCaller += packet.length;

			if (this.#forwardTo !== undefined) {
				this.#inner.send(packet, this.#forwardTo, '127.0.0.1');
			}
		} else if (payloadType === this.#peer.telephoneEvent) {
			this.#latch(from);
			this.#readDigit(packet);
		}
	}

	#latch(from: dgram.RemoteInfo): void {
		this.#remote = { address: from.address, port: from.port };
		this.stats.latched = `${from.address}:${from.port}`;
	}

	#toCaller(packet: Buffer): void {
		if (!this.#remote || !this.sending) {
			return;
		}

		this.stats.packetsToCaller += 1;
		this.stats.bytesToCaller += packet.length;
		this.#public.send(packet, this.#remote.port, this.#remote.address);
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
