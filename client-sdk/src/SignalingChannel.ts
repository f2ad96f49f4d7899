import { enhancedEvents } from 'mediasoup-client';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { PROTOCOL_VERSION, skylark } from '../../protos/index.js';
import { SkylarkError } from './SkylarkError.js';

import pb = skylark.v1;

/** A method name of skylark.v1.Request, e.g. 'join'. */
export type Method = NonNullable<pb.Request['method']>;
export type RequestBody<M extends Method> = NonNullable<pb.Request.$Properties[M]>;
/** The decoded response to a request (its `result` member says which kind). */
export type Response = pb.Response;

type Notification = pb.Notification;
export type NotificationEvent = NonNullable<Notification['event']>;

export type SignalingEvents = {
	/** `generation`: which connection it came on (see `generation`). */
	notification: [Notification, generation: number];
	connect: [];
	/** Connected again after a drop (socket.io reconnects by itself). */
	reconnect: [];
	disconnect: [reason: string];
	/** A reconnection attempt after a drop failed: the node may be gone. */
	unreachable: [reason: string];
	/** A frame-level error from the server (response id 0), or an undecodable frame. */
	error: [SkylarkError];
	/** What the node tells each connection first: its routers' capabilities. */
	welcome: [pb.Welcome];
};

const FRAME_EVENT = 'sk';
/**
 * A server sends its Welcome right behind the handshake; one that predates
 * it sends none, and the client joins the longer way after this long.
 */
const WELCOME_WAIT_MS = 1000;

interface Pending {
	method: Method;
	resolve: (response: Response) => void;
	reject: (error: SkylarkError) => void;
	timer: ReturnType<typeof setTimeout>;
}

export interface SignalingOptions {
	requestTimeoutMs: number;
	/** Access token, sent in the socket.io handshake. */
	token?: string;
	socket?: Partial<ManagerOptions & SocketOptions>;
}

/**
 * Protobuf request/response and notifications over one socket.io connection,
 * to one node at a time: in a cluster the client may be moved to another
 * (`moveTo`). WebSocket only, so a round-robin load balancer needs no sticky
 * sessions.
 */
export class SignalingChannel extends enhancedEvents.EnhancedEventEmitter<SignalingEvents> {
	#socket: Socket;
	#url: string;
	readonly #options: SignalingOptions;
	readonly #pending = new Map<number, Pending>();
	readonly #timeoutMs: number;
	#nextId = 1;
	#everConnected = false;
	#generation = 0;
	#welcome?: pb.Welcome;
	/** This connection's server sent no Welcome in time: it is not waited for again. */
	#unwelcomed = false;

	constructor(url: string, options: SignalingOptions) {
		super();
		this.#timeoutMs = options.requestTimeoutMs;
		this.#options = options;
		this.#url = url;
		this.#socket = this.#open(url);
	}

	/** The node this channel talks to now. */
	get url(): string {
		return this.#url;
	}

	/**
	 * Counts the connections `moveTo` opened. Notifications carry the one
	 * they came on: those of a node the client has left must not be applied
	 * to its view of the room on the next (their numbering starts over there).
	 */
	get generation(): number {
		return this.#generation;
	}

	get connected(): boolean {
		return this.#socket.connected;
	}

	/** The current connection's Welcome, if its server sent one. */
	get welcome(): pb.Welcome | undefined {
		return this.#welcome;
	}

	/**
	 * Drops the current connection and connects to another node (a cluster's
	 * redirect, or back to the entry URL). With `fresh`, a new connection even
	 * to the same node, so nothing of the old session's traffic is mixed in.
	 * Pending requests fail with UNAVAILABLE; resolves once connected, rejects
	 * if the node cannot be reached.
	 */
	async moveTo(url: string, options: { fresh?: boolean } = {}): Promise<void> {
		if (options.fresh || url !== this.#url || !this.#socket.connected) {
			this.#failPending(new SkylarkError('UNAVAILABLE', 'signaling moved to another node'));
			this.#socket.removeAllListeners();
			this.#socket.disconnect();
			this.#url = url;
			this.#everConnected = false;
			this.#generation++;
			this.#socket = this.#open(url);
		}

		await this.waitConnected();
	}

	#open(url: string): Socket {
		const socket = io(url, {
			transports: ['websocket'],
			// The server refuses a client of another protocol version with PROTOCOL_MISMATCH.
			auth: { token: this.#options.token, protocol: PROTOCOL_VERSION },
			...this.#options.socket,
		});

		socket.on(FRAME_EVENT, (frame: ArrayBuffer | Uint8Array) => this.#onFrame(frame));
		socket.on('connect', () => {
			this.#welcome = undefined;
			this.#unwelcomed = false;
			this.safeEmit(this.#everConnected ? 'reconnect' : 'connect');
			this.#everConnected = true;
		});
		socket.on('disconnect', (reason) => {
			this.#failPending(new SkylarkError('UNAVAILABLE', `signaling disconnected (${reason})`));
			this.safeEmit('disconnect', reason);
		});
		socket.on('connect_error', (error: Error) => {
			if (this.#everConnected) {
				this.safeEmit('unreachable', error.message);
			}
		});

		return socket;
	}

	/**
	 * Resolves once connected and welcomed (or after WELCOME_WAIT_MS without a
	 * Welcome); rejects with the connection error if it cannot connect.
	 */
	async waitConnected(): Promise<void> {
		await this.#connected();

		if (this.#welcome || this.#unwelcomed || !this.#socket.connected) {
			return;
		}

		await new Promise<void>((resolve) => {
			const done = () => {
				this.#unwelcomed = !this.#welcome;
				clearTimeout(timer);
				this.off('welcome', done);
				resolve();
			};
			const timer = setTimeout(done, WELCOME_WAIT_MS);

			this.on('welcome', done);
		});
	}

	#connected(): Promise<void> {
		if (this.#socket.connected) {
			return Promise.resolve();
		}

		return new Promise((resolve, reject) => {
			const socket = this.#socket;
			const onError = (error: Error & { data?: { code?: string } }) => {
				socket.off('connect', onConnect);

				// The server refuses a bad access token or another protocol version in the handshake;
				// anything else means it is unreachable.
				if (error.data?.code === 'UNAUTHENTICATED' || error.data?.code === 'PROTOCOL_MISMATCH') {
					socket.disconnect();
					reject(new SkylarkError(error.data.code, error.message));
				} else {
					reject(
						new SkylarkError(
							'UNAVAILABLE',
							`cannot reach Skylark at ${this.#url}: ${error.message}`
						)
					);
				}
			};
			const onConnect = () => {
				socket.off('connect_error', onError);
				resolve();
			};

			socket.once('connect', onConnect);
			socket.once('connect_error', onError);
		});
	}

	/** Sends a request and resolves with its response, or rejects with the server's typed error. */
	request<M extends Method>(method: M, body: RequestBody<M>): Promise<Response> {
		const id = this.#nextId++;
		const frame = pb.Request.encode({ id, [method]: body } as pb.Request.$Properties).finish();

		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.#pending.delete(id);
				reject(new SkylarkError('TIMEOUT', `no response within ${this.#timeoutMs} ms`, method));
			}, this.#timeoutMs);

			this.#pending.set(id, { method, resolve, reject, timer });
			this.#socket.emit(FRAME_EVENT, frame);
		});
	}

	/**
	 * Drops the connection the way a network failure would; socket.io then
	 * reconnects by itself and the client resumes its peer. For tests and
	 * "reconnect now" buttons.
	 */
	interrupt(): void {
		this.#socket.io.engine?.close();
	}

	/** Sends raw bytes as a frame: for tests and diagnostics of the server's input handling. */
	sendRawFrame(frame: Uint8Array | string): void {
		this.#socket.emit(FRAME_EVENT, frame);
	}

	override close(): void {
		this.#failPending(new SkylarkError('UNAVAILABLE', 'client closed'));
		this.#socket.disconnect();
		super.close();
	}

	#onFrame(frame: ArrayBuffer | Uint8Array): void {
		let message: pb.ServerMessage;

		try {
			message = pb.ServerMessage.decode(frame instanceof ArrayBuffer ? new Uint8Array(frame) : frame);
		} catch (error) {
			this.safeEmit(
				'error',
				new SkylarkError('BAD_REQUEST', `undecodable server frame: ${(error as Error).message}`)
			);

			return;
		}

		if (message.notification?.welcome) {
			this.#welcome = message.notification.welcome as pb.Welcome;
			this.safeEmit('welcome', this.#welcome);

			return;
		}

		if (message.notification) {
			this.safeEmit('notification', message.notification as Notification, this.#generation);

			return;
		}

		const response = message.response as Response | null | undefined;

		if (!response) {
			return;
		}

		const pending = this.#pending.get(response.id);

		if (!pending) {
			if (response.error) {
				this.safeEmit('error', SkylarkError.fromProto(response.error));
			}

			return;
		}

		this.#pending.delete(response.id);
		clearTimeout(pending.timer);

		if (response.error) {
			pending.reject(SkylarkError.fromProto(response.error, pending.method));
		} else {
			pending.resolve(response);
		}
	}

	#failPending(error: SkylarkError): void {
		for (const [id, pending] of this.#pending) {
			clearTimeout(pending.timer);
			pending.reject(new SkylarkError(error.code, error.message, pending.method));
			this.#pending.delete(id);
		}
	}
}
