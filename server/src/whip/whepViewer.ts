import type { types } from 'mediasoup';
import type { AccessClaims } from '../auth/accessTokens.js';
import type { Peer, ProducerAppData } from '../rooms/Peer.js';
import type { Room } from '../rooms/Room.js';
import type { RoomRouter } from '../rooms/RoomRouters.js';
import type { ViewerRouter } from './PayloadTypeRouters.js';
import { HttpProblem } from './problems.js';
import type { MediaSide } from './sdp/answer.js';
import type { OfferMedia, ParsedOffer } from './sdp/offer.js';
import { WhepEvents } from './WhepEvents.js';

/** How long a viewer is told to wait before asking again for a publisher that is not there. */
export const NOT_PUBLISHED_RETRY_SECONDS = 2;

/**
 * The publisher a WHEP viewer watches: the one named (by identity, display
 * name or peer id), or else the room's presenter, the first peer that
 * publishes video (or audio, in a room without video).
 */
export function findPublisher(room: Room, name?: string): Peer | undefined {
	const peers = [...room.peers.values()].filter((p) => p.producers.size > 0);

	if (name !== undefined) {
		return peers.find((p) => p.identity === name || p.displayName === name || p.id === name);
	}

	const hasVideo = (p: Peer) => [...p.producers.values()].some((producer) => producer.kind === 'video');

	return peers.find((p) => p.role === 'presenter' && hasVideo(p)) ?? peers.find(hasVideo) ?? peers[0];
}

/** One m-line of a WHEP session and the track it carries now. */
export interface MediaLine {
	/** Its index in the SDP: the extensions' mediaId. */
	mline: string;
	mid: string;
	kind: string;
	/** The viewer's section, when the viewer offered. */
	media?: OfferMedia;
	consumer?: types.Consumer;
}

/** A viewer's consumer of `producer` for `line`, through its router; undefined when the codecs do not meet. */
export async function consumeFor(
	through: ViewerRouter,
	viewer: Peer,
	publisher: Peer,
	producer: types.Producer<ProducerAppData>,
	line: MediaLine
): Promise<types.Consumer | undefined> {
	const rtpCapabilities = through.capabilitiesFor(line.media);
	const { producerId, release } = await through.pipe(producer.id, publisher.router);

	if (!through.router.canConsume({ producerId, rtpCapabilities })) {
		release();

		return undefined;
	}

	const consumer = await viewer.recvTransport!.consume({
		producerId,
		rtpCapabilities,
		// The section's own mid in the RTP: mediasoup would otherwise number consumers "0", "1", ...
		mid: line.mid,
		paused: true,
		// The consumer's producerId is the pipe's; the publisher's own is kept for layer lookups.
		appData: { peerId: viewer.id, producerPeerId: publisher.id, sourceProducerId: producer.id },
	});

	viewer.addConsumer(consumer, release);

	return consumer;
}

/**
 * Consuming on the viewer's own room router, numbered as Skylark numbers
 * codecs: for the server's offer (406), which the client answers in its numbers.
 */
export function roomRouterPath(room: Room, at: RoomRouter): ViewerRouter {
	return {
		router: at.router,
		capabilitiesFor: () => at.router.rtpCapabilities,
		pipe: async (producerId, from) => ({
			producerId,
			release: await room.routers.useProducerOn(producerId, from, at),
		}),
		release: () => undefined,
	};
}

/** The transport's side of the session SDP. */
export function transportSide(transport: types.WebRtcTransport) {
	return {
		iceParameters: transport.iceParameters,
		iceCandidates: transport.iceCandidates,
		dtlsParameters: transport.dtlsParameters,
	};
}

/** The 409 (with Retry-After) of a viewer who came before the publisher: it may ask again. */
export function notPublishedYet(detail: string): HttpProblem {
	return new HttpProblem(409, 'Nothing published yet', detail, {
		'Retry-After': String(NOT_PUBLISHED_RETRY_SECONDS),
	});
}

/** The publisher a viewer asks for, or the 409 when nobody (or not that one) publishes. */
export function publisherOrConflict(room: Room, name?: string): Peer {
	const publisher = findPublisher(room, name);

	if (!publisher) {
		throw notPublishedYet(
			name === undefined
				? `nobody publishes in room "${room.id}" yet`
				: `"${name}" publishes nothing in room "${room.id}" (yet)`
		);
	}

	return publisher;
}

/** The peers receiving any of `publisher`'s tracks: WHEP viewers and SDK participants alike. */
export function viewersOf(room: Room, publisher: Peer): number {
	return [...room.peers.values()].filter((peer) =>
		[...peer.consumers.values()].some((c) => c.appData.producerPeerId === publisher.id)
	).length;
}

/** The viewer peer of a WHEP session, whose channel is the session's event stream. */
export function addViewer(
	room: Room,
	claims: AccessClaims,
	router: RoomRouter
): { peer: Peer; events: WhepEvents } {
	const events = new WhepEvents();
	const peer = room.addPeer({
		displayName: claims.name ?? claims.identity,
		identity: claims.identity,
		role: 'viewer',
		grants: { ...claims.grants, canPublish: false, canPublishData: false },
		channel: events,
		router,
	});

	return { peer, events };
}

/** A sendonly section for one consumer: its codecs, header extensions and SSRCs. */
export function viewerSide(
	mid: string,
	consumer: types.Consumer,
	publisher: Peer,
	offered?: ParsedOffer['media'][number]
): MediaSide {
	const encoding = consumer.rtpParameters.encodings?.[0];

	return {
		mid,
		kind: consumer.kind,
		direction: 'sendonly',
		codecs: consumer.rtpParameters.codecs,
		extensions: (consumer.rtpParameters.headerExtensions ?? []).map((h) => ({ id: h.id, uri: h.uri })),
		send: {
			ssrc: encoding!.ssrc!,
			rtxSsrc: encoding?.rtx?.ssrc,
			cname: consumer.rtpParameters.rtcp?.cname ?? publisher.id,
			streamId: publisher.id,
			trackId: consumer.id,
		},
		reducedSize: offered?.reducedSize ?? true,
		rtcpMuxOnly: offered?.rtcpMuxOnly ?? true,
	};
}
