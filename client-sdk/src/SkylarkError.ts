import { skylark } from '../../protos/index.js';

/** Error codes of Skylark's protocol, e.g. 'INVALID_STATE' or 'FORBIDDEN'. */
export type SkylarkErrorCode = keyof typeof skylark.v1.ErrorCode;

/** A request the server refused, or one that never got an answer. */
export class SkylarkError extends Error {
	constructor(
		readonly code: SkylarkErrorCode,
		message: string,
		/** The request method it answers, if any. */
		readonly method?: string,
		/** The server's hint: the request may work if sent again after this many milliseconds. */
		readonly retryAfterMs?: number
	) {
		super(method ? `${method}: ${message}` : message);
		this.name = 'SkylarkError';
	}

	static fromProto(error: skylark.v1.Error.$Properties, method?: string): SkylarkError {
		const code = (skylark.v1.ErrorCode[error.code ?? 0] ?? 'ERROR_CODE_UNSPECIFIED') as SkylarkErrorCode;

		return new SkylarkError(code, error.message ?? '', method, error.retryAfterMs || undefined);
	}
}
