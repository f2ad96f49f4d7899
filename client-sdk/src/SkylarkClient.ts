import { Device, enhancedEvents, type types as msc } from 'mediasoup-client';
import {
	required,
	roleFromProto,
	roleToProto,
	rtpCapabilitiesFromProto,
	rtpCapabilitiesToProto,
	skylark,
} from '../../protos/index.js';
import type { LocalPublication } from './models.js';
import { type RemotePeer, type RemoteTrack, type TrackStats, type TransportName } from './models.js';
import { Connectivity } from './Connectivity.js';
import type { ConnectOptions, JoinGrants, JoinOptions, JoinResult } from './options.js';
import type { Diagnosis } from './Diagnostics.js';
import type { SkylarkEvents } from './events.js';
import {
	keepDevice,
	listDevices,
	openDevice,
	replacePublishedTrack,
	shareScreen,
	unshareScreen,
	type ScreenShare,
} from './devices.js';
import { E2ee } from './e2ee/E2ee.js';
import { grantsOf, oneTripRequest, receiveRoom, requestJoin } from './joinRoom.js';
import { LocalMedia, type PublishOptions } from './LocalMedia.js';
import { applyNotification } from './notifications.js';
import { RemoteMedia } from './RemoteMedia.js';
import { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';

import pb = skylark.v1;

/** How long moving a room to another node may take before the SDK gives up on it. */
const MOVE_DEADLINE_MS = 30_000;

/**
 * Connects to a Skylark server; resolves once signaling is up and the client
 * is ready to join in one round trip (its device loaded for the server's
 * codecs).
 */
export async function connect(url: string, options: ConnectOptions = {}): Promise<SkylarkClient> {
	const client = new SkylarkClient(url, options);

	try {
		await client.signaling.waitConnected();
		await client.prepared();
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
	readonly #net: Connectivity;
	/** The URL first connected to: in a cluster (behind a load balancer), the way back in. */
	readonly #entryUrl: string;
	#remote?: RemoteMedia;
	#local?: LocalMedia;
	#grants?: JoinGrants;
	#resumeToken?: string;
	#clustered = false;
	/** The last notification handled (see resume). */
	#lastSeq = 0;
	#joined?: { peerId: string; roomId: string; options: JoinOptions };
	/** Notifications are handled one at a time, in order; those arriving mid-join wait for it. */
	#notifications: Promise<void> = Promise.resolve();
	#joining?: Promise<unknown>;
	#moving = false;
	/** End-to-end encryption of media, when the application gave a key. */
	readonly #e2ee?: E2ee;
	/** Loading the device: started by the server's Welcome, or by the first join. */
	#deviceLoad?: Promise<void>;

	constructor(url: string, options: ConnectOptions = {}) {
		super();
		this.#options = { autoSubscribe: options.autoSubscribe ?? true };
		this.#entryUrl = url;
		this.#e2ee =
			options.e2ee &&
			E2ee.start(options.e2ee, (peerId, kind) =>
				this.safeEmit(
					'error',
					new SkylarkError(
						'E2EE_KEY_MISMATCH',
						`${kind} from ${this.peers.get(peerId)?.displayName ?? peerId} does not decrypt with this key`
					)
				)
			);
		this.#device = new Device(options.handlerName ? { handlerName: options.handlerName } : undefined);
		this.signaling = new SignalingChannel(url, {
			requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
			token: options.token,
			socket: options.socket,
		});
		this.#net = new Connectivity({
			device: this.#device,
			signaling: this.signaling,
			forceRelay: options.forceRelay ?? false,
			forceTcp: options.forceTcp ?? false,
			emit: this.safeEmit.bind(this),
			reportError: (error) => this.#reportError(error),
		});
		this.signaling.on('notification', (n, generation) =>
			this.#queue(async () => {
				// From a node this client has since left (the room moved): its state was rebuilt.
				if (generation === this.signaling.generation) {
					await this.#onNotification(n);
				}
			})
		);
		this.signaling.on('error', (error) => this.safeEmit('error', error));
		// Prepared while connecting, so the join can carry this client's capabilities.
		this.signaling.on('welcome', (welcome) => {
			this.#loadDevice(welcome.routerRtpCapabilities).catch((error: unknown) =>
				this.#reportError(error)
			);
		});
		this.signaling.on('reconnect', () => this.#queue(() => this.#resumeAfterReconnect()));
		// The node hosting the room went away: the entry URL leads to the room's next node.
		this.signaling.on('unreachable', () => {
			if (this.#joined && this.#clustered && this.signaling.url !== this.#entryUrl) {
				this.#queue(() => this.#moveRoom('node-unreachable'));
			}
		});
		globalThis.navigator?.mediaDevices?.addEventListener?.('devicechange', this.#onDeviceChange);
		this.on('trackSubscribed', () => {
			if (this.#remote?.transport?.connectionState === 'connected') {
				this.#net.firstMedia();
			}
		});
	}

	/** Resolves once the device is loaded for the server's Welcome (at once without one). */
	async prepared(): Promise<void> {
		await this.#deviceLoad;
	}

	/** Runs `work` after the notifications (and any join) before it, in order. */
	#queue(work: () => Promise<void>): void {
		this.#notifications = this.#notifications
			.then(() => this.#joining)
			.then(work)
			.catch((error: unknown) => this.#reportError(error));
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

	/**
	 * Joins on the node that hosts the room, following a cluster's redirects.
	 * `move`: the room is moving to another node; its peers are announced as
	 * they join there, and `carried` (this client's media) is published again.
	 */
	async #join(roomId: string, options: JoinOptions, move?: { carried?: LocalMedia }): Promise<JoinResult> {
		const carried = move?.carried;
		const role = options.role ?? 'participant';

		// Diagnostics time everything from the start of the join.
		this.#net.restartTimer();
		await this.#deviceLoad?.catch(() => undefined);

		// With the device ready, the join also makes the transports and consumers (one round trip).
		const oneTrip = this.#device.loaded;
		const info = await requestJoin(this.signaling, {
			roomId,
			displayName: options.displayName,
			role: roleToProto(role),
			...(oneTrip ? oneTripRequest(this.#device, this.#options.autoSubscribe) : {}),
		});

		this.#net.setIceServers(info.iceServers);

		if (!oneTrip) {
			await this.#loadDevice(info.routerRtpCapabilities);
			await this.signaling.request('setCapabilities', {
				rtpCapabilities: rtpCapabilitiesToProto(this.#device.rtpCapabilities),
				dataChannels: true,
			});
		}

		// The token's grants decide which transports this peer gets.
		const grants = grantsOf(info);

		this.#grants = grants;
		this.#resumeToken = info.resumeToken ?? undefined;
		this.#clustered = info.clustered === true;
		this.#lastSeq = 0;

		const made = new Map((info.transports ?? []).map((t) => [t.direction, t]));
		const recvTransport = grants.canSubscribe
			? await this.#transport('recv', made.get(pb.Direction.RECV))
			: undefined;
		const remote = new RemoteMedia(recvTransport, this.signaling, this.safeEmit.bind(this), this.#e2ee);

		this.#remote = remote;
		this.#joined = { peerId: required(info.peerId, 'peerId'), roomId, options };

		const peers = (info.peers ?? []).map((p) => remote.addPeer(p as pb.PeerInfo, move !== undefined));

		// What this client sends is set up while what it receives connects.
		await Promise.all([
			this.#setUpLocal(grants, made.get(pb.Direction.SEND), carried),
			receiveRoom(remote, info, {
				oneTrip,
				autoSubscribe: this.#options.autoSubscribe,
				subscribe: (peerId, producerId) => this.#subscribeSafely(peerId, producerId),
			}),
		]);

		return { peerId: this.#joined.peerId, roomId, peers, role: roleFromProto(info.role), grants };
	}

	/** Loads the device for these router capabilities (once: a device cannot be loaded again). */
	#loadDevice(capabilities: pb.RtpCapabilities.$Properties | null | undefined): Promise<void> {
		this.#deviceLoad ??= this.#device.load({
			routerRtpCapabilities: rtpCapabilitiesFromProto(capabilities, 'routerRtpCapabilities'),
		});

		return this.#deviceLoad;
	}

	async #setUpLocal(
		grants: JoinGrants,
		made: pb.TransportInfo.$Properties | undefined,
		carried: LocalMedia | undefined
	): Promise<void> {
		if (!grants.canPublish) {
			return;
		}

		const transport = await this.#transport('send', made);

		if (carried) {
			await carried.restart(transport);
			this.#local = carried;
		} else {
			this.#local = await LocalMedia.create(
				transport,
				this.signaling,
				grants.canPublishData,
				this.#e2ee
			);
		}
	}

	#transport(name: TransportName, made?: pb.TransportInfo.$Properties): Promise<msc.Transport> {
		return this.#net.transport(name, () => this.tracks.size > 0, made);
	}

	/**
	 * The signaling connection came back after a drop. Within the server's
	 * grace period the resume token gets this client its peer back, with all
	 * its media (which never stopped: WebRTC does not need signaling).
	 * After it, the room is gone for this client: in a cluster it joins again
	 * (the room may live on another node now); alone, the room is closed.
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
			if (this.#clustered) {
				await this.#moveRoom('session-lost');

				return;
			}

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
	 * The room goes on on another node of the cluster (this one drains, lost
	 * the room to a newer owner, or died). Join it again through the entry URL,
	 * which leads to its next node, and publish the same tracks there; the
	 * others' tracks come as subscribed again. Retries while nodes come and go.
	 */
	async #moveRoom(reason: string): Promise<void> {
		const joined = this.#joined;

		if (!joined || this.#moving) {
			return;
		}

		this.#moving = true;
		this.safeEmit('roomMoving', reason);

		const carried = this.#local;
		const deadline = Date.now() + MOVE_DEADLINE_MS;

		// Best effort: the old node's room empties at once instead of waiting for a timeout.
		if (this.signaling.connected) {
			await this.signaling.request('leave', {}).catch(() => undefined);
		}

		this.#local = undefined;

		// The peers here are gone for this client; the room's peers on the next node are announced as new.
		for (const peerId of [...(this.#remote?.peers.keys() ?? [])]) {
			this.#remote?.removePeer(peerId);
		}

		this.#remote?.close();
		this.#remote = undefined;
		this.#joined = undefined;

		try {
			for (;;) {
				try {
					await this.signaling.moveTo(this.#entryUrl, { fresh: true });
					await this.#join(joined.roomId, joined.options, { carried });
					break;
				} catch (error) {
					if (Date.now() > deadline) {
						throw error;
					}

					// The registry may still name a node that just died, or be briefly away.
					const retryAfterMs = error instanceof SkylarkError ? error.retryAfterMs : undefined;

					await new Promise((resolve) => setTimeout(resolve, retryAfterMs ?? 500));
				}
			}

			this.safeEmit('roomMoved', this.signaling.url);
		} catch (error) {
			carried?.close();
			this.#resetRoom();
			this.safeEmit('roomClosed', 'move-failed');
			this.#reportError(error);
		} finally {
			this.#moving = false;
		}
	}

	/** What the connection looks like now: states, selected candidate pair, RTT, bytes, loss. */
	diagnose(): Promise<Diagnosis> {
		return this.#net.diagnose();
	}

	/** Publishes a local track; other peers are told and (by default) subscribe. Skylark never stops the track. */
	async publish(track: MediaStreamTrack, options: PublishOptions = {}): Promise<LocalPublication> {
		const local = this.#requireLocal('publish');
		const publication = await local.publish(track, options);

		keepDevice(local, publication, (recovered) => this.safeEmit('deviceLost', publication, recovered));

		return publication;
	}

	async unpublish(publication: LocalPublication): Promise<void> {
		return this.#requireLocal('unpublish').unpublish(publication);
	}

	/**
	 * Shares the screen (the browser asks which): video as a `screen` track,
	 * with detail kept over frame rate, plus the tab's audio where the browser
	 * gives it. Stopping it from the browser's own controls ends the share.
	 */
	async publishScreen(options: { audio?: boolean } = {}): Promise<ScreenShare> {
		const share = await shareScreen(this.#requireLocal('publishScreen'), options.audio ?? true);

		share.video.track?.addEventListener('ended', () => {
			this.stopScreenShare(share).catch((error: unknown) => this.#reportError(error));
		});

		return share;
	}

	async stopScreenShare(share: ScreenShare): Promise<void> {
		if (this.#local && (await unshareScreen(this.#local, share))) {
			this.safeEmit('screenShareEnded', share);
		}
	}

	/** Sends from another camera or microphone on the same producer: no renegotiation, subscribers keep it. */
	async switchDevice(publication: LocalPublication, deviceId: string): Promise<void> {
		await replacePublishedTrack(publication, await openDevice(publication.kind, deviceId));
	}

	/** Sends the application's `track` instead of the publication's current one, on the same producer. */
	replaceTrack(publication: LocalPublication, track: MediaStreamTrack): Promise<void> {
		return replacePublishedTrack(publication, track);
	}

	/** Plays received audio on this output device (where the browser allows choosing: setSinkId). */
	setAudioOutput(deviceId: string): Promise<void> {
		return this.#requireRemote('setAudioOutput').setAudioOutput(deviceId);
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

	/**
	 * Asks the server to forward this simulcast/SVC layer (it falls back to lower
	 * ones if needed). Adaptive stream stops choosing layers for the track.
	 */
	async setPreferredLayers(
		track: RemoteTrack,
		layers: { spatialLayer: number; temporalLayer?: number }
	): Promise<void> {
		// The application's choice wins over adaptive stream's from now on.
		track.layersChosen();
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

	readonly #onDeviceChange = () => {
		listDevices().then(
			(devices) => this.safeEmit('devicesChanged', devices),
			(error: unknown) => this.#reportError(error)
		);
	};

	/** Drops the room (if any), closes the connection and removes all listeners. */
	override close(): void {
		this.#e2ee?.close();
		globalThis.navigator?.mediaDevices?.removeEventListener?.('devicechange', this.#onDeviceChange);
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

		await applyNotification(notification, {
			remote,
			peerId: this.peerId,
			autoSubscribe: this.#options.autoSubscribe,
			publications: this.publications,
			emit: this.safeEmit.bind(this),
			subscribe: (peerId, producerId) => this.#subscribeSafely(peerId, producerId),
			closeRoom: (reason) => {
				this.#resetRoom();
				this.safeEmit('roomClosed', reason);
			},
			rebuildMedia: (reason) => this.#rebuildMedia(reason),
			moveRoom: (reason) => this.#moveRoom(reason),
			applyIceServers: async (servers) => {
				const iceServers = this.#net.setIceServers(servers);

				for (const transport of [this.#local?.transport, this.#remote?.transport]) {
					await transport?.updateIceServers({ iceServers });
				}
			},
		});
	}
}
