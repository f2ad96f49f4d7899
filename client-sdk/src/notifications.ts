import { skylark } from '../../protos/index.js';
import type { EmitEvent } from './events.js';
import type { ConnectionQuality, LocalPublication } from './models.js';
import type { RemoteMedia } from './RemoteMedia.js';

import pb = skylark.v1;

/** What the client's notification handling may read and do. */
export interface NotificationContext {
	readonly remote: RemoteMedia;
	readonly peerId?: string;
	readonly autoSubscribe: boolean;
	/** This client's publications, by producer id. */
	readonly publications: ReadonlyMap<string, LocalPublication>;
	readonly emit: EmitEvent;
	subscribe(peerId: string, producerId: string): Promise<void>;
	/** The room is gone for this client. */
	closeRoom(reason: string): void;
	/** The worker carrying this client's media died: publish and subscribe again. */
	rebuildMedia(reason: string): Promise<void>;
	/** The room goes on on another node: join it again through the entry URL. */
	moveRoom(reason: string): Promise<void>;
	applyIceServers(servers: pb.IceServer.$Properties[] | null | undefined): Promise<void>;
}

/** Applies one server notification to the client's view of the room. */
export async function applyNotification(
	notification: pb.Notification,
	ctx: NotificationContext
): Promise<void> {
	const { remote } = ctx;

	switch (notification.event) {
		case 'peerJoined': {
			// A peer that publishes already (a publisher seen by a viewer on an edge node that has just
			// linked to the room's new origin) comes with its tracks: take them as if announced now.
			const { producers, dataProducers, ...peer } = notification.peerJoined!.peer as pb.PeerInfo;
			const joined = remote.addPeer(peer, true);

			for (const producer of producers ?? []) {
				const info = remote.addTrackInfo(joined.id, producer);

				if (info && ctx.autoSubscribe) {
					await ctx.subscribe(joined.id, info.producerId);
				}
			}

			if (dataProducers?.length) {
				await remote.consumeData(joined.id, dataProducers);
			}

			break;
		}
		case 'peerLeft':
			remote.removePeer(notification.peerLeft!.peerId ?? '');
			break;
		case 'newProducer': {
			const { peerId, producer } = notification.newProducer!;
			const info = remote.addTrackInfo(peerId ?? '', producer as pb.ProducerInfo);

			if (info && ctx.autoSubscribe) {
				await ctx.subscribe(peerId ?? '', info.producerId);
			}

			break;
		}
		case 'producerClosed':
			remote.removeTrackInfo(
				notification.producerClosed!.peerId ?? '',
				notification.producerClosed!.producerId ?? ''
			);
			break;
		case 'producerPaused':
		case 'producerResumed': {
			const event = notification.producerPaused ?? notification.producerResumed!;

			// An operator muted one of this client's own tracks: stop sending it too.
			if (event.peerId === ctx.peerId && notification.event === 'producerPaused') {
				const publication = ctx.publications.get(event.producerId ?? '');

				if (publication && !publication.paused) {
					publication.producer.pause();
					ctx.emit('publicationMuted', publication);
				}

				break;
			}

			remote.setTrackPaused(
				event.peerId ?? '',
				event.producerId ?? '',
				notification.event === 'producerPaused'
			);
			break;
		}
		case 'consumerClosed':
			remote.closeTrack(notification.consumerClosed!.consumerId ?? '');
			break;
		case 'consumerLayersChanged':
			remote.updateLayers(notification.consumerLayersChanged!);
			break;
		case 'consumerScore':
			remote.updateScore(notification.consumerScore!);
			break;
		case 'activeSpeaker':
			ctx.emit('activeSpeaker', notification.activeSpeaker!.peerId ?? '');
			break;
		case 'roomClosing': {
			const { reason, rejoin } = notification.roomClosing!;

			if (rejoin) {
				await ctx.moveRoom(reason ?? 'moved');
			} else {
				ctx.closeRoom(reason ?? '');
			}

			break;
		}
		case 'mediaReset':
			await ctx.rebuildMedia(notification.mediaReset!.reason ?? '');
			break;
		case 'serverDraining': {
			const { deadlineMs, rejoin } = notification.serverDraining!;

			ctx.emit('serverDraining', new Date(deadlineMs ?? Date.now()));

			// In a cluster the room moves now, to a node that is not going away.
			if (rejoin) {
				await ctx.moveRoom('server-draining');
			}

			break;
		}
		case 'newDataProducer': {
			const { peerId, dataProducer } = notification.newDataProducer!;

			await remote.consumeData(peerId ?? '', dataProducer ? [dataProducer] : []);
			break;
		}
		case 'iceServersUpdate':
			await ctx.applyIceServers(notification.iceServersUpdate!.iceServers);
			ctx.emit('iceServersUpdated');
			break;
		case 'dataProducerClosed':
			remote.closeData(notification.dataProducerClosed!.dataProducerId ?? '');
			break;
		case 'publisherLayers': {
			// Dynacast: nobody receives the layers above this one, so they are not sent.
			const { producerId, maxSpatialLayer } = notification.publisherLayers!;
			const publication = ctx.publications.get(producerId ?? '');

			if (publication?.kind === 'video') {
				await publication.producer.setMaxSpatialLayer(maxSpatialLayer ?? 0);
				publication.maxSpatialLayer = maxSpatialLayer ?? 0;
				ctx.emit('publicationLayers', publication, maxSpatialLayer ?? 0);
			}

			break;
		}
		case 'connectionQuality': {
			const { peerId, quality, score } = notification.connectionQuality!;
			const value = QUALITIES[quality ?? 0];
			const peer = remote.peers.get(peerId ?? '');

			if (value && (peer || peerId === ctx.peerId)) {
				if (peer) {
					peer.quality = value;
				}

				ctx.emit('connectionQualityChanged', peerId ?? '', value, score ?? 0);
			}

			break;
		}
	}
}

/** The protocol's Quality values, by number. */
const QUALITIES: Record<number, ConnectionQuality | undefined> = {
	[pb.Quality.EXCELLENT]: 'excellent',
	[pb.Quality.GOOD]: 'good',
	[pb.Quality.POOR]: 'poor',
	[pb.Quality.LOST]: 'lost',
};
