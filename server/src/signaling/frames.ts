import { skylark } from '../../../protos/index.js';

import ErrorCode = skylark.v1.ErrorCode;

export type DecodedFrame =
	{ ok: true; request: skylark.v1.Request } | { ok: false; error: { code: ErrorCode; message: string } };

/** Decodes one client frame; anything but a binary skylark.v1.Request is a BAD_REQUEST. */
export function decodeRequestFrame(frame: unknown): DecodedFrame {
	if (!(frame instanceof Uint8Array) && !(frame instanceof ArrayBuffer)) {
		return {
			ok: false,
			error: {
				code: ErrorCode.BAD_REQUEST,
				message: 'frames must be binary skylark.v1.Request messages',
			},
		};
	}

	try {
		const bytes = frame instanceof ArrayBuffer ? new Uint8Array(frame) : frame;

		return { ok: true, request: skylark.v1.Request.decode(bytes) };
	} catch (error) {
		return {
			ok: false,
			error: {
				code: ErrorCode.BAD_REQUEST,
				message: `not a valid skylark.v1.Request: ${(error as Error).message}`,
			},
		};
	}
}

export function encodeServerMessage(message: skylark.v1.ServerMessage.$Properties): Uint8Array {
	return skylark.v1.ServerMessage.encode(message).finish();
}
