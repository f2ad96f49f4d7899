import type { types as msc } from 'mediasoup-client';
import type { skylark } from '../../protos/index.js';
import { Diagnostics, type Diagnosis } from './Diagnostics.js';
import { DtlsIdentity } from './dtlsIdentity.js';
import type { EmitEvent } from './events.js';
import type { TransportName } from './models.js';
import type { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';
import {
	createTransport,
	iceServersFromProto,
	restartIce,
	transportFromInfo,
	type ConnectionSettings,
	type TransportHooks,
} from './transports.js';

/** How long a transport may stay ICE-disconnected before the SDK restarts ICE. */
const ICE_DISCONNECTED_GRACE_MS = 2000;

/**
 * The client's network side: creates its transports, restarts ICE when a
 * path fails or stays disconnected, turns the browser's candidate errors into
 * reasons a person can act on, and keeps the diagnostics `diagnose()` reports.
 */
export class Connectivity {
	readonly #device: msc.Device;
	readonly #signaling: SignalingChannel;
	readonly #ice: ConnectionSettings;
	#identity?: Promise<DtlsIdentity | undefined>;
	readonly #emit: EmitEvent;
	readonly #reportError: (error: unknown) => void;
	#diagnostics = new Diagnostics();

	constructor(options: {
		device: msc.Device;
		signaling: SignalingChannel;
		forceRelay: boolean;
		forceTcp: boolean;
		emit: EmitEvent;
		reportError: (error: unknown) => void;
	}) {
		this.#device = options.device;
		this.#signaling = options.signaling;
		this.#ice = { iceServers: [], forceRelay: options.forceRelay, forceTcp: options.forceTcp };
		this.#emit = options.emit;
		this.#reportError = options.reportError;
	}

	/**
	 * The certificate this client's connections use, made once (and again
	 * near its expiry); started while connecting so a join can carry it.
	 */
	async identity(): Promise<DtlsIdentity | undefined> {
		const current = await this.#identity?.catch(() => undefined);

		if (!this.#identity || (current && !current.fresh)) {
			this.#identity = DtlsIdentity.create();
		}

		this.#ice.identity = await this.#identity.catch(() => undefined);

		return this.#ice.identity;
	}

	/** Starts timing a new join: diagnostics count from here. */
	restartTimer(): void {
		this.#diagnostics = new Diagnostics();
	}

	/** Media arrived: the join → first media time is taken now (once). */
	firstMedia(): void {
		this.#diagnostics.firstMedia();
	}

	setIceServers(servers: skylark.v1.IceServer.$Properties[] | null | undefined): RTCIceServer[] {
		this.#ice.iceServers = iceServersFromProto(servers);

		return this.#ice.iceServers;
	}

	/** A transport in this direction: the one the server made at join (`info`), or a new one it is asked for. */
	async transport(
		name: TransportName,
		hasTracks: () => boolean,
		info?: skylark.v1.TransportInfo.$Properties
	): Promise<msc.Transport> {
		const hooks: TransportHooks = {
			onStateChange: (state) => {
				this.#emit('connectionStateChanged', { transport: name, state });

				if (name === 'recv' && state === 'connected' && hasTracks()) {
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
		};
		await this.identity();

		const transport = info
			? transportFromInfo(name, info, this.#device, this.#signaling, this.#ice, hooks)
			: await createTransport(name, this.#device, this.#signaling, this.#ice, hooks);

		this.#diagnostics.watch(name, transport);

		return transport;
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

	#restartIce(transport: msc.Transport): void {
		if (!transport.closed) {
			restartIce(transport, this.#signaling).catch((error: unknown) => this.#reportError(error));
		}
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
}
