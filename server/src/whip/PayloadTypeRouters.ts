import type { types } from 'mediasoup';
import { mediaCodecs } from '../media/mediaCodecs.js';
import { PipeRegistry } from '../rooms/PipeRegistry.js';
import type { RoomRouter } from '../rooms/RoomRouters.js';
import { viewerCapabilities } from './sdp/mediasoupParams.js';
import type { OfferCodec, OfferMedia } from './sdp/offer.js';

const lower = (s: string) => s.toLowerCase();

/**
 * Whether an offered codec is this router codec. The parameters that tell
 * codecs apart are compared: H264's profile (not its level) and
 * packetization mode, VP9's profile.
 */
function sameCodec(offered: OfferCodec, codec: types.RouterRtpCodecCapability): boolean {
	if (lower(offered.mimeType) !== lower(codec.mimeType) || offered.clockRate !== codec.clockRate) {
		return false;
	}

	const mine = codec.parameters ?? {};
	const theirs = offered.parameters;

	switch (lower(codec.mimeType)) {
		case 'video/h264':
			return (
				Number(theirs['packetization-mode'] ?? 0) === Number(mine['packetization-mode'] ?? 0) &&
				lower(String(theirs['profile-level-id'] ?? '42e01f')).slice(0, 4) ===
					lower(String(mine['profile-level-id'])).slice(0, 4)
			);
		case 'video/vp9':
			return Number(theirs['profile-id'] ?? 0) === Number(mine['profile-id'] ?? 0);
		default:
			return true;
	}
}

/** One numbering of payload types: a router that sends with it, and the producers piped into it. */
interface Layout {
	router: types.Router;
	viewers: number;
}

/** What a WHEP viewer consumes through. */
export interface ViewerRouter {
	router: types.Router;
	/** The viewer's receive capabilities for one section (the router's own when the server offered). */
	capabilitiesFor(media?: OfferMedia): types.RtpCapabilities;
	/** Pipes a producer of the room (on `from`) into this router: its id there, and the release. */
	pipe(producerId: string, from: RoomRouter): Promise<{ producerId: string; release: () => void }>;
	/** The viewer is gone: the router closes with its last viewer. */
	release(): void;
}

/**
 * Browsers drop RTP whose payload type their offer did not give, and a
 * mediasoup consumer sends with its router's payload types. So a WHEP viewer
 * whose offer numbers the codecs differently from Skylark's routers (every
 * browser's does) is served from a router of its own numbering on the same
 * worker, with the publisher's producers piped in. Viewers of a room whose
 * offers number alike (all Chromium viewers, say) share one router per
 * worker. RTX is used only where the router gives it the offer's number;
 * otherwise NACK is answered by resending the packet itself.
 */
export class PayloadTypeRouters {
	readonly #layouts = new Map<string, Promise<Layout>>();
	readonly #pipes = new PipeRegistry();
	/** The id each pipe's producer has on its router. */
	readonly #pipedIds = new Map<string, string>();

	/**
	 * A router on `at`'s worker that numbers the codecs the publisher sends
	 * (`sent`, its producers' codecs) as the viewer's `offer` does.
	 */
	async acquire(
		roomId: string,
		at: RoomRouter,
		offer: OfferMedia[],
		sent: types.RtpCodecParameters[]
	): Promise<ViewerRouter> {
		const numbering = this.#numbering(offer, sent);
		const key = `${roomId}|${at.worker.worker.pid}|${numbering.map((c) => `${c.mimeType}/${JSON.stringify(c.parameters)}=${c.preferredPayloadType}`).join(',')}`;
		let pending = this.#layouts.get(key);

		if (!pending) {
			pending = at.worker.worker
				.createRouter({ mediaCodecs: numbering, appData: { roomId, whepNumbering: true } })
				.then((router) => {
					router.observer.once('close', () => this.#layouts.delete(key));

					return { router, viewers: 0 };
				});
			pending.catch(() => this.#layouts.delete(key));
			this.#layouts.set(key, pending);
		}

		const layout = await pending;

		layout.viewers++;

		let released = false;

		return {
			router: layout.router,
			capabilitiesFor: (media) =>
				media
					? viewerCapabilities(media, layout.router.rtpCapabilities)
					: layout.router.rtpCapabilities,
			pipe: async (producerId, from) => {
				const key = `${producerId}>${layout.router.id}`;
				// A new id: the producer's own already exists on this worker (in the room's router).
				const release = await this.#pipes.acquire(key, async () => {
					const { pipeProducer } = await from.router.pipeToRouter({
						producerId,
						router: layout.router,
						keepId: false,
					});

					this.#pipedIds.set(key, pipeProducer!.id);
					pipeProducer!.observer.once('close', () => this.#pipedIds.delete(key));

					return pipeProducer!;
				});

				return { producerId: this.#pipedIds.get(key)!, release };
			},
			release: () => {
				if (!released) {
					released = true;

					if (--layout.viewers === 0) {
						layout.router.close();
					}
				}
			},
		};
	}

	/**
	 * The router codecs of what the publisher sends, each with the payload
	 * type the offer gives it. Only those: every codec more would be given an
	 * RTX number by mediasoup, which could take a number the offer uses for
	 * another codec. Audio comes first, so its number is taken before any
	 * video RTX is numbered.
	 */
	#numbering(offer: OfferMedia[], sent: types.RtpCodecParameters[]): types.RouterRtpCodecCapability[] {
		const used = new Set<number>();
		const numbering: types.RouterRtpCodecCapability[] = [];
		const publisherSends = (codec: types.RouterRtpCodecCapability) =>
			sent.some((s) =>
				sameCodec(
					{ ...s, parameters: (s.parameters ?? {}) as OfferCodec['parameters'], rtcpFeedback: [] },
					codec
				)
			);

		for (const codec of mediaCodecs.filter(publisherSends)) {
			const offered = offer
				.filter((m) => m.kind === codec.kind)
				.flatMap((m) => m.codecs)
				.find((c) => sameCodec(c, codec));

			if (offered && !used.has(offered.payloadType)) {
				used.add(offered.payloadType);
				numbering.push({ ...codec, preferredPayloadType: offered.payloadType });
			}
		}

		return numbering;
	}
}
