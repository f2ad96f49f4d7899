import type { types as msc } from 'mediasoup-client';
import type { E2ee } from './e2ee/E2ee.js';
import { LocalPublication } from './models.js';
import type { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';

const SIMULCAST_ENCODINGS: msc.RtpEncodingParameters[] = [
	{ scaleResolutionDownBy: 4, maxBitrate: 150_000 },
	{ scaleResolutionDownBy: 2, maxBitrate: 500_000 },
	{ scaleResolutionDownBy: 1, maxBitrate: 1_500_000 },
];

export interface PublishOptions {
	/** Send three simulcast layers (video only). */
	simulcast?: boolean;
	/** What the track is: 'camera', 'microphone', 'screen', ... (default: its kind). */
	source?: string;
	/** Explicit RTP encodings; overrides `simulcast`. */
	encodings?: msc.RtpEncodingParameters[];
}

/**
 * What this client sends: its send transport, its publications and the chat
 * data channel. When the server loses the worker carrying them, `restart`
 * publishes everything again on a new transport, keeping the publication
 * objects the application holds.
 */
export class LocalMedia {
	readonly publications = new Map<LocalPublication, { encodings?: msc.RtpEncodingParameters[] }>();
	readonly #signaling: SignalingChannel;
	readonly #withChat: boolean;
	/** With end-to-end encryption: every frame sent is encrypted before it leaves. */
	readonly #e2ee?: E2ee;
	#transport: msc.Transport;
	#chat?: msc.DataProducer;

	static async create(
		transport: msc.Transport,
		signaling: SignalingChannel,
		withChat: boolean,
		e2ee?: E2ee
	): Promise<LocalMedia> {
		const media = new LocalMedia(transport, signaling, withChat, e2ee);

		await media.#openChat();

		return media;
	}

	private constructor(
		transport: msc.Transport,
		signaling: SignalingChannel,
		withChat: boolean,
		e2ee: E2ee | undefined
	) {
		this.#e2ee = e2ee;
		this.#transport = transport;
		this.#signaling = signaling;
		this.#withChat = withChat;
	}

	get transport(): msc.Transport {
		return this.#transport;
	}

	async publish(track: MediaStreamTrack, options: PublishOptions = {}): Promise<LocalPublication> {
		const source = options.source ?? track.kind;
		const encodings =
			options.encodings ??
			(options.simulcast && track.kind === 'video' ? SIMULCAST_ENCODINGS : undefined);
		// The application owns its tracks: Skylark never stops them (and can publish them again).
		const producer = await this.#transport.produce({
			track,
			encodings,
			appData: { source, encrypted: this.#e2ee !== undefined },
			stopTracks: false,
			onRtpSender: (sender) => this.#e2ee?.encrypt(sender, track.kind as 'audio' | 'video'),
		});
		const publication = new LocalPublication(producer, source);

		this.publications.set(publication, { encodings });

		return publication;
	}

	async unpublish(publication: LocalPublication): Promise<void> {
		this.publications.delete(publication);
		publication.producer.close();
		await this.#signaling.request('closeProducer', { producerId: publication.id });
	}

	async pause(publication: LocalPublication): Promise<void> {
		publication.producer.pause();
		await this.#signaling.request('pauseProducer', { producerId: publication.id });
	}

	async resume(publication: LocalPublication): Promise<void> {
		publication.producer.resume();
		await this.#signaling.request('resumeProducer', { producerId: publication.id });
	}

	async sendData(data: string | ArrayBuffer): Promise<void> {
		const chat = this.#chat;

		if (!chat) {
			throw new SkylarkError(
				'INVALID_STATE',
				'no data channel: this peer may not send data',
				'sendData'
			);
		}

		if (chat.readyState === 'connecting') {
			await new Promise<void>((resolve, reject) => {
				chat.once('open', () => resolve());
				chat.once('error', (error) => reject(error));
			});
		}

		chat.send(data);
	}

	/** Publishes every track again on a new transport (the old one died with its worker). */
	async restart(transport: msc.Transport): Promise<void> {
		this.#transport.close();
		this.#transport = transport;
		this.#chat = undefined;
		await this.#openChat();

		for (const [publication, { encodings }] of this.publications) {
			const track = publication.track;

			if (!track || track.readyState === 'ended') {
				continue;
			}

			const wasPaused = publication.paused;
			const producer = await transport.produce({
				track,
				encodings,
				appData: { source: publication.source, encrypted: this.#e2ee !== undefined },
				stopTracks: false,
				onRtpSender: (sender) => this.#e2ee?.encrypt(sender, publication.kind),
			});

			publication.replaceProducer(producer);

			if (wasPaused) {
				await this.pause(publication);
			}
		}
	}

	close(): void {
		this.publications.clear();
		this.#chat = undefined;
		this.#transport.close();
	}

	async #openChat(): Promise<void> {
		if (this.#withChat) {
			this.#chat = await this.#transport.produceData({ label: 'chat', ordered: true });
		}
	}
}
