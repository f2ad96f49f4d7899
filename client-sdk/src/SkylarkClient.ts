import { Device, enhancedEvents } from 'mediasoup-client';
import { rtpCapabilitiesFromProto, skylark } from '../../protos/index.js';
import type { LocalPublication } from './models.js';
import { type RemotePeer, type RemoteTrack, type TrackStats } from './models.js';
import { Connectivity } from './Connectivity.js';
import type { ConnectOptions, JoinOptions, JoinResult } from './options.js';
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
import type { LocalMedia, PublishOptions } from './LocalMedia.js';
import { applyNotification } from './notifications.js';
import type { RemoteMedia } from './RemoteMedia.js';
import { RoomContinuity } from './RoomContinuity.js';
import { RoomSession, type SessionContext } from './RoomSession.js';
import { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';

import pb = skylark.v1;

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
	/** The room this client is in, from the server's yes to a join until it leaves. */
	#session?: RoomSession;
	readonly #sessionContext: SessionContext;
	/** Notifications are handled one at a time, in order; those arriving mid-join wait for it. */
	#notifications: Promise<void> = Promise.resolve();
	#joining?: Promise<unknown>;
	/** Resumes after signaling drops, and follows the room when it moves to another node. */
	readonly #continuity: RoomContinuity;
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
			void this.#net.identity();
		});
		this.#continuity = new RoomContinuity({
			signaling: this.signaling,
			entryUrl: this.#entryUrl,
			emit: this.safeEmit.bind(this),
			current: () => this.#session,
			detach: () => {
				const carried = this.#session?.detach();

				this.#session = undefined;

				return carried;
			},
			join: (roomId, joinOptions, carried) => this.#join(roomId, joinOptions, { carried }),
			closeRoom: (reason, error) => {
				this.#resetRoom();
				this.safeEmit('roomClosed', reason);
				this.#reportError(error);
			},
		});
		this.signaling.on('reconnect', () => this.#queue(() => this.#continuity.resume()));
		// The node hosting the room went away: the entry URL leads to the room's next node.
		this.signaling.on('unreachable', () => {
			if (this.#session?.clustered && this.signaling.url !== this.#entryUrl) {
				this.#queue(() => this.#continuity.move('node-unreachable'));
			}
		});
		globalThis.navigator?.mediaDevices?.addEventListener?.('devicechange', this.#onDeviceChange);
		this.#sessionContext = {
			signaling: this.signaling,
			device: this.#device,
			autoSubscribe: this.#options.autoSubscribe,
			emit: this.safeEmit.bind(this),
			e2ee: this.#e2ee,
			loadDevice: (capabilities) => this.#loadDevice(capabilities),
			dtlsIdentity: () => this.#net.identity(),
			transport: (name, made) => this.#net.transport(name, () => this.tracks.size > 0, made),
			setIceServers: (servers) => void this.#net.setIceServers(servers),
			subscribe: (peerId, producerId) => this.#subscribeSafely(peerId, producerId),
		};
		this.on('trackSubscribed', () => {
			if (this.#session?.remote.transport?.connectionState === 'connected') {
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
		return this.#session?.peerId;
	}

	get roomId(): string | undefined {
		return this.#session?.roomId;
	}

	/** Other peers in the room, by id. */
	get peers(): ReadonlyMap<string, RemotePeer> {
		return this.#session?.remote.peers ?? new Map();
	}

	/** Tracks this client receives, by consumer id. */
	get tracks(): ReadonlyMap<string, RemoteTrack> {
		return this.#session?.remote.tracks ?? new Map();
	}

	/** Tracks this client publishes, by their current producer id. */
	get publications(): ReadonlyMap<string, LocalPublication> {
		return this.#session?.publications ?? new Map();
	}

	async join(roomId: string, options: JoinOptions): Promise<JoinResult> {
		if (this.#session || this.#joining) {
			throw new SkylarkError(
				'INVALID_STATE',
				`already in room ${this.#session?.roomId ?? roomId}`,
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
	 * `carried`: the room moved to another node; its peers are announced as
	 * they join there, and this client's media is published again.
	 */
	async #join(roomId: string, options: JoinOptions, move?: { carried?: LocalMedia }): Promise<JoinResult> {
		// Diagnostics time everything from the start of the join.
		this.#net.restartTimer();
		await this.#deviceLoad?.catch(() => undefined);

		const session = await RoomSession.admit(this.#sessionContext, roomId, options, move !== undefined);

		this.#session = session;

		return session.settle(move?.carried);
	}

	/** Loads the device for these router capabilities (once: a device cannot be loaded again). */
	#loadDevice(capabilities: pb.RtpCapabilities.$Properties | null | undefined): Promise<void> {
		this.#deviceLoad ??= this.#device.load({
			routerRtpCapabilities: rtpCapabilitiesFromProto(capabilities, 'routerRtpCapabilities'),
		});

		return this.#deviceLoad;
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
		const local = this.#session?.local;

		if (local && (await unshareScreen(local, share))) {
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
		return this.#session?.remote.getStats() ?? Promise.resolve([]);
	}

	async leave(): Promise<void> {
		if (!this.#session) {
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
		this.#session?.close();
		this.#session = undefined;
	}

	#requireLocal(method: string): LocalMedia {
		return this.#requireSession(method).requireLocal(method);
	}

	#requireRemote(method: string): RemoteMedia {
		return this.#requireSession(method).remote;
	}

	#requireSession(method: string): RoomSession {
		if (!this.#session) {
			throw new SkylarkError('INVALID_STATE', 'join a room first', method);
		}

		return this.#session;
	}

	async #subscribeSafely(peerId: string, producerId: string): Promise<void> {
		await this.#session?.remote
			.subscribe(peerId, producerId)
			.catch((error: unknown) => this.#reportError(error));
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
		const session = this.#session;

		// A resume replays notifications; one already handled is skipped.
		if (!session || !notification.event || !session.isNew(notification.seq)) {
			return;
		}

		await applyNotification(notification, {
			remote: session.remote,
			peerId: this.peerId,
			autoSubscribe: this.#options.autoSubscribe,
			publications: this.publications,
			emit: this.safeEmit.bind(this),
			subscribe: (peerId, producerId) => this.#subscribeSafely(peerId, producerId),
			closeRoom: (reason) => {
				this.#resetRoom();
				this.safeEmit('roomClosed', reason);
			},
			rebuildMedia: (reason) => session.rebuildMedia(reason),
			moveRoom: (reason) => this.#continuity.move(reason),
			applyIceServers: async (servers) => {
				const iceServers = this.#net.setIceServers(servers);

				for (const transport of [session.local?.transport, session.remote.transport]) {
					await transport?.updateIceServers({ iceServers });
				}
			},
		});
	}
}
