import type { types as msc } from 'mediasoup-client';
import { required, rtpCapabilitiesToProto, skylark } from '../../protos/index.js';
import type { DtlsIdentity } from './dtlsIdentity.js';
import type { JoinGrants } from './options.js';
import type { RemoteMedia } from './RemoteMedia.js';
import type { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';

import pb = skylark.v1;

/** A join follows at most this many redirects (a room that keeps moving is not chased forever). */
const MAX_REDIRECTS = 3;

/**
 * Sends the join to the node that hosts the room, following a cluster's
 * redirects (each with its ticket), and returns the response.
 */
export async function requestJoin(
	signaling: SignalingChannel,
	request: pb.JoinRequest.$Properties
): Promise<pb.JoinResponse.$Properties> {
	let response = await signaling.request('join', request);

	for (let hops = 0; response.redirect; hops++) {
		if (hops === MAX_REDIRECTS) {
			throw new SkylarkError(
				'UNAVAILABLE',
				`room ${request.roomId} keeps moving between nodes`,
				'join'
			);
		}

		const { url, ticket } = response.redirect;

		await signaling.moveTo(required(url, 'redirect.url'));
		response = await signaling.request('join', { ...request, ticket: ticket ?? '' });
	}

	return required(response.join, 'join');
}

/** What a join in one round trip asks for besides the peer (see JoinRequest): everything it can. */
export function oneTripRequest(
	device: msc.Device,
	subscribe: boolean,
	identity: DtlsIdentity | undefined
): Partial<pb.JoinRequest.$Properties> {
	return {
		rtpCapabilities: rtpCapabilitiesToProto(device.rtpCapabilities),
		dataChannels: true,
		transports: [pb.Direction.SEND, pb.Direction.RECV],
		subscribe,
		...(identity ? { dtlsParameters: identity.parameters } : {}),
	};
}

/** What the token's grants and the role given let this peer do (a viewer publishes nothing). */
export function grantsOf(info: pb.JoinResponse.$Properties): JoinGrants {
	return {
		canPublish: info.grants?.canPublish === true && info.role !== pb.Role.VIEWER,
		canSubscribe: info.grants?.canSubscribe === true,
		canPublishData: info.grants?.canPublishData === true && info.role !== pb.Role.VIEWER,
	};
}

/**
 * Receives what is in the room: the consumers a one-round-trip join made,
 * or (the longer way) the data channels of `info.peers` one request each;
 * then, with autoSubscribe, every track not received yet.
 */
export async function receiveRoom(
	remote: RemoteMedia,
	info: pb.JoinResponse.$Properties,
	options: {
		oneTrip: boolean;
		autoSubscribe: boolean;
		subscribe(peerId: string, producerId: string): Promise<void>;
	}
): Promise<void> {
	if (options.oneTrip) {
		await Promise.all([
			remote.receiveJoined(info.consumers ?? []),
			remote.receiveJoinedData(info.peers ?? [], info.dataConsumers ?? []),
		]);
	} else {
		for (const peer of info.peers ?? []) {
			await remote.consumeData(peer.peerId ?? '', peer.dataProducers ?? []);
		}
	}

	if (!options.autoSubscribe) {
		return;
	}

	for (const peer of remote.peers.values()) {
		for (const track of peer.tracks.values()) {
			if (![...remote.tracks.values()].some((t) => t.producerId === track.producerId)) {
				await options.subscribe(peer.id, track.producerId);
			}
		}
	}
}
