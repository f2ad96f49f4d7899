import type { types as msc } from 'mediasoup-client';
import { required, roleFromProto, roleToProto, rtpCapabilitiesToProto, skylark } from '../../protos/index.js';
import type { DtlsIdentity } from './dtlsIdentity.js';
import type { E2ee } from './e2ee/E2ee.js';
import type { EmitEvent } from './events.js';
import { grantsOf, oneTripRequest, receiveRoom, requestJoin } from './joinRoom.js';
import { LocalMedia } from './LocalMedia.js';
import type { LocalPublication, TransportName } from './models.js';
import type { JoinGrants, JoinOptions, JoinResult } from './options.js';
import { RemoteMedia } from './RemoteMedia.js';
import type { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';

import pb = skylark.v1;

/** What a session needs of the client that joins: its connection, device and transports. */
export interface SessionContext {
	readonly signaling: SignalingChannel;
	readonly device: msc.Device;
	readonly autoSubscribe: boolean;
	readonly emit: EmitEvent;
	readonly e2ee?: E2ee;
	/** Loads the device for the router's codecs, when the join had to learn them (no Welcome). */
	loadDevice(capabilities: pb.RtpCapabilities.$Properties | null | undefined): Promise<void>;
	/** The certificate the client's connections use (see DtlsIdentity), if it can make one. */
	dtlsIdentity(): Promise<DtlsIdentity | undefined>;
	/** Opens (or takes the one the join made) and connects-on-demand one of the peer's transports. */
	transport(name: TransportName, made?: pb.TransportInfo.$Properties): Promise<msc.Transport>;
	setIceServers(servers: pb.IceServer.$Properties[] | null | undefined): void;
	subscribe(peerId: string, producerId: string): Promise<void>;
}

/**
 * This client's membership of one room on one node, from the server's yes to
 * a join until it leaves: what it may do, how to resume it, what it sends and
 * what it receives. A room that moves to another node gets a new session.
 */
export class RoomSession {
	readonly peerId: string;
	readonly roomId: string;
	readonly options: JoinOptions;
	readonly grants: JoinGrants;
	readonly resumeToken?: string;
	/** Whether the room lives in a cluster, where another node can take it over. */
	readonly clustered: boolean;
	readonly remote: RemoteMedia;
	local?: LocalMedia;
	/** The last notification handled: a resume replays what came after it. */
	lastSeq = 0;
	readonly #ctx: SessionContext;
	readonly #info: pb.JoinResponse.$Properties;
	readonly #oneTrip: boolean;
	readonly #announce: boolean;

	/**
	 * Asks the room's node to let this peer in (one round trip when the device
	 * is loaded: the transports and consumers come with the answer) and opens
	 * the receiving side. `announce`: the peers already there are announced as
	 * new (the room moved here). Media is set up by `settle`.
	 */
	static async admit(
		ctx: SessionContext,
		roomId: string,
		options: JoinOptions,
		announce: boolean
	): Promise<RoomSession> {
		const oneTrip = ctx.device.loaded;
		const info = await requestJoin(ctx.signaling, {
			roomId,
			displayName: options.displayName,
			role: roleToProto(options.role ?? 'participant'),
			...(oneTrip ? oneTripRequest(ctx.device, ctx.autoSubscribe, await ctx.dtlsIdentity()) : {}),
		});

		ctx.setIceServers(info.iceServers);

		if (!oneTrip) {
			await ctx.loadDevice(info.routerRtpCapabilities);
			await ctx.signaling.request('setCapabilities', {
				rtpCapabilities: rtpCapabilitiesToProto(ctx.device.rtpCapabilities),
				dataChannels: true,
			});
		}

		// The token's grants decide which transports this peer gets.
		const grants = grantsOf(info);
		const recv = grants.canSubscribe
			? await ctx.transport('recv', madeTransport(info, pb.Direction.RECV))
			: undefined;
		const remote = new RemoteMedia(recv, ctx.signaling, ctx.emit, ctx.e2ee);

		return new RoomSession(ctx, { roomId, options, info, grants, remote, oneTrip, announce });
	}

	private constructor(
		ctx: SessionContext,
		init: {
			roomId: string;
			options: JoinOptions;
			info: pb.JoinResponse.$Properties;
			grants: JoinGrants;
			remote: RemoteMedia;
			oneTrip: boolean;
			announce: boolean;
		}
	) {
		this.#ctx = ctx;
		this.#info = init.info;
		this.#oneTrip = init.oneTrip;
		this.#announce = init.announce;
		this.peerId = required(init.info.peerId, 'peerId');
		this.roomId = init.roomId;
		this.options = init.options;
		this.grants = init.grants;
		this.resumeToken = init.info.resumeToken ?? undefined;
		this.clustered = init.info.clustered === true;
		this.remote = init.remote;
	}

	/**
	 * Takes in the peers already there, then sets up what this client sends
	 * (publishing `carried` again, when the room moved here) while what it
	 * receives connects.
	 */
	async settle(carried: LocalMedia | undefined): Promise<JoinResult> {
		const peers = (this.#info.peers ?? []).map((p) => this.remote.addPeer(p, this.#announce));

		await Promise.all([
			this.#setUpLocal(carried),
			receiveRoom(this.remote, this.#info, {
				oneTrip: this.#oneTrip,
				autoSubscribe: this.#ctx.autoSubscribe,
				subscribe: (peerId, producerId) => this.#ctx.subscribe(peerId, producerId),
			}),
		]);

		return {
			peerId: this.peerId,
			roomId: this.roomId,
			peers,
			role: roleFromProto(this.#info.role),
			grants: this.grants,
		};
	}

	/** Whether a notification is new (a resume replays some already handled); remembers it. */
	isNew(seq: number | null | undefined): boolean {
		if (!seq) {
			return true;
		}

		if (seq <= this.lastSeq) {
			return false;
		}

		this.lastSeq = seq;

		return true;
	}

	/** This client's publications, by their current producer id. */
	get publications(): ReadonlyMap<string, LocalPublication> {
		return new Map([...(this.local?.publications.keys() ?? [])].map((p) => [p.id, p]));
	}

	/**
	 * The server lost the worker carrying this client's media: transports,
	 * producers and consumers are gone. Publish everything again on new
	 * transports, then subscribe again to what the others publish.
	 */
	async rebuildMedia(reason: string): Promise<void> {
		this.#ctx.emit('mediaReset', reason);

		if (this.local) {
			await this.local.restart(await this.#ctx.transport('send'));
		}

		if (this.grants.canSubscribe) {
			await this.remote.restart(await this.#ctx.transport('recv'), this.#ctx.autoSubscribe);
		}

		this.#ctx.emit('mediaRestored');
	}

	/** Leaves the room on this node (its peers are announced as new on the next); keeps the local media. */
	detach(): LocalMedia | undefined {
		const carried = this.local;

		this.local = undefined;

		for (const peerId of [...this.remote.peers.keys()]) {
			this.remote.removePeer(peerId);
		}

		this.remote.close();

		return carried;
	}

	close(): void {
		this.local?.close();
		this.local = undefined;
		this.remote.close();
	}

	requireLocal(method: string): LocalMedia {
		if (!this.local) {
			throw new SkylarkError(
				'INVALID_STATE',
				'join the room as a participant or presenter first',
				method
			);
		}

		return this.local;
	}

	async #setUpLocal(carried: LocalMedia | undefined): Promise<void> {
		if (!this.grants.canPublish) {
			return;
		}

		const transport = await this.#ctx.transport('send', madeTransport(this.#info, pb.Direction.SEND));

		if (carried) {
			await carried.restart(transport);
			this.local = carried;
		} else {
			this.local = await LocalMedia.create(
				transport,
				this.#ctx.signaling,
				this.grants.canPublishData,
				this.#ctx.e2ee
			);
		}
	}
}

/** The transport a one-round-trip join already made in this direction, if any. */
function madeTransport(
	info: pb.JoinResponse.$Properties,
	direction: pb.Direction
): pb.TransportInfo.$Properties | undefined {
	return (info.transports ?? []).find((t) => t.direction === direction);
}
