import { createHmac, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { within } from './within.js';

export interface ReceivedWebhook {
	event: string;
	body: {
		id: string;
		event: string;
		room?: { id: string };
		participant?: { name: string };
		track?: { kind: string };
		recording?: { id: string; state: string; error: string | null };
		error?: string;
		reason?: string;
	};
	signatureValid: boolean;
}

/**
 * A local webhook receiver that checks every signature against `secret`.
 * With `failFirst` it refuses the very first delivery, to exercise retries.
 */
export async function startWebhookReceiver(secret: string, options: { failFirst?: boolean } = {}) {
	const received: ReceivedWebhook[] = [];
	let attempts = 0;
	let waiters: { done: () => boolean; resolve: () => void }[] = [];
	const server = http.createServer((req, res) => {
		let raw = '';

		req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
		req.on('end', () => {
			if (++attempts === 1 && options.failFirst) {
				res.writeHead(500).end();

				return;
			}

			const header = String(req.headers['x-skylark-signature'] ?? '');
			const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
			const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
			const signatureValid = v1 !== undefined && timingSafeEqual(Buffer.from(v1, 'hex'), expected);

			received.push({
				event: String(req.headers['x-skylark-event']),
				body: JSON.parse(raw),
				signatureValid,
			});
			res.writeHead(204).end();
			waiters = waiters.filter((w) => (w.done() ? (w.resolve(), false) : true));
		});
	});
	const waitUntil = (done: () => boolean, what: string, timeoutMs = 20_000) =>
		within(
			new Promise<void>((resolve) => (done() ? resolve() : waiters.push({ done, resolve }))),
			timeoutMs,
			what
		);

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
		received,
		attempts: () => attempts,
		until: (count: number) => waitUntil(() => received.length >= count, `${count} webhooks`),
		/** The first webhook of this event type that matches, once it arrived. */
		async event(name: string, match: (w: ReceivedWebhook) => boolean = () => true, timeoutMs = 20_000) {
			const find = () => received.find((w) => w.event === name && match(w));

			await waitUntil(() => find() !== undefined, `webhook ${name}`, timeoutMs);

			return find()!;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
