import { Device, enhancedEvents, type types as msc } from 'mediasoup-client';
import type { ManagerOptions, SocketOptions } from 'socket.io-client';
import {
	required,
	roleFromProto,
	roleToProto,
	rtpCapabilitiesFromProto,
	rtpCapabilitiesToProto,
	skylark,
} from '../../protos/index.js';
import type { LocalPublication } from './models.js';
import {
	type RemotePeer,
	type RemoteTrack,
	type Role,
	type TrackStats,
	type TransportName,
} from './models.js';
import { LocalMedia, type PublishOptions } from './LocalMedia.js';
import { RemoteMedia } from './RemoteMedia.js';
import { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';
import type { SkylarkEvents } from './events.js';
import { Diagnostics, type Diagnosis } from './Diagnostics.js';
import { createTransport, iceServersFromProto, restartIce, type IceSettings } from './transports.js';

import pb = skylark.v1;

export interface ConnectOptions {
	/** Access token for the room (from your backend, or Skylark's admin API / `npm run token`). */
	token?: string;
	/** Subscribe to every track other peers publish (default true). */
	autoSubscribe?: boolean;
	/** How long a request may wait for its response (default 10 s). */
	requestTimeoutMs?: number;
	/** Relay-only ICE (`iceTransportPolicy: 'relay'`): all media through the TURN servers the server hands out. */
	forceRelay?: boolean;
	/** Connect over TCP only, ignoring the server's UDP candidates (for networks that block UDP). */
	forceTcp?: boolean;
	/** mediasoup-client handler to use instead of detecting the browser (e.g. 'Chrome111' outside browsers). */
	handlerName?: msc.BuiltinHandlerName;
	/** Extra socket.io-client options. */
	socket?: Partial<ManagerOptions & SocketOptions>;
}

export interface JoinOptions {
	displayName: string;
	role?: Role;
}

/** What this peer may do in the room, from its access token and role. */
export interface JoinGrants {
	canPublish: boolean;
	canSubscribe: boolean;
	canPublishData: boolean;
}

export interface JoinResult {
	peerId: string;
	roomId: string;
	peers: RemotePeer[];
	/** The role the server gave: `viewer` when the token may not publish. */
	role: Role;
	grants: JoinGrants;
}

/** How long a transport may stay ICE-disconnected before the SDK restarts ICE. */
const ICE_DISCONNECTED_GRACE_MS = 2000;

/** Connects to a Skylark server; resolves once signaling is up. */
export async function connect(url: string, options: ConnectOptions = {}): Promise<SkylarkClient> {
	const client = new SkylarkClient(url, options);

	try {
		await client.signaling.waitConnected();
	} catch (error) {
		client.close();
		throw error;
	}

	return client;
}

/**
 * A participant in a Skylark room: publishes local tracks, receives everyone
 * else's, and keeps a typed view of the room from the server's notifications.
 */
export class SkylarkClient extends enhancedEvents.EnhancedEventEmitter<SkylarkEvents> {
	readonly signaling: SignalingChannel;
	readonly #options: Required<Pick<ConnectOptions, 'autoSubscribe'>>;
	readonly #device: Device;
	readonly #ice: IceSettings;
	#diagnostics = new Diagnostics();
	#remote?: RemoteMedia;
	#local?: LocalMedia;
	#grants?: JoinGrants;
	#resumeToken?: string;
	/** The last notification handled (see resume). */
	#lastSeq = 0;
	#joined?: { peerId: string; roomId: string };
	/** Notifications are handled one at a time, in order; those arriving mid-join wait for it. */
	#notifications: Promise<void> = Promise.resolve();
	#joining?: Promise<unknown>;

	constructor(url: string, options: ConnectOptions = {}) {
		super();
		this.#options = { autoSubscribe: options.autoSubscribe ?? true };
		this.#ice = {
			iceServers: [],
			forceRelay: options.forceRelay ?? false,
			forceTcp: options.forceTcp ?? false,
		};
		this.#device = new Device(options.handlerName ? { handlerName: options.handlerName } : undefined);
		this.signaling = new SignalingChannel(url, {
			requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
			token: options.token,
			socket: options.socket,
		});
		this.signaling.on('notification', (n) => {
			this.#notifications = this.#notifications
				.then(() => this.#joining)
				.then(() => this.#onNotification(n))
				.catch((error: unknown) => this.#reportError(error));
		});
		this.signaling.on('error', (error) => this.safeEmit('error', error));
		this.signaling.on('reconnect', () => {
			this.#notifications = this.#notifications.then(() => this.#resumeAfterReconnect());
		});
		this.on('trackSubscribed', () => {
			if (this.#remote?.transport?.connectionState === 'connected') {
				this.#diagnostics.firstMedia();
			}
		});
	}

	get peerId(): string | undefined {
		return this.#joined?.peerId;
	}

	get roomId(): string | undefined {
		return this.#joined?.roomId;
	}

	/** Other peers in the room, by id. */
	get peers(): ReadonlyMap<string, RemotePeer> {
		return this.#remote?.peers ?? new Map();
	}

	/** Tracks this client receives, by consumer id. */
	get tracks(): ReadonlyMap<string, RemoteTrack> {
		return this.#remote?.tracks ?? new Map();
	}

	/** Tracks this client publishes, by their current producer id. */
	get publications(): ReadonlyMap<string, LocalPublication> {
		return new Map([...(this.#local?.publications.keys() ?? [])].map((p) => [p.id, p]));
	}

	async join(roomId: string, options: JoinOptions): Promise<JoinResult> {
		if (this.#joined || this.#joining) {
			throw new SkylarkError(
				'INVALID_STATE',
				`already in room ${this.#joined?.roomId ?? roomId}`,
				'join'
			);
		}

		const joining = this.#join(roomId, options);

		this.#joining = joining.catch(() => undefined);

		try {
			return await joining;
		} finally {
			this.#joining = undefined;
		}
	}

	async #join(roomId: string, options: JoinOptions): Promise<JoinResult> {
		const role = options.role ?? 'participant';

		// Diagnostics time everything from the start of the join.
		this.#diagnostics = new Diagnostics();
		const response = await this.signaling.request('join', {
			roomId,
			displayName: options.displayName,
			role: roleToProto(role),
		});
		const info = required(response.join, 'join');

		this.#ice.iceServers = iceServersFromProto(info.iceServers);

		if (!this.#device.loaded) {
			await this.#device.load({
				routerRtpCapabilities: rtpCapabilitiesFromProto(
					info.routerRtpCapabilities,
					'routerRtpCapabilities'
				),
			});
		}

		await this.signaling.request('setCapabilities', {
			rtpCapabilities: rtpCapabilitiesToProto(this.#device.rtpCapabilities),
			dataChannels: true,
		});

		// The token's grants decide which transports this peer gets.
		const grants: JoinGrants = {
			canPublish: info.grants?.canPublish === true && info.role !== pb.Role.VIEWER,
			canSubscribe: info.grants?.canSubscribe === true,
			canPublishData: info.grants?.canPublishData === true && info.role !== pb.Role.VIEWER,
		};

		this.#grants = grants;
		this.#resumeToken = info.resumeToken ?? undefined;
		this.#lastSeq = 0;

		const recvTransport = grants.canSubscribe ? await this.#transport('recv') : undefined;

		this.#remote = new RemoteMedia(recvTransport, this.signaling, this.safeEmit.bind(this));

		if (grants.canPublish) {
			this.#local = await LocalMedia.create(
				await this.#transport('send'),
				this.signaling,
				grants.canPublishData
			);
		}

		this.#joined = { peerId: required(info.peerId, 'peerId'), roomId };

		const peers = (info.peers ?? []).map((p) => this.#remote!.addPeer(p as pb.PeerInfo));

		for (const peer of info.peers ?? []) {
			await this.#remote.consumeData(peer.peerId ?? '', peer.dataProducers ?? []);

			if (this.#options.autoSubscribe) {
				for (const track of this.#remote.peers.get(peer.peerId ?? '')?.tracks.values() ?? []) {
					await this.#subscribeSafely(peer.peerId ?? '', track.producerId);
				}
			}
		}

		return { peerId: this.#joined.peerId, roomId, peers, role: roleFromProto(info.role), grants };
	}

	async #transport(name: TransportName): Promise<msc.Transport> {
		const transport = await createTransport(name, this.#device, this.signaling, this.#ice, {
			onStateChange: (state) => {
				this.safeEmit('connectionStateChanged', { transport: name, state });

				if (name === 'recv' && state === 'connected' && this.tracks.size > 0) {
					this.#diagnostics.firstMedia();
				}

				if (state === 'failed') {
					this.#reportError(
						new SkylarkError(
							'ICE_FAILED',
							`the ${name} transport found no working network path; restarting ICE`
						)
					);
					this.#restartIce(transport);
				} else if (state === 'disconnected') {
					// Often a blip ICE recovers from by itself; restart only if it lasts.
					setTimeout(() => {
						if (transport.connectionState === 'disconnected') {
							this.#restartIce(transport);
						}
					}, ICE_DISCONNECTED_GRACE_MS);
				}
			},
			onCandidateError: (event) => this.#onCandidateError(name, event),
		});

		this.#diagnostics.watch(name, transport);

		return transport;
	}

	#restartIce(transport: msc.Transport): void {
		if (!transport.closed) {
			restartIce(transport, this.signaling).catch((error: unknown) => this.#reportError(error));
		}
	}

	/**
	 * The signaling connection came back after a drop. Within the server's
	 * grace period the resume token gets this client its peer back, with all
	 * its media (which never stopped: WebRTC does not need signaling).
	 * After it, the room is gone for this client and it must join again.
	 */
	async #resumeAfterReconnect(): Promise<void> {
		const token = this.#resumeToken;

		if (!this.#joined || !token) {
			return;
		}

		try {
			const response = await this.signaling.request('resume', {
				resumeToken: token,
				lastSeq: this.#lastSeq,
			});

			if (response.resume?.complete === false) {
				throw new SkylarkError(
					'INVALID_STATE',
					'too much happened while disconnected to catch up; join again',
					'resume'
				);
			}

			this.safeEmit('reconnected');
		} catch (error) {
			this.#resetRoom();
			this.safeEmit('roomClosed', 'session-expired');
			this.#reportError(error);
		}
	}

	/**
	 * The server lost the worker carrying this client's media: transports,
	 * producers and consumers are gone. Publish everything again on new
	 * transports, then subscribe again to what the others publish.
	 */
	async #rebuildMedia(reason: string): Promise<void> {
		const grants = this.#grants;

		if (!grants) {
			return;
		}

		this.safeEmit('mediaReset', reason);

		if (this.#local) {
			await this.#local.restart(await this.#transport('send'));
		}

		if (this.#remote && grants.canSubscribe) {
			await this.#remote.restart(await this.#transport('recv'), this.#options.autoSubscribe);
		}

		this.safeEmit('mediaRestored');
	}

	/**
	 * Turns the browser's ICE candidate errors into reasons a person can act
	 * on: TURN refusing the credentials (401), or the relay being unreachable
	 * when relay is the only way.
	 */
	#onCandidateError(
		name: TransportName,
		event: { url?: string; errorCode: number; errorText: string }
	): void {
		this.#diagnostics.candidateError(name, event);

		const isTurn = /^turns?:/.test(event.url ?? '');

		if (isTurn && event.errorCode === 401) {
			this.#reportError(
				new SkylarkError(
					'TURN_AUTH_FAILED',
					`TURN server ${event.url} refused the credentials: ${event.errorText} (401)`
				)
			);
		} else if (isTurn && this.#ice.forceRelay && event.errorCode >= 700) {
			this.#reportError(
				new SkylarkError(
					'RELAY_UNAVAILABLE',
					`TURN server ${event.url} cannot be reached: ${event.errorText} (${event.errorCode})`
				)
			);
		}
	}

	/** What the connection looks like now: states, selected candidate pair, RTT, bytes, loss. */
	async diagnose(): Promise<Diagnosis> {
		return {
			...(await this.#diagnostics.diagnose()),
			// Never the credentials themselves: diagnostics end up in bug reports.
			iceServers: this.#ice.iceServers.map(({ urls, username }) => ({
				urls,
				...(username ? { username } : {}),
			})),
		};
	}

	/** Publishes a local track; other peers are told and (by default) subscribe. Skylark never stops the track. */
	async publish(track: MediaStreamTrack, options: PublishOptions = {}): Promise<LocalPublication> {
		return this.#requireLocal('publish').publish(track, options);
	}

	async unpublish(publication: LocalPublication): Promise<void> {
		return this.#requireLocal('unpublish').unpublish(publication);
	}

	/** Mutes a published track for everyone (the server stops forwarding it). */
	async pause(publication: LocalPublication): Promise<void> {
		return this.#requireLocal('pause').pause(publication);
	}

	async resume(publication: LocalPublication): Promise<void> {
		return this.#requireLocal('resume').resume(publication);
	}

	/** Subscribes to one track of another peer (needed only with autoSubscribe off). */
	subscribe(peerId: string, producerId: string): Promise<RemoteTrack> {
		return this.#requireRemote('subscribe').subscribe(peerId, producerId);
	}

	unsubscribe(track: RemoteTrack): Promise<void> {
		return this.#requireRemote('unsubscribe').unsubscribe(track);
	}

	/** Asks the server to forward this simulcast/SVC layer (it falls back to lower ones if needed). */
	async setPreferredLayers(
		track: RemoteTrack,
		layers: { spatialLayer: number; temporalLayer?: number }
	): Promise<void> {
		await this.signaling.request('setPreferredLayers', { consumerId: track.id, ...layers });
	}

	/** Sends a message to every other peer on the room's reliable data channel. */
	async sendData(data: string | ArrayBuffer): Promise<void> {
		return this.#requireLocal('sendData').sendData(data);
	}

	/** Inbound RTP statistics of every received track, from the browser's WebRTC stack. */
	getStats(): Promise<TrackStats[]> {
		return this.#remote?.getStats() ?? Promise.resolve([]);
	}

	async leave(): Promise<void> {
		if (!this.#joined) {
			return;
		}

		await this.signaling.request('leave', {}).catch(() => undefined);
		this.#resetRoom();
	}

	/** Drops the room (if any), closes the connection and removes all listeners. */
	override close(): void {
		this.#resetRoom();
		this.signaling.close();
		super.close();
	}

	#resetRoom(): void {
		this.#joined = undefined;
		this.#grants = undefined;
		this.#resumeToken = undefined;
		this.#local?.close();
		this.#local = undefined;
		this.#remote?.close();
		this.#remote = undefined;
	}

	#requireLocal(method: string): LocalMedia {
		if (!this.#local) {
			throw new SkylarkError(
				'INVALID_STATE',
				'join the room as a participant or presenter first',
				method
			);
		}

		return this.#local;
	}

	#requireRemote(method: string): RemoteMedia {
		if (!this.#remote) {
			throw new SkylarkError('INVALID_STATE', 'join a room first', method);
		}

		return this.#remote;
	}

	async #subscribeSafely(peerId: string, producerId: string): Promise<void> {
		await this.#remote?.subscribe(peerId, producerId).catch((error: unknown) => this.#reportError(error));
	}

	#reportError(error: unknown): void {
		this.safeEmit(
			'error',
			error instanceof SkylarkError
				? error
				: new SkylarkError('INTERNAL', error instanceof Error ? error.message : String(error))
		);
	}

	async #onNotification(notification: pb.Notification): Promise<void> {
		const remote = this.#remote;

		if (!remote || !notification.event) {
			return;
		}

		// A resume replays notifications; one already handled is skipped.
		if (notification.seq) {
			if (notification.seq <= this.#lastSeq) {
				return;
			}

			this.#lastSeq = notification.seq;
		}

		switch (notification.event) {
			case 'peerJoined':
				remote.addPeer(notification.peerJoined!.peer as pb.PeerInfo, true);
				break;
			case 'peerLeft':
				remote.removePeer(notification.peerLeft!.peerId ?? '');
				break;
			case 'newProducer': {
				const { peerId, producer } = notification.newProducer!;
				const info = remote.addTrackInfo(peerId ?? '', producer as pb.ProducerInfo);

				if (info && this.#options.autoSubscribe) {
					await this.#subscribeSafely(peerId ?? '', info.producerId);
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
				if (event.peerId === this.peerId && notification.event === 'producerPaused') {
					const publication = this.publications.get(event.producerId ?? '');

					if (publication && !publication.paused) {
						publication.producer.pause();
						this.safeEmit('publicationMuted', publication);
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
				this.safeEmit('activeSpeaker', notification.activeSpeaker!.peerId ?? '');
				break;
			case 'roomClosing':
				this.#resetRoom();
				this.safeEmit('roomClosed', notification.roomClosing!.reason ?? '');
				break;
			case 'mediaReset':
				await this.#rebuildMedia(notification.mediaReset!.reason ?? '');
				break;
			case 'serverDraining':
				this.safeEmit(
					'serverDraining',
					new Date(notification.serverDraining!.deadlineMs ?? Date.now())
				);
				break;
			case 'newDataProducer': {
				const { peerId, dataProducer } = notification.newDataProducer!;

				await remote.consumeData(peerId ?? '', dataProducer ? [dataProducer] : []);
				break;
			}
			case 'iceServersUpdate': {
				const iceServers = iceServersFromProto(notification.iceServersUpdate!.iceServers);

				this.#ice.iceServers = iceServers;

				for (const transport of [this.#local?.transport, this.#remote?.transport]) {
					await transport?.updateIceServers({ iceServers });
				}

				this.safeEmit('iceServersUpdated');
				break;
			}
			case 'dataProducerClosed':
				remote.closeData(notification.dataProducerClosed!.dataProducerId ?? '');
				break;
		}
	}
}
