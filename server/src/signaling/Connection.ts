import type { Socket } from 'socket.io';
import { skylark } from '../../../protos/index.js';
import type { AccessClaims } from '../auth/accessTokens.js';
import type { ClusterRouter } from '../cluster/ClusterRouter.js';
import type { Logger } from '../logging/logger.js';
import type { PeerChannel } from '../rooms/PeerChannel.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { decodeRequestFrame, encodeServerMessage } from './frames.js';
import { handlers } from './handlers/index.js';
import type {
	EdgeRoomOpener,
	Handler,
	Method,
	RequestContext,
	ResponseResult,
	Session,
	SignalingPolicy,
} from './RequestContext.js';
import { toProtocolError } from './SignalingError.js';
import type { SignalingObserver } from '../telemetry/SignalingObserver.js';
import { TokenBucket } from './TokenBucket.js';

import ErrorCode = skylark.v1.ErrorCode;

/** socket.io event carrying protobuf frames in both directions. */
export const FRAME_EVENT = 'sk';

export interface ConnectionOptions {
	socket: Socket;
	claims: AccessClaims;
	rooms: RoomManager;
	cluster: ClusterRouter;
	edges: EdgeRoomOpener;
	policy: SignalingPolicy;
	rateLimit: { perSecond: number; burst: number };
	/** How long a peer outlives its dropped connection, waiting for the client to resume. */
	reconnectGraceMs: number;
	observer: SignalingObserver;
	logger: Logger;
}

/**
 * One client's signaling connection. Requests are handled one at a time, in
 * arrival order, so a client's produce can never overtake its connect. A
 * token bucket caps each socket's request rate: requests over it are refused
 * with RATE_LIMITED before any work is queued, and a socket refused `burst`
 * times in a row is disconnected, so a flood costs the others nothing.
 */
export class Connection implements Session, PeerChannel {
	readonly channel: PeerChannel = this;
	readonly logger: Logger;
	readonly claims: AccessClaims;
	membership?: Session['membership'];
	readonly #socket: Socket;
	readonly #context: RequestContext;
	readonly #bucket: TokenBucket;
	readonly #maxRefusals: number;
	readonly #reconnectGraceMs: number;
	readonly #observer: SignalingObserver;
	#refusals = 0;
	/** Frames waiting while one is handled: a plain array, not a promise chain per request. */
	readonly #waiting: unknown[] = [];
	#handling = false;

	constructor(options: ConnectionOptions) {
		const { socket } = options;

		this.#socket = socket;
		this.claims = options.claims;
		this.logger = options.logger.child({ socketId: socket.id, identity: options.claims.identity });
		this.#context = {
			session: this,
			rooms: options.rooms,
			cluster: options.cluster,
			edges: options.edges,
			policy: options.policy,
		};
		this.#bucket = new TokenBucket(options.rateLimit.perSecond, options.rateLimit.burst);
		this.#maxRefusals = options.rateLimit.burst;
		this.#reconnectGraceMs = options.reconnectGraceMs;
		this.#observer = options.observer;

		socket.on(FRAME_EVENT, (frame: unknown) => {
			if (!this.#bucket.take()) {
				this.#refuse(frame);

				return;
			}

			this.#refusals = 0;
			this.#waiting.push(frame);

			if (!this.#handling) {
				void this.#handleWaiting();
			}
		});
		socket.on('disconnect', (reason) => this.#onDisconnect(reason));
	}

	#refuse(frame: unknown): void {
		if (++this.#refusals >= this.#maxRefusals) {
			this.logger.warn('disconnecting a flooding socket', { refusals: this.#refusals });
			this.#socket.disconnect(true);

			return;
		}

		const decoded = decodeRequestFrame(frame);

		this.#respondError(
			decoded.ok ? decoded.request.id : 0,
			ErrorCode.RATE_LIMITED,
			'too many requests on this socket'
		);
	}

	notify(notification: skylark.v1.Notification.$Properties): void {
		this.#send({ notification });
	}

	#send(message: skylark.v1.ServerMessage.$Properties): void {
		if (this.#socket.connected) {
			this.#socket.emit(FRAME_EVENT, encodeServerMessage(message));
		}
	}

	#respondError(id: number, code: ErrorCode, message: string, retryAfterMs?: number): void {
		this.#send({ response: { id, error: { code, message, retryAfterMs } } });
	}

	async #handleWaiting(): Promise<void> {
		this.#handling = true;

		try {
			// A frame may itself be undefined (an empty emit): it is answered too.
			while (this.#waiting.length > 0) {
				await this.#handleFrame(this.#waiting.shift());
			}
		} finally {
			this.#handling = false;
		}
	}

	async #handleFrame(frame: unknown): Promise<void> {
		const decoded = decodeRequestFrame(frame);

		if (!decoded.ok) {
			this.logger.warn('bad frame', { error: decoded.error.message });
			this.#respondError(0, decoded.error.code, decoded.error.message);

			return;
		}

		const { request } = decoded;
		const method = request.method;

		if (!method) {
			this.#respondError(
				request.id,
				ErrorCode.UNKNOWN_METHOD,
				'no method set, or a method this server does not know'
			);

			return;
		}

		const started = performance.now();

		try {
			const result = await this.#dispatch(method, request);

			this.#send({ response: { id: request.id, ...result } });
			this.#record(method, 'OK', started);
		} catch (error) {
			const mapped = toProtocolError(error);

			if (mapped.internal) {
				this.logger.error('request failed', {
					method,
					error: (error as Error).stack ?? String(error),
				});
			} else {
				this.logger.debug('request refused', {
					method,
					code: ErrorCode[mapped.code],
					error: mapped.message,
				});
			}

			this.#respondError(request.id, mapped.code, mapped.message, mapped.retryAfterMs);
			this.#record(method, ErrorCode[mapped.code], started);
		}
	}

	#record(method: Method, code: string, started: number): void {
		this.#observer.safeEmit('request', { method, code, durationMs: performance.now() - started });
	}

	#dispatch<M extends Method>(method: M, request: skylark.v1.Request): Promise<ResponseResult> {
		const handler: Handler<M> = handlers[method];
		// A decoded oneof member is never null when `method` names it.
		const body = request[method]!;

		return handler(this.#context, body);
	}

	resumed(membership: NonNullable<Session['membership']>, lastSeq: number): boolean {
		this.membership = membership;

		const complete = membership.peer.attach(this, lastSeq);

		this.logger.info('peer resumed', { peerId: membership.peer.id, complete });

		return complete;
	}

	/**
	 * A dropped connection does not remove the peer at once: its media keeps
	 * flowing (WebRTC does not need signaling), and the client has
	 * `reconnectGraceMs` to come back with its resume token.
	 */
	#onDisconnect(reason: string): void {
		const membership = this.membership;

		this.membership = undefined;
		this.logger.debug('socket disconnected', { reason });

		if (!membership || !membership.peer.isAttachedTo(this)) {
			return;
		}

		const { room, peer } = membership;

		// The client hung up on purpose: nothing to wait for.
		if (reason === 'client namespace disconnect') {
			room.removePeer(peer, 'disconnected');

			return;
		}

		peer.detach();

		const timer = setTimeout(() => {
			if (!peer.connected) {
				room.removePeer(peer, 'disconnected');
			}
		}, this.#reconnectGraceMs);

		peer.onClose(() => clearTimeout(timer));
	}
}
