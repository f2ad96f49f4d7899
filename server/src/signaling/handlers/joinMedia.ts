import { dtlsParametersFromProto, skylark } from '../../../../protos/index.js';
import type { Peer } from '../../rooms/Peer.js';
import type { Room } from '../../rooms/Room.js';
import { validatedCapabilities } from '../capabilitiesCache.js';
import type { RequestBody, SignalingPolicy } from '../RequestContext.js';
import { createConsumer } from './consumers.js';
import { createDataConsumer } from './dataChannels.js';
import { openTransport } from './transports.js';

import Direction = skylark.v1.Direction;
import pb = skylark.v1;

type JoinMedia = Pick<pb.JoinResponse.$Properties, 'transports' | 'consumers' | 'dataConsumers'>;

/**
 * What a one-round-trip join sets up besides the peer (see JoinRequest):
 * the client's capabilities, the transports it asked for that its grants
 * allow (connected already when the client sent its DTLS parameters), consumers of every data channel of `others` and, with `subscribe`,
 * of every track. A track
 * that cannot be consumed (no codec in common, a limit) is left out: the
 * client sees it in the peer list and subscribes to it itself, getting the
 * error there.
 */
export async function setUpJoinMedia(
	room: Room,
	peer: Peer,
	others: pb.PeerInfo.$Properties[],
	body: RequestBody<'join'>,
	policy: SignalingPolicy
): Promise<JoinMedia> {
	if (!body.rtpCapabilities) {
		return {};
	}

	// Validated once per distinct encoding (clients of one browser build send the same bytes).
	peer.rtpCapabilities = validatedCapabilities(body.rtpCapabilities, 'rtpCapabilities');
	peer.dataChannels = body.dataChannels === true;

	// Checked before anything is made: bad parameters refuse the join whole.
	const clientDtls = body.dtlsParameters
		? dtlsParametersFromProto(body.dtlsParameters, 'dtlsParameters')
		: undefined;
	const wanted = new Set(body.transports ?? []);
	const directions = [
		...(wanted.has(Direction.SEND) && peer.canProduce ? [Direction.SEND] : []),
		...(wanted.has(Direction.RECV) && peer.grants.canSubscribe ? [Direction.RECV] : []),
	];
	const transports = await Promise.all(directions.map((d) => openTransport(peer, d, policy, clientDtls)));

	if (!peer.recvTransport) {
		return { transports };
	}

	// Unpaused: the receive transport is new, so nothing flows before the client has these set up.
	const consumers = body.subscribe
		? await settled(
				peer,
				others.flatMap((o) => o.producers ?? []).map((p) => p.producerId ?? ''),
				policy,
				(id) => createConsumer(room, peer, id, { paused: false, policy })
			)
		: [];
	// The room's data channels (its chat) are everyone's, subscribing to media or not.
	const dataConsumers = peer.recvTransport.sctpParameters
		? await settled(
				peer,
				others.flatMap((o) => o.dataProducers ?? []).map((d) => d.dataProducerId ?? ''),
				policy,
				(id) => createDataConsumer(room, peer, id, policy)
			)
		: [];

	return { transports, consumers, dataConsumers };
}

/**
 * Creates one consumer per id at once (each is a worker round trip), within
 * what the peer's consumer limit leaves; those that fail are logged and left out.
 */
async function settled<T>(
	peer: Peer,
	ids: string[],
	policy: SignalingPolicy,
	create: (id: string) => Promise<T>
): Promise<T[]> {
	const room = policy.maxConsumersPerPeer - peer.consumers.size - peer.dataConsumers.size;
	const results = await Promise.allSettled(ids.slice(0, Math.max(0, room)).map(create));

	return results.flatMap((result, i) => {
		if (result.status === 'fulfilled') {
			return [result.value];
		}

		peer.logger.info('join left a track for the client to subscribe to', {
			id: ids[i],
			reason: result.reason instanceof Error ? result.reason.message : String(result.reason),
		});

		return [];
	});
}
