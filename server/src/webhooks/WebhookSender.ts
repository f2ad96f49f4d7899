import { createHmac, randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger.js';
import { redactUrl } from '../config/redact.js';

/** One event as receivers get it (the JSON body). */
export interface WebhookEvent {
	id: string;
	event: string;
	/** Milliseconds since the epoch. */
	createdAt: number;
	[detail: string]: unknown;
}

export interface WebhookOptions {
	urls: string[];
	secret: string;
	maxAttempts: number;
	/** First retry delay; each further one doubles. */
	retryBaseMs: number;
	timeoutMs: number;
	maxQueue: number;
}

/**
 * `X-Skylark-Signature: t=<ms>,v1=<hex>`: HMAC-SHA256 of "<t>.<body>" with the
 * shared secret. Receivers recompute it, compare in constant time, and may
 * reject old timestamps to stop replays.
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
	return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Delivers to one URL, one event at a time, in order, retrying each with backoff. */
class Delivery {
	readonly #queue: WebhookEvent[] = [];
	/** The URL as logs may show it: receivers often carry a token in it. */
	readonly #shownUrl: string;
	/** Where requests go: the URL without user:password, which fetch refuses. */
	readonly #target: string;
	/** user:password from the URL, sent as HTTP Basic authentication instead. */
	readonly #authorization?: string;
	#running = false;
	#idle?: () => void;

	constructor(
		readonly url: string,
		private readonly options: WebhookOptions,
		private readonly logger: Logger
	) {
		const parsed = new URL(url);

		if (parsed.username || parsed.password) {
			const credentials = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;

			this.#authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
			parsed.username = '';
			parsed.password = '';
		}

		this.#target = parsed.toString();
		this.#shownUrl = redactUrl(url);
	}

	enqueue(event: WebhookEvent): void {
		if (this.#queue.length >= this.options.maxQueue) {
			const dropped = this.#queue.shift();

			this.logger.warn('webhook queue full: dropping the oldest event', {
				url: this.#shownUrl,
				event: dropped?.event,
			});
		}

		this.#queue.push(event);

		if (!this.#running) {
			void this.#run();
		}
	}

	/** Resolves when everything queued so far has been delivered or given up on. */
	drained(): Promise<void> {
		return this.#running ? new Promise((resolve) => (this.#idle = resolve)) : Promise.resolve();
	}

	async #run(): Promise<void> {
		this.#running = true;

		for (let event = this.#queue.shift(); event; event = this.#queue.shift()) {
			await this.#deliver(event);
		}

		this.#running = false;
		this.#idle?.();
	}

	async #deliver(event: WebhookEvent): Promise<void> {
		const body = JSON.stringify(event);

		for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
			try {
				const response = await fetch(this.#target, {
					method: 'POST',
					headers: {
						...(this.#authorization ? { authorization: this.#authorization } : {}),
						'content-type': 'application/json',
						'x-skylark-event': event.event,
						'x-skylark-delivery': event.id,
						'x-skylark-signature': signWebhook(this.options.secret, body, Date.now()),
					},
					body,
					signal: AbortSignal.timeout(this.options.timeoutMs),
				});

				if (response.ok) {
					return;
				}

				this.logger.warn('webhook refused', {
					url: this.#shownUrl,
					event: event.event,
					status: response.status,
					attempt,
				});
			} catch (error) {
				this.logger.warn('webhook failed', {
					url: this.#shownUrl,
					event: event.event,
					// Error texts may quote the URL, token and all.
					error: (error as Error).message.split(this.#target).join(this.#shownUrl),
					attempt,
				});
			}

			if (attempt < this.options.maxAttempts) {
				await new Promise((resolve) =>
					setTimeout(resolve, this.options.retryBaseMs * 2 ** (attempt - 1))
				);
			}
		}

		this.logger.error('webhook given up', {
			url: this.#shownUrl,
			event: event.event,
			attempts: this.options.maxAttempts,
		});
	}
}

/**
 * Sends signed JSON events to the configured URLs. `emit` only queues: it
 * never waits on a receiver, so media and signaling never do either.
 */
export class WebhookSender {
	readonly #deliveries: Delivery[];

	constructor(options: WebhookOptions, logger: Logger) {
		const log = logger.child({ component: 'webhooks' });

		this.#deliveries = options.urls.map((url) => new Delivery(url, options, log));
	}

	emit(event: string, details: Record<string, unknown> = {}): void {
		const payload: WebhookEvent = { id: randomUUID(), event, createdAt: Date.now(), ...details };

		this.#deliveries.forEach((delivery) => delivery.enqueue(payload));
	}

	/** Waits (bounded by the caller) for queued events to go out, e.g. at shutdown. */
	async drained(): Promise<void> {
		await Promise.all(this.#deliveries.map((d) => d.drained()));
	}
}
