import type { types } from 'mediasoup';
import type { skylark } from '../../../protos/index.js';
import type { AccessClaims } from '../auth/accessTokens.js';
import { setTimeout as wait } from 'node:timers/promises';
import { keyFrameRequestDelay } from '../media/keyFrameTiming.js';
import type { Peer } from '../rooms/Peer.js';
import { createWebRtcTransport } from '../rooms/peerTransports.js';
import type { Room } from '../rooms/Room.js';
import { HttpSession, openTransport } from './HttpSession.js';
import type { PayloadTypeRouters, ViewerRouter } from './PayloadTypeRouters.js';
import { HttpProblem } from './problems.js';
import { rejectedSide, writeSdp, type MediaSide } from './sdp/answer.js';
import type { ParsedOffer } from './sdp/offer.js';
import type { WhepEvents } from './WhepEvents.js';
import { layersEvent, preferredLayers, sourceProducer, type LayerRequest } from './whepLayers.js';
import {
	addViewer,
	consumeFor,
	findPublisher,
	publisherOrConflict,
	roomRouterPath,
	transportSide,
	viewerSide,
	viewersOf,
	type MediaLine,
} from './whepViewer.js';

/** How long a server offer waits for the client's answer (the WHEP draft's default). */
const OFFER_VALID_MS = 30_000;

interface SessionInit {
	sdp: string;
	firstMid: string;
	clientUfrag: string;
	publisher: Peer;
	/** Who the viewer asked for (undefined: the room's presenter, whoever that is). */
	wanted?: string;
	lines: MediaLine[];
	through: ViewerRouter;
	events: WhepEvents;
}

/**
 * A WHEP viewer: a viewer of the room (as an SDK viewer would be) that gets
 * one publisher's audio and video over one WebRTC transport. Its consumers
 * start paused and are resumed, with a keyframe, once DTLS is up. Events
 * (active, inactive, layers, reconnect, viewercount) go to its
 * server-sent-events stream. When the publisher leaves and comes back (an
 * encoder restarting, a new presenter), its new tracks go to the same
 * m-lines: a player keeps playing without a new session.
 */
export class WhepSession extends HttpSession {
	/** The SDP Skylark sent: the answer to the client's offer, or its own offer (406). */
	readonly sdp: string;
	readonly events: WhepEvents;
	readonly #lines: MediaLine[];
	readonly #through: ViewerRouter;
	readonly #wanted?: string;
	#publisher: Peer;
	#answerDeadline?: NodeJS.Timeout;
	#flowing = false;
	/** New tracks are taken one after the other: two at once could both claim one m-line. */
	#following: Promise<void> = Promise.resolve();

	private constructor(room: Room, peer: Peer, transport: types.WebRtcTransport, init: SessionInit) {
		super('whep', room, peer, transport, init.firstMid, init.clientUfrag);
		this.sdp = init.sdp;
		this.events = init.events;
		this.#lines = init.lines;
		this.#through = init.through;
		this.#wanted = init.wanted;
		this.#publisher = init.publisher;
		this.events.bind({
			publisherId: () => this.#publisher.id,
			viewerCount: () => viewersOf(room, this.#publisher),
			layers: () => layersEvent(this.consumers, this.#publisher),
			onNewProducer: (event) => {
				const taken = this.#following.then(() => this.#follow(event));

				this.#following = taken.then(() => undefined);

				return taken;
			},
		});
		peer.onClose(() => this.events.close());
		transport.on('dtlsstatechange', (state) => {
			if (state === 'connected') {
				this.#flowing = true;
				void Promise.all(this.#lines.map((line) => line.consumer && this.#resume(line.consumer)));
			}
		});
	}

	static async open(
		room: Room,
		claims: AccessClaims,
		offer: ParsedOffer,
		options: { publisher?: string; maxDataMessageBytes: number; numbering: PayloadTypeRouters }
	): Promise<WhepSession> {
		const publisher = publisherOrConflict(room, options.publisher);
		const home = await room.routers.placeNewPeer();
		const sent = [...publisher.producers.values()].map((p) => p.rtpParameters.codecs[0]);
		const through = await options.numbering.acquire(room.id, home, offer.media, sent);
		const { peer, events } = addViewer(room, claims, home);

		peer.onClose(through.release);

		try {
			const { transport, setup } = await openTransport(
				peer,
				offer,
				'recv',
				options.maxDataMessageBytes,
				through.router
			);
			const lines: MediaLine[] = [];
			const sides: MediaSide[] = [];

			for (const media of offer.media) {
				const receives = media.direction === 'recvonly' || media.direction === 'sendrecv';
				const producer = [...publisher.producers.values()].find(
					(p) =>
						p.kind === media.kind &&
						!lines.some((l) => l.consumer?.appData.sourceProducerId === p.id)
				);
				const line: MediaLine = {
					mline: String(media.index),
					mid: media.mid,
					kind: media.kind,
					media,
				};

				line.consumer =
					producer && receives
						? await consumeFor(through, peer, publisher, producer, line)
						: undefined;

				if (line.consumer) {
					lines.push(line);
					sides.push(viewerSide(line.mid, line.consumer, publisher, media));
				} else {
					sides.push(rejectedSide(media));
				}
			}

			if (lines.length === 0) {
				throw new HttpProblem(
					422,
					'Offer not accepted',
					'no section of the offer can receive what the publisher sends (no receiving audio or video section with a codec in common)'
				);
			}

			return new WhepSession(room, peer, transport, {
				sdp: writeSdp(sides, transportSide(transport), {
					extmapAllowMixed: offer.extmapAllowMixed,
					setup,
				}),
				firstMid: lines[0].mid,
				clientUfrag: offer.iceUfrag,
				publisher,
				wanted: options.publisher,
				lines,
				through,
				events,
			});
		} catch (error) {
			room.removePeer(peer, 'whep-refused');
			throw error;
		}
	}

	/**
	 * The server offers (WHEP's 406 counter-offer): one sendonly section per
	 * track of the publisher, numbered as Skylark's routers number them. The
	 * client answers with PATCH (application/sdp) within OFFER_VALID_MS;
	 * media starts once DTLS is up.
	 */
	static async counterOffer(
		room: Room,
		claims: AccessClaims,
		options: { publisher?: string; maxDataMessageBytes: number }
	): Promise<WhepSession> {
		const publisher = publisherOrConflict(room, options.publisher);
		const home = await room.routers.placeNewPeer();
		const through = roomRouterPath(room, home);
		const { peer, events } = addViewer(room, claims, home);

		try {
			const transport = await createWebRtcTransport(peer, 'recv', options.maxDataMessageBytes);
			const lines: MediaLine[] = [];

			peer.recvTransport = transport;

			for (const producer of publisher.producers.values()) {
				const line: MediaLine = {
					mline: String(lines.length),
					mid: String(lines.length),
					kind: producer.kind,
				};

				line.consumer = await consumeFor(through, peer, publisher, producer, line);

				if (line.consumer) {
					lines.push(line);
				}
			}

			const sides = lines.map((line) => viewerSide(line.mid, line.consumer!, publisher));
			const session = new WhepSession(room, peer, transport, {
				sdp: writeSdp(sides, transportSide(transport), { extmapAllowMixed: true, setup: 'actpass' }),
				firstMid: '0',
				clientUfrag: '',
				publisher,
				wanted: options.publisher,
				lines,
				through,
				events,
			});

			session.#answerDeadline = setTimeout(() => session.close('whep-offer-expired'), OFFER_VALID_MS);
			peer.onClose(() => clearTimeout(session.#answerDeadline));

			return session;
		} catch (error) {
			room.removePeer(peer, 'whep-refused');
			throw error;
		}
	}

	/** The live consumers, by the index of the m-line each answers (the extensions' mediaId). */
	get consumers(): Map<string, types.Consumer> {
		return new Map(
			this.#lines.flatMap((line) =>
				line.consumer && !line.consumer.closed ? [[line.mline, line.consumer] as const] : []
			)
		);
	}

	get publisher(): Peer {
		return this.#publisher;
	}

	override get awaitingAnswer(): boolean {
		return this.#answerDeadline !== undefined;
	}

	/** The client's answer to the server offer: DTLS connects with its fingerprint, then media starts. */
	async acceptAnswer(answer: ParsedOffer): Promise<void> {
		const accepted = new Set(answer.media.filter((m) => m.direction !== 'inactive').map((m) => m.mid));

		if (!this.#lines.some((line) => accepted.has(line.mid))) {
			throw new HttpProblem(
				422,
				'Answer not accepted',
				'the answer accepts none of the offered sections'
			);
		}

		clearTimeout(this.#answerDeadline);
		this.#answerDeadline = undefined;
		this.clientUfrag = answer.iceUfrag;
		await this.transport.connect({
			dtlsParameters: {
				// The answerer picks: active (the usual) makes it the DTLS client.
				role: answer.setup === 'passive' ? 'server' : 'client',
				fingerprints: answer.fingerprints,
			},
		});
	}

	/**
	 * The layer-selection extension: the viewer's video (the m-line `mediaId`,
	 * or the first with layers) prefers the layers asked for; a request with
	 * no constraint returns to the top layer, mediasoup's automatic choice.
	 */
	async selectLayer(request: LayerRequest): Promise<{ spatialLayer: number; temporalLayer: number }> {
		const [, consumer] =
			[...this.consumers].find(
				([mline, c]) =>
					(request.mediaId === undefined || request.mediaId === mline) &&
					(c.type === 'simulcast' || c.type === 'svc')
			) ?? [];
		const producer = consumer && sourceProducer(consumer, this.#publisher);

		if (!consumer || !producer) {
			throw new HttpProblem(
				400,
				'Bad Request',
				request.mediaId === undefined
					? 'the publisher sends no simulcast or SVC layers'
					: `m-line ${request.mediaId} has no simulcast or SVC layers`
			);
		}

		const layers = preferredLayers(request, producer);

		await consumer.setPreferredLayers(layers);

		return layers;
	}

	/**
	 * A track published in the room: if it comes from the publisher this
	 * viewer watches (the one named, or the room's presenter now) and an
	 * m-line of its kind has lost its track, it goes there.
	 */
	async #follow(event: skylark.v1.INewProducer): Promise<boolean> {
		const publisher = this.room.peers.get(event.peerId ?? '');
		const producer = publisher?.producers.get(event.producer?.producerId ?? '');
		const line = this.#lines.find((l) => l.kind === producer?.kind && (!l.consumer || l.consumer.closed));

		if (!publisher || !producer || !line || findPublisher(this.room, this.#wanted) !== publisher) {
			return false;
		}

		this.#publisher = publisher;
		line.consumer = await consumeFor(this.#through, this.peer, publisher, producer, line).catch(
			() => undefined
		);

		if (line.consumer && this.#flowing) {
			await this.#resume(line.consumer);
		}

		return line.consumer !== undefined;
	}

	async #resume(consumer: types.Consumer): Promise<void> {
		try {
			// Resuming asks the publisher for a keyframe: at a moment its encoder will serve it.
			const delay = keyFrameRequestDelay(sourceProducer(consumer, this.#publisher));

			if (delay > 0) {
				await wait(delay);
			}

			await consumer.resume();
		} catch {
			// Closed meanwhile (its publisher left): #follow gives the m-line its next track.
		}
	}
}
