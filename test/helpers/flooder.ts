/**
 * A signaling flood from its own process, so that the flooders' client-side
 * work does not run on the event loop of the server under test:
 *
 *   FLOOD_URL=… FLOOD_TOKEN=… FLOOD_SOCKETS=4 FLOOD_FRAMES=10000 FLOOD_MAX_MS=60000 \
 *     node --import tsx test/helpers/flooder.ts
 *
 * Each socket sends frames as fast as it can until the rate limiter cuts it
 * off, connects again, and so on, until the server has answered FLOOD_FRAMES
 * frames in all or FLOOD_MAX_MS has passed. Prints `flooding` when the first
 * frames go out, then one line of JSON with the totals.
 */
import { skylark } from '../../protos/index.js';
import { RawSignaling } from './rawSignaling.js';

import pb = skylark.v1;

const env = (name: string) => {
	const value = process.env[name];

	if (!value) {
		throw new Error(`${name} is not set`);
	}

	return value;
};

const url = env('FLOOD_URL');
const token = env('FLOOD_TOKEN');
const sockets = Number(env('FLOOD_SOCKETS'));
const target = Number(env('FLOOD_FRAMES'));
const deadline = performance.now() + Number(env('FLOOD_MAX_MS'));
const BATCH = 50;
const MAX_PER_CONNECTION = 100_000;
// The cheapest request there is: the server decides it without touching a worker.
const frame = pb.Request.encode({ id: 1, leave: {} }).finish();
const totals = {
	answered: 0,
	rateLimited: 0,
	connections: 0,
	/** Connections the server closed (the rate limiter's last word), as opposed to our timeout. */
	cutOff: 0,
	/** How the connections ended, by socket.io's reason. */
	endings: {} as Record<string, number>,
	/** Time spent connecting, and sending until cut off, summed over connections. */
	connectMs: 0,
	floodMs: 0,
	durationMs: 0,
};
let started = 0;

async function floodOne(): Promise<void> {
	while (totals.answered < target && performance.now() < deadline) {
		const connecting = performance.now();
		const socket = await RawSignaling.connect(url, token);
		const connected = performance.now();

		totals.connectMs += connected - connecting;
		totals.connections++;
		socket.onResponse((response) => {
			totals.answered++;

			if (response.error?.code === pb.ErrorCode.RATE_LIMITED) {
				totals.rateLimited++;
			}
		});

		if (started === 0) {
			started = performance.now();
			process.stdout.write('flooding\n');
		}

		let ended: string | undefined;

		void socket.disconnected.then((reason) => (ended = reason));

		// Frames go out in batches, until the server cuts the socket off (or a bound is reached).
		for (
			let sent = 0;
			!ended && sent < MAX_PER_CONNECTION && performance.now() < deadline;
			sent += BATCH
		) {
			for (let i = 0; i < BATCH; i++) {
				socket.send(frame);
			}

			await new Promise((resolve) => setImmediate(resolve));
		}

		let timer: NodeJS.Timeout | undefined;
		const reason =
			ended ??
			(await Promise.race([
				socket.disconnected,
				new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timeout'), 10_000))),
			]));

		clearTimeout(timer);
		totals.floodMs += performance.now() - connected;
		totals.endings[reason] = (totals.endings[reason] ?? 0) + 1;

		if (reason === 'io server disconnect') {
			totals.cutOff++;
		}

		socket.close();
	}
}

await Promise.all(Array.from({ length: sockets }, () => floodOne()));
totals.durationMs = Math.round(performance.now() - started);
totals.connectMs = Math.round(totals.connectMs);
totals.floodMs = Math.round(totals.floodMs);
process.stdout.write(`${JSON.stringify(totals)}\n`);
