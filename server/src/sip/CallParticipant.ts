import { randomBytes } from 'node:crypto';
import type { types } from 'mediasoup';
import { NO_GRANTS } from '../auth/grants.js';
import type { Logger } from '../logging/logger.js';
import { recorderRtpCapabilities } from '../recording/recordedStreams.js';
import { describeExit, RecorderProcess } from '../recording/RecorderProcess.js';
import { freeRtpPortPair } from '../recording/udpPorts.js';
import type { Peer, ProducerAppData } from '../rooms/Peer.js';
import type { Room } from '../rooms/Room.js';
import { AUDIO_LEVEL_URI, callPipeline } from './callPipeline.js';
import type { PhoneLeg, PhoneStats } from './PhoneLeg.js';
import type { NegotiatedAudio } from './sdpOffer.js';

/** The caller's voice in the room: Opus as every room router has it. */
const PRODUCER_CODEC: types.RtpCodecParameters = {
	mimeType: 'audio/opus',
	payloadType: 111,
	clockRate: 48000,
	channels: 2,
	parameters: { useinbandfec: 1 },
};

const AUDIO_LEVEL_EXTENSION_ID = 1;

/** A random SSRC below 2^31 (GStreamer's payloaders take any 32-bit one; kept positive for tools that do not), never 0. */
const randomSsrc = () => randomBytes(4).readUInt32BE() >>> 1 || 1;

export interface CallParticipantOptions {
	room: Room;
	displayName: string;
	/** Who called (their SIP URI), as the admin API and webhooks show it. */
	identity: string;
	offer: NegotiatedAudio;
	/** The caller's media in mediasoup (the participant closes it when it ends). */
	phone: PhoneLeg;
	/** Participants the caller hears at once (the mixer's inputs). */
	mixSlots: number;
	jitterMs: number;
	logger: Logger;
	/** The participant ended without being asked to (removed from the room, the room closed, the pipeline died). */
	onEnded: (reason: string) => void;
}

interface Slot {
	port: number;
	producerId?: string;
	transport?: types.PlainTransport;
	/** Its consumer sends to the slot's port. */
	flowing?: boolean;
}

/**
 * A SIP caller as a room participant: a peer that publishes the caller's
 * voice (transcoded to Opus) and consumes every other participant's audio
 * into the mixer the caller hears. The media runs in one GStreamer process
 * (see callPipeline), between mediasoup transports on loopback: the room's
 * router on one side, the call's own router facing the phone (PhoneLeg) on
 * the other. Node wires them up and moves no media packet.
 */
export class CallParticipant {
	readonly peer: Peer;
	readonly phone: PhoneLeg;
	readonly #options: CallParticipantOptions;
	readonly #slots: Slot[];
	#process?: RecorderProcess;
	#closed = false;

	static async open(options: CallParticipantOptions): Promise<CallParticipant> {
		const { phone } = options;
		const slots: Slot[] = [];

		try {
			// One after the other: two searches at once could settle on the same free pair.
			for (let i = 0; i < options.mixSlots; i++) {
				slots.push({ port: await freeRtpPortPair() });
			}
		} catch (error) {
			await phone.close();
			throw error;
		}

		const participant = new CallParticipant(options, phone, slots);

		try {
			await participant.#start();
		} catch (error) {
			await participant.close('setup-failed');
			throw error;
		}

		return participant;
	}

	private constructor(options: CallParticipantOptions, phone: PhoneLeg, slots: Slot[]) {
		this.#options = options;
		this.phone = phone;
		this.#slots = slots;
		this.peer = options.room.addPeer({
			displayName: options.displayName,
			identity: options.identity,
			role: 'presenter',
			grants: { ...NO_GRANTS, canPublish: true, canSubscribe: true },
			// What the room tells this participant is how it learns whom to mix.
			channel: {
				notify: (notification) => {
					const announced = notification.newProducer;

					if (announced?.producer?.kind === 'audio' && announced.producer.producerId) {
						void this.#mixIn(announced.producer.producerId);
					}
				},
			},
			router: options.room.routers.home,
		});
		this.peer.onClose(() => {
			if (!this.#closed) {
				void this.close('removed').then(() => options.onEnded('removed'));
			}
		});
	}

	/** The producer of the caller's voice in the room. */
	get producer(): types.Producer<ProducerAppData> | undefined {
		return [...this.peer.producers.values()][0];
	}

	/** Producers the caller hears now (one per mixer slot whose consumer sends to it). */
	get mixedProducers(): string[] {
		return this.#slots.flatMap((s) => (s.producerId && s.flowing ? [s.producerId] : []));
	}

	/** The GStreamer process of the call (for operators and tests). */
	get pipelinePid(): number | undefined {
		return this.#process?.pid;
	}

	/** Packets each way between Skylark and the phone (mediasoup's counts). */
	phoneStats(): Promise<PhoneStats> {
		return this.phone.stats();
	}

	/** Ends the participant: it leaves the room, the pipeline stops, the caller's port closes. */
	async close(reason: string): Promise<void> {
		if (this.#closed) {
			return;
		}

		this.#closed = true;
		this.#options.room.removePeer(this.peer, reason);
		this.#slots.forEach((slot) => slot.transport?.close());
		await Promise.all([this.#process?.stop(2000), this.phone.close()]);
	}

	/** The media broke under the call: it ends, and the SIP side hangs up. */
	#fail(reason: string): void {
		if (!this.#closed) {
			void this.close(reason).then(() => this.#options.onEnded(reason));
		}
	}

	async #start(): Promise<void> {
		const { room, offer, jitterMs } = this.#options;
		const router = this.peer.router.router;
		const toRoom = await router.createPlainTransport({
			listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
			rtcpMux: true,
			comedia: true,
			appData: { peerId: this.peer.id, direction: 'send' },
		});

		this.peer.onClose(() => toRoom.close());
		// A worker that dies takes the caller's producer, and the pipeline cannot be pointed at a new one:
		// the call ends (the caller gets a BYE) rather than go on silent.
		toRoom.on('routerclose', () => this.#fail('media-lost'));

		const producerSsrc = randomSsrc();
		const producer = await toRoom.produce<ProducerAppData>({
			kind: 'audio',
			rtpParameters: {
				codecs: [PRODUCER_CODEC],
				encodings: [{ ssrc: producerSsrc }],
				headerExtensions: [{ uri: AUDIO_LEVEL_URI, id: AUDIO_LEVEL_EXTENSION_ID }],
			},
			appData: { peerId: this.peer.id, source: 'microphone' },
		});
		const fromCaller = await freeRtpPortPair();
		const callerSsrc = randomSsrc();
		const toCaller = await this.phone.mixInput(callerSsrc);
		const roomOpus = recorderRtpCapabilities(router).codecs!.find(
			(c) => c.mimeType.toLowerCase() === 'audio/opus'
		)!;

		this.#process = new RecorderProcess(
			callPipeline(
				{
					fromCaller,
					toCaller,
					toRoom: toRoom.tuple.localPort,
					slots: this.#slots.map((s) => s.port),
				},
				{
					codec: offer.codec,
					roomOpusPayloadType: roomOpus.preferredPayloadType!,
					producerPayloadType: PRODUCER_CODEC.payloadType,
					producerSsrc,
					audioLevelExtensionId: AUDIO_LEVEL_EXTENSION_ID,
					callerSsrc,
					jitterMs,
				}
			)
		);
		void this.#process.exited.then((exit) => {
			if (!this.#closed) {
				this.#options.logger.warn('SIP call pipeline ended', { exit: describeExit(exit) });
				this.#fail('pipeline-failed');
			}
		});
		await this.#process.ready([fromCaller, ...this.#slots.map((s) => s.port)]);
		// Only once the phone has sent (its first packet tells its SSRC), and not awaited: the 200 is not sent yet.
		void this.phone.handOver(fromCaller).then(
			(source) => this.#options.logger.info('SIP caller media in mediasoup', { ...source }),
			(error: Error) => {
				if (!this.#closed) {
					this.#options.logger.warn('SIP caller media could not start', { error: error.message });
					this.#fail('media-failed');
				}
			}
		);
		await room.announceProducer(this.peer, producer);

		for (const other of room.peersVisibleTo(this.peer)) {
			for (const existing of other.producers.values()) {
				if (existing.kind === 'audio') {
					await this.#mixIn(existing.id);
				}
			}
		}
	}

	/** Consumes a participant's audio into a free mixer slot (until the producer closes). */
	async #mixIn(producerId: string): Promise<void> {
		const slot = this.#slots.find((s) => !s.producerId);

		if (this.#closed || !slot) {
			if (!slot) {
				this.#options.logger.warn('SIP caller hears no more participants', {
					slots: this.#slots.length,
				});
			}

			return;
		}

		slot.producerId = producerId;

		const free = () => {
			slot.transport?.close();
			slot.transport = undefined;
			slot.producerId = undefined;
			slot.flowing = false;
		};

		try {
			const { room } = this.#options;
			const found = await room.acquireProducer(producerId);
			const local = await room.routers.useProducerOn(producerId, found.owner.router, this.peer.router);
			const router = this.peer.router.router;
			const transport = await router.createPlainTransport({
				listenInfo: { protocol: 'udp', ip: '127.0.0.1' },
				rtcpMux: false,
				comedia: false,
				appData: { peerId: this.peer.id, direction: 'recv' },
			});

			slot.transport = transport;
			transport.observer.once('close', () => {
				local();
				found.release();
			});

			const consumer = await transport.consume({
				producerId,
				rtpCapabilities: recorderRtpCapabilities(router),
			});

			consumer.observer.once('close', free);
			await transport.connect({ ip: '127.0.0.1', port: slot.port, rtcpPort: slot.port + 1 });
			slot.flowing = true;

			if (this.#closed) {
				free();
			}
		} catch (error) {
			this.#options.logger.warn('SIP caller could not hear a participant', {
				producerId,
				error: (error as Error).message,
			});
			free();
		}
	}
}
