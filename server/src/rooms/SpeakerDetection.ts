import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { Peer, ProducerAppData } from './Peer.js';
import type { RoomRouters } from './RoomRouters.js';

/**
 * A room's dominant-speaker detection: one ActiveSpeakerObserver on the
 * room's home router, fed every audio producer (piped there from the other
 * routers). When the home router's worker dies, `rehome` starts over on the
 * replacement with the audio that is still published.
 */
export class SpeakerDetection extends mediasoup.extras.EnhancedEventEmitter<{
	/** Someone else became the dominant speaker. */
	speaker: [peerId: string, producerId: string];
}> {
	readonly #routers: RoomRouters;
	readonly #intervalMs: number;
	#observer: types.ActiveSpeakerObserver;

	static async create(routers: RoomRouters, intervalMs: number): Promise<SpeakerDetection> {
		return new SpeakerDetection(routers, intervalMs, await observerOn(routers, intervalMs));
	}

	private constructor(routers: RoomRouters, intervalMs: number, observer: types.ActiveSpeakerObserver) {
		super();
		this.#routers = routers;
		this.#intervalMs = intervalMs;
		this.#observer = this.#listen(observer);
	}

	/** Adds a peer's audio producer (piped to the home router when it lives elsewhere). */
	async observe(peer: Peer, producer: types.Producer<ProducerAppData>): Promise<void> {
		const release = await this.#routers.useProducerOn(producer.id, peer.router, this.#routers.home);

		producer.observer.once('close', release);
		await this.#observer.addProducer({ producerId: producer.id });
	}

	/** The home router was replaced (its worker died): a new observer there, fed the audio still published. */
	async rehome(peers: Iterable<Peer>): Promise<void> {
		this.#observer = this.#listen(await observerOn(this.#routers, this.#intervalMs));

		for (const peer of peers) {
			for (const producer of peer.producers.values()) {
				if (producer.kind === 'audio') {
					await this.observe(peer, producer);
				}
			}
		}
	}

	#listen(observer: types.ActiveSpeakerObserver): types.ActiveSpeakerObserver {
		observer.on('dominantspeaker', ({ producer }) => {
			this.safeEmit('speaker', (producer.appData as ProducerAppData).peerId, producer.id);
		});

		return observer;
	}
}

function observerOn(routers: RoomRouters, intervalMs: number): Promise<types.ActiveSpeakerObserver> {
	return routers.home.router.createActiveSpeakerObserver({ interval: intervalMs });
}
