import type { Socket } from 'socket.io';
import { skylark } from '../../../protos/index.js';
import type { Logger } from '../logging/logger.js';
import type { PeerChannel } from '../rooms/PeerChannel.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { decodeRequestFrame, encodeServerMessage } from './frames.js';
import { handlers } from './handlers/index.js';
import type { Handler, Method, RequestContext, ResponseResult, Session } from './RequestContext.js';
import { toProtocolError } from './SignalingError.js';

import ErrorCode = skylark.v1.ErrorCode;

/** socket.io event carrying protobuf frames in both directions. */
export const FRAME_EVENT = 'sk';

/**
 * One client's signaling connection. Requests are handled one at a time, in
 * arrival order, so a client's produce can never overtake its connect.
 */
export class Connection implements Session, PeerChannel {
	readonly channel: PeerChannel = this;
	readonly logger: Logger;
	membership?: Session['membership'];
	readonly #socket: Socket;
	readonly #context: RequestContext;
	#queue: Promise<void> = Promise.resolve();

	constructor(socket: Socket, rooms: RoomManager, logger: Logger) {
		this.#socket = socket;
		this.logger = logger.child({ socketId: socket.id });
		this.#context = { session: this, rooms };

		socket.on(FRAME_EVENT, (frame: unknown) => {
			this.#queue = this.#queue.then(() => this.#handleFrame(frame));
		});
		socket.on('disconnect', (reason) => this.#onDisconnect(reason));
	}

	notify(notification: skylark.v1.Notification.$Properties): void {
		this.#send({ notification });
	}

	#send(message: skylark.v1.ServerMessage.$Properties): void {
		if (this.#socket.connected) {
			this.#socket.emit(FRAME_EVENT, encodeServerMessage(message));
		}
	}

	#respondError(id: number, code: ErrorCode, message: string): void {
		this.#send({ response: { id, error: { code, message } } });
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

		try {
			const result = await this.#dispatch(method, request);

			this.#send({ response: { id: request.id, ...result } });
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

			this.#respondError(request.id, mapped.code, mapped.message);
		}
	}

	#dispatch<M extends Method>(method: M, request: skylark.v1.Request): Promise<ResponseResult> {
		const handler: Handler<M> = handlers[method];
		// A decoded oneof member is never null when `method` names it.
		const body = request[method]!;

		return handler(this.#context, body);
	}

	#onDisconnect(reason: string): void {
		this.logger.debug('socket disconnected', { reason });

		if (this.membership) {
			this.membership.room.removePeer(this.membership.peer, 'disconnected');
			this.membership = undefined;
		}
	}
}
