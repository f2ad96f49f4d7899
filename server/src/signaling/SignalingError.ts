import { NotFoundError, UnsupportedError, WorkerClosedError } from 'mediasoup/errors';
import { ProtocolError, skylark } from '../../../protos/index.js';
import { ClusterUnavailableError, RoomAbsentError, TicketError } from '../cluster/ClusterRouter.js';
import { ProducerNotFoundError, UpstreamError } from '../rooms/roomErrors.js';

import ErrorCode = skylark.v1.ErrorCode;

/** An error a request handler reports to the client, with its protocol error code. */
export class SignalingError extends Error {
	constructor(
		readonly code: ErrorCode,
		message: string,
		/** Sent as the error's retry hint: the request may work if sent again after this long. */
		readonly retryAfterMs?: number
	) {
		super(message);
		this.name = 'SignalingError';
	}
}

export const invalidState = (message: string) => new SignalingError(ErrorCode.INVALID_STATE, message);
export const notFound = (message: string) => new SignalingError(ErrorCode.NOT_FOUND, message);
export const forbidden = (message: string) => new SignalingError(ErrorCode.FORBIDDEN, message);
export const badRequest = (message: string) => new SignalingError(ErrorCode.BAD_REQUEST, message);
export const limitExceeded = (message: string) => new SignalingError(ErrorCode.LIMIT_EXCEEDED, message);

/**
 * Runs a mediasoup call with client-supplied input and turns mediasoup's typed
 * errors into errors the client can act on: TypeError (its own checks or the
 * worker's) for parameters it rejects, UnsupportedError for what it cannot do,
 * NotFoundError for an entity that is gone, and WorkerClosedError when the
 * worker died under the call (the room moves to another worker; retrying later
 * works).
 */
export async function withClientInput<T>(what: string, call: () => Promise<T>): Promise<T> {
	try {
		return await call();
	} catch (error) {
		if (error instanceof TypeError) {
			throw new SignalingError(ErrorCode.INVALID_PARAMETERS, `${what}: ${error.message}`);
		}

		if (error instanceof UnsupportedError) {
			throw new SignalingError(ErrorCode.UNSUPPORTED, `${what}: ${error.message}`);
		}

		if (error instanceof NotFoundError) {
			throw new SignalingError(ErrorCode.NOT_FOUND, `${what}: ${error.message}`);
		}

		if (error instanceof ProducerNotFoundError) {
			throw new SignalingError(ErrorCode.NOT_FOUND, error.message);
		}

		if (error instanceof UpstreamError) {
			throw new SignalingError(ErrorCode.UNAVAILABLE, `${what}: ${error.message}`);
		}

		if (error instanceof WorkerClosedError) {
			throw new SignalingError(ErrorCode.UNAVAILABLE, `${what}: the media worker closed`);
		}

		throw error;
	}
}

/**
 * Maps anything a handler throws to the error the client gets. Anything not
 * recognised is an internal error whose details stay in the log.
 */
export function toProtocolError(error: unknown): {
	code: ErrorCode;
	message: string;
	internal: boolean;
	retryAfterMs?: number;
} {
	if (error instanceof SignalingError) {
		return {
			code: error.code,
			message: error.message,
			internal: false,
			retryAfterMs: error.retryAfterMs,
		};
	}

	if (error instanceof ClusterUnavailableError) {
		return {
			code: ErrorCode.UNAVAILABLE,
			message: error.message,
			internal: false,
			retryAfterMs: error.retryAfterMs,
		};
	}

	if (error instanceof TicketError) {
		return { code: ErrorCode.TICKET_INVALID, message: error.message, internal: false };
	}

	if (error instanceof RoomAbsentError) {
		return { code: ErrorCode.FORBIDDEN, message: error.message, internal: false };
	}

	if (error instanceof ProtocolError) {
		return { code: ErrorCode.BAD_REQUEST, message: error.message, internal: false };
	}

	return { code: ErrorCode.INTERNAL, message: 'internal error', internal: true };
}
