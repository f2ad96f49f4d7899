/**
 * A receive-only WebRTC peer in native code (node-datachannel, i.e.
 * libdatachannel: libjuice ICE, OpenSSL DTLS, libsrtp), cheap enough that
 * hundreds run beside the server. It takes one VP8 video stream, counts loss
 * from sequence numbers, and sends what a browser's receiver sends: receiver
 * reports each second, generic NACKs for gaps, and PLIs. It can make the
 * offer (WHEP) or answer one (Janus's streaming plugin).
 */
import nodeDataChannel from 'node-datachannel';
import type { PeerConnection, Track } from 'node-datachannel';
import { isRtcp } from '../../server/src/media/rtpPacket.js';
import { GapTracker, type GapCounts } from './gapTracker.js';
import { nackPacket, pliPacket, receiverReport } from './rtcpFeedback.js';

/** Payload type of VP8 in the offers this peer makes. */
const VP8_PAYLOAD_TYPE = 96;
const CONNECT_TIMEOUT_MS = 20_000;
const REPORT_INTERVAL_MS = 1000;

/**
 * What this peer sends is trimmed to what both servers of a comparison are
 * given alike: no bandwidth estimation (so neither sends probes or acts on
 * REMB), and no RTX (retransmissions go in the stream itself).
 */
export function comparableSdp(sdp: string): string {
	const rtx = new Set([...sdp.matchAll(/^a=rtpmap:(\d+) rtx\//gm)].map((m) => m[1]));

	return sdp
		.split('\r\n')
		.filter((line) => !/^a=rtcp-fb:\S+ (goog-remb|transport-cc)/.test(line))
		.filter((line) => !/^a=extmap:\S+ \S*(transport-wide-cc|abs-send-time)/.test(line))
		.filter((line) => !/^a=ssrc-group:FID /.test(line))
		.filter((line) => !rtx.has(/^a=(?:rtpmap|fmtp|rtcp-fb):(\d+) /.exec(line)?.[1] ?? ''))
		.map((line) =>
			line.startsWith('m=')
				? line
						.split(' ')
						.filter((field, i) => i < 3 || !rtx.has(field))
						.join(' ')
				: line
		)
		.join('\r\n');
}

/**
 * Stops libdatachannel's threads once every receiver is closed: until then
 * they keep Node's event loop alive (a test run would never exit). A later
 * receiver starts them again.
 */
export function releaseNativeStack(): void {
	nodeDataChannel.cleanup();
}

export interface ReceiverCounts extends GapCounts {
	plis: number;
}

export class NativeReceiver {
	readonly #pc: PeerConnection;
	#track?: Track;
	readonly #gaps = new GapTracker();
	#ssrc?: number;
	#plis = 0;
	#lastReport = { expected: 0, received: 0 };
	readonly #reports = setInterval(() => this.#report(), REPORT_INTERVAL_MS);
	#closed = false;

	/** `bindAddress`: the one local address to gather on (loopback unless told: never off the machine). */
	private constructor(name: string, bindAddress = '127.0.0.1') {
		this.#pc = new nodeDataChannel.PeerConnection(name, { iceServers: [], bindAddress });
	}

	/** Makes the offer (recvonly VP8 with NACK and PLI); `negotiate` returns the answer (WHEP's POST). */
	static async offer(name: string, negotiate: (offer: string) => Promise<string>): Promise<NativeReceiver> {
		return NativeReceiver.#open(new NativeReceiver(name), async (receiver, pc) => {
			const video = new nodeDataChannel.Video('0', 'RecvOnly');

			video.addVideoCodec(VP8_PAYLOAD_TYPE, 'VP8');
			receiver.#attach(pc.addTrack(video));
			// A track alone does not start negotiation (a data channel would).
			pc.setLocalDescription();
			pc.setRemoteDescription(await negotiate(comparableSdp(await receiver.#gathered())), 'answer');
		});
	}

	/** Answers a server's offer; `deliver` sends the answer back (Janus's "start"). */
	static async answer(
		name: string,
		offer: string,
		deliver: (answer: string) => Promise<void>,
		bindAddress?: string
	): Promise<NativeReceiver> {
		return NativeReceiver.#open(new NativeReceiver(name, bindAddress), async (receiver, pc) => {
			pc.onTrack((track) => receiver.#attach(track));
			pc.setRemoteDescription(offer, 'offer');
			await deliver(comparableSdp(await receiver.#gathered()));
		});
	}

	static async #open(
		receiver: NativeReceiver,
		negotiate: (receiver: NativeReceiver, pc: PeerConnection) => Promise<void>
	): Promise<NativeReceiver> {
		try {
			await negotiate(receiver, receiver.#pc);
			await receiver.#connected();
		} catch (error) {
			receiver.close();
			throw error;
		}

		return receiver;
	}

	get counts(): ReceiverCounts {
		return { ...this.#gaps.counts, plis: this.#plis };
	}

	/** Asks the sender for a keyframe (RTCP PLI), once the stream's SSRC is known. */
	requestKeyframe(): void {
		if (this.#ssrc !== undefined && this.#send(pliPacket(this.#ssrc))) {
			this.#plis++;
		}
	}

	close(): void {
		if (!this.#closed) {
			this.#closed = true;
			clearInterval(this.#reports);
			this.#track?.close();
			this.#pc.close();
		}
	}

	#attach(track: Track): void {
		this.#track = track;
		// No media handler: the track then hands over every RTP and RTCP
		// packet and lets RTCP be sent on a receive-only track.
		track.onMessage((packet) => this.#onPacket(packet));
	}

	#onPacket(packet: Buffer): void {
		if (packet.length < 12 || isRtcp(packet)) {
			return;
		}

		const first = this.#ssrc === undefined;

		this.#ssrc = packet.readUInt32BE(8);

		const missing = this.#gaps.add(packet.readUInt16BE(2));

		if (first || missing === undefined) {
			this.requestKeyframe();
		} else if (missing.length > 0 && this.#send(nackPacket(this.#ssrc, missing))) {
			this.#gaps.nacked(missing.length);
		}
	}

	#report(): void {
		if (this.#ssrc === undefined) {
			return;
		}

		const counts = this.#gaps.counts;
		const expected = counts.expected - this.#lastReport.expected;
		const received = counts.received - this.#lastReport.received;

		this.#lastReport = counts;
		this.#send(
			receiverReport(this.#ssrc, counts, expected > 0 ? Math.max(0, 1 - received / expected) : 0)
		);
	}

	#send(packet: Buffer): boolean {
		try {
			return this.#track?.isOpen() === true && this.#track.sendMessageBinary(packet);
		} catch {
			return false; // closed under us
		}
	}

	/** The local description once ICE gathering is complete (no trickle: WHEP and Janus get it whole). */
	#gathered(): Promise<string> {
		return this.#until(
			(settle) => {
				const done = () => settle(() => this.#pc.localDescription()!.sdp);

				this.#pc.onGatheringStateChange((state) => state === 'complete' && done());

				if (this.#pc.gatheringState() === 'complete') {
					done();
				}
			},
			() => 'ICE gathering did not complete'
		);
	}

	#connected(): Promise<void> {
		return this.#until(
			(settle) => {
				const check = (state: string) => {
					if (state === 'connected') {
						settle(() => undefined);
					} else if (state === 'failed' || state === 'closed') {
						settle(() => {
							throw new Error(`peer connection ${state}`);
						});
					}
				};

				this.#pc.onStateChange(check);
				check(this.#pc.state());
			},
			() => `not connected (${this.#pc.state()})`
		);
	}

	/** A promise settled by `watch`, or rejected after CONNECT_TIMEOUT_MS. */
	#until<T>(watch: (settle: (value: () => T) => void) => void, timeout: () => string): Promise<T> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`${timeout()} after ${CONNECT_TIMEOUT_MS} ms`)),
				CONNECT_TIMEOUT_MS
			);

			watch((value) => {
				clearTimeout(timer);

				try {
					resolve(value());
				} catch (error) {
					reject(error as Error);
				}
			});
		});
	}
}
