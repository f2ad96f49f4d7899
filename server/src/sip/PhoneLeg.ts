import type { types } from 'mediasoup';
import { RtpLatch, type CallerSource } from './RtpLatch.js';
import type { CallCodec } from './sdpOffer.js';
import type { SdesKey } from './sdes.js';

/** The caller's side of the SDP exchange, as the phone leg needs it. */
export interface PhonePeer {
	codec: CallCodec;
	telephoneEvent?: number;
	/** The key the phone encrypts with (SDES), when the call is SRTP. */
	srtp?: SdesKey;
}

export interface PhoneLegOptions {
	worker: types.Worker;
	listenIp: string;
	/** The codecs in Skylark's SDP: the call's router numbers them as the SDP does. */
	codecs: readonly CallCodec[];
	/** SDES-SRTP with this suite (its key goes in Skylark's SDP). */
	srtp?: types.SrtpCryptoSuite;
}

/** Packets and bytes each way between Skylark and the phone, as mediasoup counts them. */
export interface PhoneStats {
	packetsFromCaller: number;
	bytesFromCaller: number;
	packetsToCaller: number;
	bytesToCaller: number;
	/** Where mediasoup exchanges RTP with the phone (once the call is handed over). */
	remote?: string;
	/** Bytes mediasoup's phone-facing transport received (SRTP included). */
	transportBytesReceived: number;
}

const mimeType = (codec: CallCodec) => (codec.name === 'opus' ? 'audio/opus' : `audio/${codec.name}`);

function codecParameters(codec: CallCodec): types.RtpCodecParameters {
	return {
		mimeType: mimeType(codec),
		payloadType: codec.payloadType,
		clockRate: codec.clockRate,
		...(codec.channels > 1 ? { channels: codec.channels } : {}),
	};
}

/**
 * The phone's media in mediasoup: a router of the call's own, whose codecs
 * carry the payload types of the call's SDP (so what it sends the phone is
 * numbered as the phone expects), with one PlainTransport facing the phone
 * (SRTP when negotiated) and two on loopback facing the call's GStreamer
 * pipeline. Until the call is handed over, an RtpLatch holds the port to
 * learn the phone's source and SSRC; after that no packet of the phone's
 * passes through Node.
 */
export class PhoneLeg {
	readonly latch: RtpLatch;
	readonly #router: types.Router;
	readonly #phone: types.PlainTransport;
	#peer?: PhonePeer;
	#fromPhone?: types.Producer;
	#toPhone?: types.Consumer;
	#mix?: types.Producer;
	#sending = true;
	#closed = false;

	static async open(options: PhoneLegOptions): Promise<PhoneLeg> {
		const router = await options.worker.createRouter({
			mediaCodecs: options.codecs.map((codec) => ({
				kind: 'audio',
				mimeType: mimeType(codec),
				clockRate: codec.clockRate,
				preferredPayloadType: codec.payloadType,
				...(codec.channels > 1 ? { channels: codec.channels } : {}),
			})),
		});

		try {
			const phone = await router.createPlainTransport({
				// The wildcard of the listen IP's family: the latch's sockets on the exact address win while open.
				listenInfo: {
					protocol: 'udp',
					ip: options.listenIp.includes(':') ? '::' : '0.0.0.0',
					flags: { udpReusePort: true },
				},
				rtcpMux: true,
				comedia: false,
				...(options.srtp ? { enableSrtp: true, srtpCryptoSuite: options.srtp } : {}),
			});

			return new PhoneLeg(router, phone, await RtpLatch.open(options.listenIp, phone.tuple.localPort));
		} catch (error) {
			router.close();
			throw error;
		}
	}

	private constructor(router: types.Router, phone: types.PlainTransport, latch: RtpLatch) {
		this.#router = router;
		this.#phone = phone;
		this.latch = latch;
	}

	/** The port in Skylark's SDP. */
	get port(): number {
		return this.latch.port;
	}

	/** Skylark's SDES key (mediasoup's), for its SDP; undefined for plain RTP. */
	get srtpParameters(): types.SrtpParameters | undefined {
		return this.#phone.srtpParameters;
	}

	/** Whether the mix goes to the phone: not while the phone holds the call (sendonly or inactive). */
	get sending(): boolean {
		return this.#sending;
	}

	set sending(sending: boolean) {
		this.#sending = sending;
		void (sending ? this.#toPhone?.resume() : this.#toPhone?.pause())?.catch(() => undefined);
	}

	/** The SDP exchange is done: the phone's packets are read from now on. */
	connect(peer: PhonePeer): void {
		this.#peer = peer;
		this.latch.connect({ audioPayloadType: peer.codec.payloadType, telephoneEvent: peer.telephoneEvent });
	}

	/**
	 * Where the pipeline sends the mix for the phone (a loopback transport's
	 * port): its producer is in the call's router from now on, with `ssrc`.
	 */
	async mixInput(ssrc: number): Promise<number> {
		const transport = await this.#router.createPlainTransport({
			listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
			rtcpMux: true,
			comedia: true,
		});

		this.#mix = await transport.produce({
			kind: 'audio',
			rtpParameters: { codecs: [codecParameters(this.#peer!.codec)], encodings: [{ ssrc }] },
		});

		return transport.tuple.localPort;
	}

	/**
	 * Waits for the phone's first packet, then hands the port to mediasoup:
	 * a producer with the phone's SSRC, the transport connected to where the
	 * phone sends from, the mix consumed to the phone; the latch closes, and
	 * the phone's audio goes on to the pipeline's `pipelinePort` (RTCP on the
	 * port after it). Resolves with the phone's source.
	 */
	async handOver(pipelinePort: number): Promise<CallerSource> {
		const source = await this.latch.learnt();
		const peer = this.#peer!;

		if (this.#closed) {
			return source;
		}

		this.#fromPhone = await this.#phone.produce({
			kind: 'audio',
			rtpParameters: { codecs: [codecParameters(peer.codec)], encodings: [{ ssrc: source.ssrc }] },
		});
		await this.#phone.connect({
			ip: source.address,
			port: source.port,
			...(peer.srtp
				? { srtpParameters: { cryptoSuite: peer.srtp.suite, keyBase64: peer.srtp.keyBase64 } }
				: {}),
		});
		this.#toPhone = await this.#phone.consume({
			producerId: this.#mix!.id,
			rtpCapabilities: this.#capabilities(),
			paused: !this.#sending,
		});
		await this.latch.close();

		const toPipeline = await this.#router.createPlainTransport({
			listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
			rtcpMux: false,
			comedia: false,
		});

		await toPipeline.consume({ producerId: this.#fromPhone.id, rtpCapabilities: this.#capabilities() });
		await toPipeline.connect({ ip: '127.0.0.1', port: pipelinePort, rtcpPort: pipelinePort + 1 });

		return source;
	}

	async stats(): Promise<PhoneStats> {
		const [received, sent, transport] = await Promise.all([
			this.#fromPhone?.getStats() ?? [],
			this.#toPhone?.getStats() ?? [],
			this.#phone.closed ? [] : this.#phone.getStats(),
		]);
		const inbound = received.find((s) => s.type === 'inbound-rtp');
		const outbound = sent.find((s) => s.type === 'outbound-rtp');
		const tuple = transport[0]?.tuple;

		return {
			packetsFromCaller: inbound?.packetCount ?? 0,
			bytesFromCaller: inbound?.byteCount ?? 0,
			packetsToCaller: outbound?.packetCount ?? 0,
			bytesToCaller: outbound?.byteCount ?? 0,
			remote: tuple?.remoteIp ? `${tuple.remoteIp}:${tuple.remotePort}` : undefined,
			transportBytesReceived: transport[0]?.bytesReceived ?? 0,
		};
	}

	/** Closes the call's router (every transport on it) and the latch, if still open. */
	async close(): Promise<void> {
		this.#closed = true;
		this.#router.close();
		await this.latch.close();
	}

	/** The call's one codec, without feedback or header extensions: a phone would take neither. */
	#capabilities(): types.RtpCapabilities {
		const codec = this.#peer!.codec;

		return {
			codecs: [
				{
					kind: 'audio',
					mimeType: mimeType(codec),
					clockRate: codec.clockRate,
					preferredPayloadType: codec.payloadType,
					...(codec.channels > 1 ? { channels: codec.channels } : {}),
				},
			],
		};
	}
}
