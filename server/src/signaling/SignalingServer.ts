import type * as http from 'node:http';
import type { types } from 'mediasoup';
import { Server, type DefaultEventsMap, type Namespace } from 'socket.io';
import { AuthError, type AccessClaims, type TokenVerifier } from '../auth/accessTokens.js';
import type { ClusterRouter } from '../cluster/ClusterRouter.js';
import type { Logger } from '../logging/logger.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { SignalingObserver } from '../telemetry/SignalingObserver.js';
import { cacheCapabilitiesDecoding } from './capabilitiesCache.js';
import { Connection } from './Connection.js';
import { protocolRefusal } from './protocolVersion.js';
import { rtpCapabilitiesToProto } from '../../../protos/index.js';
import type { EdgeRoomOpener, SignalingPolicy } from './RequestContext.js';

export interface SignalingOptions {
	/** Frames above this size make socket.io close the connection. */
	maxFrameBytes: number;
	policy: SignalingPolicy;
	rateLimit: { perSecond: number; burst: number };
	reconnectGraceMs: number;
	verifier: TokenVerifier;
	/** Every room's router capabilities, told to each client as it connects (see Welcome). */
	routerRtpCapabilities: types.RtpCapabilities;
}

/** The `data` of a refused handshake: socket.io-client hands it to the SDK with the error. */
export interface HandshakeRefusal {
	code: 'UNAUTHENTICATED' | 'PROTOCOL_MISMATCH';
	/** With PROTOCOL_MISMATCH: what each side speaks. */
	serverProtocol?: string;
	clientProtocol?: string;
}

/**
 * socket.io on the HTTP server. The handshake must carry a valid access
 * token (`auth.token`); every accepted connection becomes a Connection
 * speaking protobuf frames.
 */
export class SignalingServer {
	/** Requests handled, for metrics. */
	readonly observer = new SignalingObserver();
	readonly #io: Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, { claims: AccessClaims }>;

	constructor(
		httpServer: http.Server,
		rooms: RoomManager,
		cluster: ClusterRouter,
		edges: EdgeRoomOpener,
		options: SignalingOptions,
		logger: Logger
	) {
		const log = logger.child({ component: 'signaling' });

		cacheCapabilitiesDecoding();
		this.#io = new Server(httpServer, {
			serveClient: false,
			maxHttpBufferSize: options.maxFrameBytes,
		});
		// First, so a client of another protocol version learns that rather than a token problem.
		this.#io.use((socket, next) => {
			const refusal = protocolRefusal(socket.handshake.auth?.protocol);

			if (refusal) {
				log.info('handshake refused', { reason: refusal.message, address: socket.handshake.address });
			}

			next(refusal);
		});
		this.#io.use((socket, next) => {
			const token: unknown = socket.handshake.auth?.token;

			options.verifier.verify(token).then(
				(claims: AccessClaims) => {
					socket.data.claims = claims;
					next();
				},
				(error: Error) => {
					const refusal = new Error(
						error instanceof AuthError ? error.message : 'access token rejected'
					) as Error & {
						data: HandshakeRefusal;
					};

					refusal.data = { code: 'UNAUTHENTICATED' };
					log.info('handshake refused', {
						reason: refusal.message,
						address: socket.handshake.address,
					});
					next(refusal);
				}
			);
		});
		const welcome = {
			welcome: { routerRtpCapabilities: rtpCapabilitiesToProto(options.routerRtpCapabilities) },
		};

		this.#io.on('connection', (socket) =>
			new Connection({
				socket,
				claims: socket.data.claims,
				rooms,
				cluster,
				edges,
				policy: options.policy,
				rateLimit: options.rateLimit,
				reconnectGraceMs: options.reconnectGraceMs,
				observer: this.observer,
				logger: log,
			}).notify(welcome)
		);
	}

	/**
	 * Another namespace on the same socket.io server, typed by its user (the
	 * cascade's node-to-node links): its events have nothing to do with `/`'s.
	 */
	namespace<Typed extends Namespace>(name: string): Typed {
		return this.#io.of(name) as unknown as Typed;
	}

	get connectionCount(): number {
		return this.#io.engine.clientsCount;
	}

	close(): Promise<void> {
		return new Promise((resolve) => {
			this.#io.disconnectSockets(true);
			void this.#io.close(() => resolve());
		});
	}
}
