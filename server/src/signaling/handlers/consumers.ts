import type { types } from 'mediasoup';
import { required, rtpParametersToProto } from '../../../../protos/index.js';
import { setTimeout as wait } from 'node:timers/promises';
import { keyFrameRequestDelay } from '../../media/keyFrameTiming.js';
import type { Peer } from '../../rooms/Peer.js';
import type { Room } from '../../rooms/Room.js';
import { joined, OK, type Handler, type SignalingPolicy } from '../RequestContext.js';
import {
	forbidden,
	invalidState,
	limitExceeded,
	notFound,
	SignalingError,
	withClientInput,
} from '../SignalingError.js';
import { skylark } from '../../../../protos/index.js';

/**
 * Consumers start paused: the client resumes them once its side is ready, so
 * the keyframe requested on resume is not lost before it can be decoded.
 */
export const consume: Handler<'consume'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);
	const producerId = required(body.producerId, 'producerId');

	if (!body.duplicate && [...peer.consumers.values()].some((c) => c.producerId === producerId)) {
		throw limitExceeded(`already consuming producer ${producerId} (set duplicate to consume it again)`);
	}

	return { consumer: await createConsumer(room, peer, producerId, { paused: true, policy: ctx.policy }) };
};

/**
 * A consumer of `producerId` on the peer's receive transport, after every
 * check a client's consume gets. `paused: false` only where nothing can flow
 * before the client has set it up (a transport not connected yet).
 */
export async function createConsumer(
	room: Room,
	peer: Peer,
	producerId: string,
	options: { paused: boolean; policy: SignalingPolicy }
): Promise<skylark.v1.ConsumerInfo.$Properties> {
	if (!peer.grants.canSubscribe) {
		throw forbidden('the access token may not subscribe');
	}

	if (!peer.rtpCapabilities) {
		throw invalidState('send setCapabilities before consuming');
	}

	if (!peer.recvTransport || peer.recvTransport.closed) {
		throw invalidState('create a receive transport before consuming');
	}

	checkConsumerLimits(peer, options.policy.maxConsumersPerPeer);

	const recvTransport = peer.recvTransport;
	const rtpCapabilities = peer.rtpCapabilities;
	// On an edge node, the origin's producer is piped here first (once per producer per node).
	const found = await withClientInput('consume', () => room.acquireProducer(producerId));
	let release = found.release;
	let consumer: types.Consumer;

	try {
		if (!found.owner.router.router.canConsume({ producerId, rtpCapabilities })) {
			throw new SignalingError(
				skylark.v1.ErrorCode.UNSUPPORTED,
				`no codec in common with producer ${producerId} (${found.producer.rtpParameters.codecs[0]?.mimeType})`
			);
		}

		// A producer on another of the room's routers is piped to this peer's router first.
		const local = await room.routers.useProducerOn(producerId, found.owner.router, peer.router);

		release = () => {
			local();
			found.release();
		};
		consumer = await withClientInput('consume', () =>
			recvTransport.consume({
				producerId,
				rtpCapabilities,
				paused: options.paused,
				appData: { peerId: peer.id, producerPeerId: found.owner.id },
			})
		);
	} catch (error) {
		release();
		throw error;
	}

	peer.addConsumer(consumer, release);

	return {
		consumerId: consumer.id,
		producerId,
		peerId: found.owner.id,
		kind: consumer.kind,
		rtpParameters: rtpParametersToProto(consumer.rtpParameters),
		type: consumer.type,
		producerPaused: consumer.producerPaused,
		source: found.producer.appData.source,
	};
}

/**
 * One subscriber must not be able to multiply what the server sends: media and
 * data consumers together are capped per peer (MAX_CONSUMERS_PER_PEER).
 */
export function checkConsumerLimits(peer: Peer, maxConsumersPerPeer: number): void {
	if (peer.consumers.size + peer.dataConsumers.size >= maxConsumersPerPeer) {
		throw limitExceeded(`a peer may hold at most ${maxConsumersPerPeer} consumers (media and data)`);
	}
}

function ownConsumer(peer: Peer, consumerId: string | null | undefined): types.Consumer {
	const consumer = peer.consumers.get(required(consumerId, 'consumerId'));

	if (!consumer) {
		throw notFound(`consumer ${consumerId} not found among this peer's consumers`);
	}

	return consumer;
}

export const resumeConsumer: Handler<'resumeConsumer'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);
	const consumer = ownConsumer(peer, body.consumerId);
	const source = room.findProducer(consumer.producerId)?.producer;

	// Resuming asks the publisher for a keyframe: at a moment its encoder will serve it.
	const delay = keyFrameRequestDelay(source);

	if (delay > 0) {
		await wait(delay);
	}

	// The consumer may close under the call (its producer went away): NOT_FOUND, not an internal error.
	await withClientInput('resume consumer', () => consumer.resume());

	return OK;
};

export const pauseConsumer: Handler<'pauseConsumer'> = async (ctx, body) => {
	const consumer = ownConsumer(joined(ctx).peer, body.consumerId);

	await withClientInput('pause consumer', () => consumer.pause());

	return OK;
};

export const setPreferredLayers: Handler<'setPreferredLayers'> = async (ctx, body) => {
	const { room, peer } = joined(ctx);
	const consumer = ownConsumer(peer, body.consumerId);

	await withClientInput('set preferred layers', () =>
		consumer.setPreferredLayers({
			spatialLayer: body.spatialLayer ?? 0,
			temporalLayer: body.temporalLayer ?? undefined,
		})
	);
	// The publisher may send fewer (or must send more) layers now.
	room.dynacast.refresh(consumer.producerId);

	return OK;
};
