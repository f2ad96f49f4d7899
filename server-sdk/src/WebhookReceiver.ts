import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookEvent } from './webhookEvents.js';

/** Header names as Node's http module gives them (lower case). */
export const SIGNATURE_HEADER = 'x-skylark-signature';
export const EVENT_HEADER = 'x-skylark-event';

const SIGNATURE = /^t=(\d+),v1=([0-9a-f]{64})$/;

/** A webhook that must not be trusted: unsigned, badly signed, too old, or not an event. */
export class WebhookVerificationError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WebhookVerificationError';
	}
}

export interface WebhookReceiverOptions {
	/**
	 * How far the signature's timestamp may be from now, either way, before
	 * the request counts as a replay (default 5 minutes). Skylark retries a
	 * failed delivery for about 16 s, each attempt signed afresh.
	 */
	toleranceMs?: number;
	/** The clock, in ms since the epoch (for tests). */
	now?: () => number;
}

/**
 * Checks Skylark's webhooks: `X-Skylark-Signature: t=<ms>,v1=<hex>` is the
 * HMAC-SHA256 of `"<t>.<raw body>"` with WEBHOOK_SECRET. Give it the body
 * exactly as received (before any JSON parsing) and the header.
 *
 * ```ts
 * const receiver = new WebhookReceiver(process.env.WEBHOOK_SECRET!);
 * app.post('/skylark-hooks', express.text({ type: 'application/json' }), (req, res) => {
 *   const event = receiver.receive(req.body, req.get('x-skylark-signature'));
 *   if (event.event === 'participant.joined') console.log(event.participant.name);
 *   res.sendStatus(204);
 * });
 * ```
 */
export class WebhookReceiver {
	readonly #secret: string;
	readonly #toleranceMs: number;
	readonly #now: () => number;

	constructor(secret: string, options: WebhookReceiverOptions = {}) {
		if (typeof secret !== 'string' || secret.length === 0) {
			throw new TypeError("the secret must be the server's WEBHOOK_SECRET");
		}

		this.#secret = secret;
		this.#toleranceMs = options.toleranceMs ?? 5 * 60_000;
		this.#now = options.now ?? Date.now;
	}

	/** Verifies the signature and returns the event; throws WebhookVerificationError otherwise. */
	receive(body: string | Uint8Array, signature: string | string[] | null | undefined): WebhookEvent {
		const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
		const header = Array.isArray(signature) ? signature[0] : signature;
		const match = SIGNATURE.exec(header?.trim() ?? '');

		if (!match) {
			throw new WebhookVerificationError(
				header ? 'malformed X-Skylark-Signature header' : 'no X-Skylark-Signature header'
			);
		}

		const [, timestamp, v1] = match;
		const expected = createHmac('sha256', this.#secret).update(`${timestamp}.`).update(raw).digest();

		if (!timingSafeEqual(Buffer.from(v1, 'hex'), expected)) {
			throw new WebhookVerificationError(
				'signature does not match (wrong WEBHOOK_SECRET, or a changed body)'
			);
		}

		const age = Math.abs(this.#now() - Number(timestamp));

		if (age > this.#toleranceMs) {
			throw new WebhookVerificationError(
				`signature timestamp is ${Math.round(age / 1000)} s away from now (tolerance ${this.#toleranceMs / 1000} s): a replay?`
			);
		}

		return parseEvent(raw.toString('utf8'));
	}
}

function parseEvent(text: string): WebhookEvent {
	let parsed: unknown;

	try {
		parsed = JSON.parse(text);
	} catch {
		throw new WebhookVerificationError('the body is not JSON');
	}

	if (
		typeof parsed !== 'object' ||
		parsed === null ||
		typeof (parsed as Record<string, unknown>).event !== 'string' ||
		typeof (parsed as Record<string, unknown>).id !== 'string'
	) {
		throw new WebhookVerificationError('the body is not a Skylark event (no "event" or "id")');
	}

	return parsed as WebhookEvent;
}
