import * as dgram from 'node:dgram';
import { RawSipClient, request } from './sipHelpers.js';
import { until } from '../helpers/within.js';

const SAMPLES_PER_PACKET = 160;
const PACKET_MS = 20;

/** G.711 µ-law of one 16-bit sample (the test's phone encodes its own beeps). */
function ulawEncode(sample: number): number {
	const sign = sample < 0 ? 0x80 : 0;
	let magnitude = Math.min(Math.abs(sample), 32635) + 0x84;
	let exponent = 7;

	for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) {
		exponent--;
	}

	const mantissa = (magnitude >> (exponent + 3)) & 0x0f;

	magnitude = ~(sign | (exponent << 4) | mantissa);

	return magnitude & 0xff;
}

function ulawDecode(byte: number): number {
	const u = ~byte & 0xff;
	const t = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);

	return u & 0x80 ? 0x84 - t : t - 0x84;
}

/** Where an RTP packet's payload starts: after its CSRCs and its header extension (mediasoup sends one). */
function payloadOffset(packet: Buffer): number {
	const afterCsrcs = 12 + 4 * (packet[0]! & 0x0f);

	return packet[0]! & 0x10 ? afterCsrcs + 4 + 4 * packet.readUInt16BE(afterCsrcs + 2) : afterCsrcs;
}

/** Loudness of one PCMU payload, in dBFS. */
function payloadLevel(payload: Buffer): number {
	let sum = 0;

	for (const byte of payload) {
		const s = ulawDecode(byte) / 32768;

		sum += s * s;
	}

	return 10 * Math.log10(sum / Math.max(1, payload.length) || 1e-12);
}

/**
 * A minimal SIP phone in the test process, for timing: raw SIP over UDP,
 * PCMU RTP sent on a 20 ms clock (silence, or a 1 kHz beep when asked), and
 * the level of every packet it receives, with its arrival time. One clock
 * (performance.now()) on both ends of a call through Skylark.
 */
export class RtpPhone {
	/** Arrival time and level of each packet heard. */
	readonly heard: { at: number; level: number }[] = [];
	readonly #sip: RawSipClient;
	readonly #rtp: dgram.Socket;
	readonly #callId: string;
	#remote?: { address: string; port: number };
	#timer?: NodeJS.Timeout;
	#seq = 0;
	#timestamp = 0;
	#sent = 0;
	#start = 0;
	#beepUntil = 0;
	#toTag?: string;
	readonly #announced?: { address: string; port: number };

	/** `announced`: what the SDP says instead of the RTP socket's address (a phone behind NAT). */
	static async open(callId: string, announced?: { address: string; port: number }): Promise<RtpPhone> {
		const rtp = dgram.createSocket('udp4');

		await new Promise<void>((resolve) => rtp.bind(0, '127.0.0.1', resolve));

		return new RtpPhone(await RawSipClient.open(), rtp, callId, announced);
	}

	private constructor(
		sip: RawSipClient,
		rtp: dgram.Socket,
		callId: string,
		announced?: { address: string; port: number }
	) {
		this.#sip = sip;
		this.#rtp = rtp;
		this.#callId = callId;
		this.#announced = announced;
		rtp.on('message', (packet) => {
			if (packet.length > 12 && (packet[1]! & 0x7f) === 0) {
				this.heard.push({
					at: performance.now(),
					level: payloadLevel(packet.subarray(payloadOffset(packet))),
				});
			}
		});
	}

	/** Where the phone sends and receives RTP. */
	get rtpPort(): number {
		return this.#rtp.address().port;
	}

	/** The phone's SDP offer (PCMU at its RTP port, or at the address it announces). */
	get sdp(): string {
		const { address, port } = this.#announced ?? { address: '127.0.0.1', port: this.rtpPort };

		return [
			'v=0',
			`o=phone 1 1 IN IP4 ${address}`,
			's=-',
			`c=IN IP4 ${address}`,
			't=0 0',
			`m=audio ${port} RTP/AVP 0`,
			'a=rtpmap:0 PCMU/8000',
			'a=ptime:20',
			'a=sendrecv',
			'',
		].join('\r\n');
	}

	/** Calls `room` (with more header lines, if given), waits for the 200 OK, ACKs it and starts sending (silence). Resolves with the 200. */
	async call(room: string, sipPort: number, headers: string[] = []): Promise<string> {
		this.#sip.send(
			request({ room, sipPort, client: this.#sip, callId: this.#callId, sdp: this.sdp, headers }),
			sipPort
		);

		const ok = await until(
			() => this.#sip.received.find((r) => r.startsWith('SIP/2.0 200') && r.includes(this.#callId)),
			10_000,
			`200 OK to ${this.#callId}`
		);

		this.#toTag = /^To:.*;tag=([^;\s]+)/im.exec(ok)![1];
		this.#remote = {
			address: /^c=IN IP4 (\S+)/m.exec(ok)![1]!,
			port: Number(/^m=audio (\d+)/m.exec(ok)![1]),
		};
		this.#sip.send(
			request({
				method: 'ACK',
				room,
				sipPort,
				client: this.#sip,
				callId: this.#callId,
				toTag: this.#toTag,
				branch: `z9hG4bK-ack-${this.#callId}`,
			}),
			sipPort
		);
		this.#start = performance.now();
		this.#timer = setInterval(() => this.#pump(), 5);

		return ok;
	}

	/** Sends an in-dialog request (re-INVITE with the same offer, UPDATE, ...) and resolves with its final response. */
	async inDialog(
		method: string,
		room: string,
		sipPort: number,
		cseq: number,
		headers: string[] = [],
		sdp = method === 'INVITE' ? this.sdp : ''
	): Promise<string> {
		const branch = `z9hG4bK-${method.toLowerCase()}-${cseq}-${this.#callId}`;

		this.#sip.send(
			request({
				method,
				room,
				sipPort,
				client: this.#sip,
				callId: this.#callId,
				toTag: this.#toTag,
				branch,
				cseq,
				headers,
				sdp,
			}),
			sipPort
		);

		return until(
			() =>
				this.#sip.received.find(
					(r) => /^SIP\/2\.0 [2-6]/.test(r) && r.includes(`CSeq: ${cseq} ${method}`)
				),
			5000,
			`the answer to ${method} ${cseq}`
		);
	}

	/** Beeps for `ms` from the next packet on; resolves with when that packet left. */
	beep(ms: number): number {
		const next = this.#start + (this.#sent + 1) * PACKET_MS;

		this.#beepUntil = next + ms;

		return next;
	}

	async hangUp(room: string, sipPort: number): Promise<void> {
		clearInterval(this.#timer);
		this.#sip.send(
			request({
				method: 'BYE',
				room,
				sipPort,
				client: this.#sip,
				callId: this.#callId,
				toTag: this.#toTag,
				branch: `z9hG4bK-bye-${this.#callId}`,
			}),
			sipPort
		);
		await until(
			() => this.#sip.received.some((r) => r.startsWith('SIP/2.0 200') && / BYE\r\n/.test(r)),
			5000,
			'200 to the BYE'
		);
	}

	close(): void {
		clearInterval(this.#timer);
		this.#sip.close();
		this.#rtp.close();
	}

	/** Sends every packet that is due by now (a 20 ms clock kept by catching up, not by setInterval's drift). */
	#pump(): void {
		const now = performance.now();

		while (this.#start + (this.#sent + 1) * PACKET_MS <= now) {
			const sentAt = this.#start + (this.#sent + 1) * PACKET_MS;
			const payload = Buffer.alloc(SAMPLES_PER_PACKET);

			for (let i = 0; i < SAMPLES_PER_PACKET; i++) {
				const t = (this.#timestamp + i) / 8000;
				const sample = sentAt <= this.#beepUntil ? 0.5 * 32767 * Math.sin(2 * Math.PI * 1000 * t) : 0;

				payload[i] = ulawEncode(Math.round(sample));
			}

			const header = Buffer.alloc(12);

			header[0] = 0x80;
			header[1] = 0;
			header.writeUInt16BE(this.#seq++ & 0xffff, 2);
			header.writeUInt32BE(this.#timestamp >>> 0, 4);
			header.writeUInt32BE(0x5eed, 8);
			this.#rtp.send(Buffer.concat([header, payload]), this.#remote!.port, this.#remote!.address);
			this.#timestamp += SAMPLES_PER_PACKET;
			this.#sent++;
		}
	}
}
