/**
 * bench:forward's server process: a bare mediasoup script or Skylark,
 * started on request from the bench (over IPC), so that the server runs in
 * a process of its own, pinned apart from the load. It answers with
 * mediasoup's own counters: packets its consumers sent and its workers' CPU.
 */
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import { loadConfig } from '../../server/src/config/loadConfig.js';
import { createLogger } from '../../server/src/logging/logger.js';
import { mediaCodecs } from '../../server/src/media/mediaCodecs.js';
import { startSkylark } from '../../server/src/Skylark.js';
import { freePortRange } from '../helpers/ports.js';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';

export const FORWARD_ROOM = 'bench-forward';
export const BARE_SSRC = 0x20000000;
export const VP8_PT = 101;

export type ForwardRequest =
	| { op: 'start'; setup: 'bare' | 'skylark'; workers: number }
	| { op: 'setConsumers'; count: number; ports: number[] }
	| { op: 'counters' }
	| { op: 'cpu' }
	| { op: 'close' };

export interface Started {
	workerPids: number[];
	/** Skylark: its URL. */
	url?: string;
	/** Bare: where the publisher's RTP goes. */
	ingestPort?: number;
}

export interface Counters {
	consumers: number;
	/** Packets the consumers sent (mediasoup's outbound-rtp counters). */
	forwarded: number;
}

interface Server {
	started: Started;
	workers: types.Worker[];
	consumers(): types.Consumer[];
	setConsumers(count: number, ports: number[]): Promise<void>;
	close(): Promise<void>;
}

const listenInfo = { protocol: 'udp', ip: '127.0.0.1' } as const;

async function bare(): Promise<Server> {
	const worker = await mediasoup.createWorker({ logLevel: 'error' });
	const router = await worker.createRouter({ mediaCodecs });
	const ingest = await router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: true });
	const producer = await ingest.produce({
		kind: 'video',
		rtpParameters: {
			codecs: [{ mimeType: 'video/VP8', payloadType: VP8_PT, clockRate: 90000 }],
			encodings: [{ ssrc: BARE_SSRC }],
		},
	});
	const consumers: { consumer: types.Consumer; transport: types.PlainTransport }[] = [];

	return {
		started: { workerPids: [worker.pid], ingestPort: ingest.tuple.localPort },
		workers: [worker],
		consumers: () => consumers.map((c) => c.consumer),
		async setConsumers(count, ports) {
			while (consumers.length > count) {
				consumers.pop()!.transport.close();
			}

			while (consumers.length < count) {
				const transport = await router.createPlainTransport({
					listenInfo,
					rtcpMux: true,
					comedia: false,
				});

				await transport.connect({ ip: '127.0.0.1', port: ports[consumers.length] });
				consumers.push({
					transport,
					consumer: await transport.consume({
						producerId: producer.id,
						rtpCapabilities: router.rtpCapabilities,
					}),
				});
			}
		},
		async close() {
			worker.close();
		},
	};
}

async function skylark(numWorkers: number): Promise<Server> {
	const node = await startSkylark(
		loadConfig({
			PORT: '0',
			LISTEN_IP: '127.0.0.1',
			RTC_PORT: String(await freePortRange(numWorkers)),
			NUM_WORKERS: String(numWorkers),
			PLAIN_TRANSPORTS: 'loopback',
			AUTH_SECRET: TEST_AUTH_SECRET,
			// Spread by consumer count as soon as there is more than one worker.
			WORKER_MAX_CONSUMERS: numWorkers > 1 ? '100' : '100000',
			WORKER_MAX_CPU: '1',
			// A subscriber the bench drops (bisecting down) leaves at once.
			RECONNECT_GRACE_MS: '0',
		}),
		createLogger('error', false)
	);
	const workers = node.pool.workers.map((w) => w.worker);

	return {
		started: { workerPids: workers.map((w) => w.pid), url: node.url },
		workers,
		consumers: () =>
			[...(node.rooms.get(FORWARD_ROOM)?.peers.values() ?? [])].flatMap((p) => [
				...p.consumers.values(),
			]),
		// Skylark's subscribers join and leave through its signaling, from the bench.
		setConsumers: async () => undefined,
		close: () => node.close(),
	};
}

async function outboundPackets(consumers: types.Consumer[]): Promise<number> {
	let total = 0;

	for (let i = 0; i < consumers.length; i += 200) {
		const stats = await Promise.all(consumers.slice(i, i + 200).map((c) => c.getStats().catch(() => [])));

		for (const list of stats) {
			for (const s of list) {
				if (s.type === 'outbound-rtp') {
					total += s.packetCount;
				}
			}
		}
	}

	return total;
}

let server: Server | undefined;

async function handle(request: ForwardRequest): Promise<unknown> {
	switch (request.op) {
		case 'start':
			server = request.setup === 'bare' ? await bare() : await skylark(request.workers);

			return server.started;
		case 'setConsumers':
			return server!.setConsumers(request.count, request.ports);
		case 'counters': {
			const consumers = server!.consumers();

			return {
				consumers: consumers.length,
				forwarded: await outboundPackets(consumers),
			} satisfies Counters;
		}
		case 'cpu': {
			// Per worker, CPU seconds so far.
			const usage = await Promise.all(server!.workers.map((w) => w.getResourceUsage()));

			return usage.map((u) => u.ru_utime + u.ru_stime);
		}
		case 'close':
			await server?.close();
			setImmediate(() => process.exit(0));

			return undefined;
	}
}

process.on('message', (message: { id: number; request: ForwardRequest }) => {
	handle(message.request).then(
		(result) => process.send!({ id: message.id, result }),
		(error: Error) => process.send!({ id: message.id, error: error.message })
	);
});
process.on('disconnect', () => process.exit(0));
