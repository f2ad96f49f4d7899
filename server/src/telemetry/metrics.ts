import * as fs from 'node:fs';
import type { types } from 'mediasoup';
import { registerCascadeMetrics, type CascadeTrafficReading } from './cascadeMetrics.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { WorkerPool } from '../media/WorkerPool.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { SignalingObserver } from './SignalingObserver.js';

export interface MetricsSources {
	/** Label on every series. */
	nodeId: string;
	pool: WorkerPool;
	rooms: RoomManager;
	signaling: SignalingObserver;
	/** Live signaling connections. */
	connections: () => number;
	/** Round trips to the cluster registry so far, by purpose (none for a single node). */
	clusterCommands: () => ReadonlyMap<string, number>;
	/** The webinar cascade's pipes between nodes. */
	cascade: () => Promise<CascadeTrafficReading>;
}

/** How long a scrape may spend reading transport stats from the workers. */
const STATS_BUDGET_MS = 2000;

function rssBytes(pid: number): number {
	try {
		const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

		return kb * 1024;
	} catch {
		return 0;
	}
}

/**
 * Skylark's Prometheus metrics. Everything is read from observers and live
 * state: nothing in the control flow waits on metrics. Counts are taken at
 * scrape time; byte and packet counters add what live transports, producers
 * and consumers did since the previous scrape.
 */
export class Metrics {
	readonly registry = new Registry();
	readonly #sources: MetricsSources;
	readonly #lastBytes = new Map<string, { in: number; out: number }>();
	readonly #lastPackets = new Map<string, number>();

	constructor(sources: MetricsSources) {
		this.#sources = sources;

		const registers = [this.registry];

		// Every series names its node, so one Prometheus can scrape a whole cluster.
		this.registry.setDefaultLabels({ node: sources.nodeId });
		collectDefaultMetrics({ register: this.registry, prefix: 'skylark_' });
		this.#gauges(registers);
		registerCascadeMetrics(registers, sources.cascade);

		const clusterTrips = new Map<string, number>();

		new Counter({
			name: 'skylark_cluster_redis_round_trips_total',
			help: 'Round trips to the cluster registry (Redis), by what they were for (join placement, heartbeat, ...)',
			labelNames: ['op'],
			registers,
			collect(this: Counter<'op'>) {
				for (const [op, count] of sources.clusterCommands()) {
					this.inc({ op }, count - (clusterTrips.get(op) ?? 0));
					clusterTrips.set(op, count);
				}
			},
		});

		const restarts = new Counter({
			name: 'skylark_worker_restarts_total',
			help: 'mediasoup workers started to replace dead ones',
			registers,
		});
		const requests = new Counter({
			name: 'skylark_signaling_requests_total',
			help: 'Signaling requests handled, by method and result code (OK or the error code)',
			labelNames: ['method', 'code'],
			registers,
		});
		const requestDuration = new Histogram({
			name: 'skylark_signaling_request_duration_seconds',
			help: 'Time to handle a signaling request, by method',
			labelNames: ['method'],
			buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
			registers,
		});
		const joinDuration = new Histogram({
			name: 'skylark_join_duration_seconds',
			help: 'Time to handle a join request (room creation and placement included)',
			buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
			registers,
		});
		const score = new Histogram({
			name: 'skylark_rtp_score',
			help: 'Quality score (0–10) of the streams consumers send, each time it changes',
			labelNames: ['kind'],
			buckets: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
			registers,
		});

		sources.pool.on('workerreplaced', () => restarts.inc());
		sources.signaling.on('request', ({ method, code, durationMs }) => {
			requests.inc({ method, code });
			requestDuration.observe({ method }, durationMs / 1000);

			if (method === 'join' && code === 'OK') {
				joinDuration.observe(durationMs / 1000);
			}
		});
		this.#observeScores(score);
	}

	#gauges(registers: Registry[]): void {
		const { pool, rooms } = this.#sources;
		const peers = () => [...rooms.rooms.values()].flatMap((room) => [...room.peers.values()]);

		new Gauge({
			name: 'skylark_rooms',
			help: 'Open rooms',
			registers,
			collect() {
				this.set(rooms.rooms.size);
			},
		});
		new Gauge({
			name: 'skylark_peers',
			help: 'Peers in rooms, by role',
			labelNames: ['role'],
			registers,
			collect() {
				this.reset();

				for (const peer of peers()) {
					this.inc({ role: peer.role });
				}
			},
		});
		// Both kinds are always reported, at 0 too, so dashboards never see a gap.
		const byKind = (name: string, help: string, tracks: () => { kind: string }[]) =>
			new Gauge({
				name,
				help,
				labelNames: ['kind'],
				registers,
				collect() {
					this.reset();
					this.set({ kind: 'audio' }, 0);
					this.set({ kind: 'video' }, 0);

					for (const track of tracks()) {
						this.inc({ kind: track.kind });
					}
				},
			});

		byKind('skylark_producers', 'Producers (published tracks), by kind', () =>
			peers().flatMap((p) => [...p.producers.values()])
		);
		byKind('skylark_consumers', 'Consumers (subscribed tracks), by kind', () =>
			peers().flatMap((p) => [...p.consumers.values()])
		);
		new Gauge({
			name: 'skylark_pipes',
			help: 'Producers piped between the routers of a room (pipeToRouter)',
			registers,
			collect() {
				this.set([...rooms.rooms.values()].reduce((sum, room) => sum + room.routers.pipeCount, 0));
			},
		});
		const connections = this.#sources.connections;

		new Gauge({
			name: 'skylark_signaling_connections',
			help: 'Open signaling (socket.io) connections',
			registers,
			collect() {
				this.set(connections());
			},
		});
		new Gauge({
			name: 'skylark_worker_cpu_ratio',
			help: 'mediasoup worker CPU use, fraction of one core (smoothed)',
			labelNames: ['worker'],
			registers,
			collect() {
				this.reset();
				pool.workers.forEach((w) => this.set({ worker: String(w.index) }, w.cpu.value));
			},
		});
		new Gauge({
			name: 'skylark_worker_rss_bytes',
			help: 'mediasoup worker resident memory',
			labelNames: ['worker'],
			registers,
			collect() {
				this.reset();
				pool.workers.forEach((w) => this.set({ worker: String(w.index) }, rssBytes(w.worker.pid)));
			},
		});
		new Gauge({
			name: 'skylark_worker_up',
			help: '1 while the mediasoup worker runs',
			labelNames: ['worker'],
			registers,
			collect() {
				this.reset();
				pool.workers.forEach((w) =>
					this.set({ worker: String(w.index) }, w.worker.closed || w.worker.died ? 0 : 1)
				);
			},
		});
		new Gauge({
			name: 'skylark_worker_consumers',
			help: 'Consumers carried by each worker (pipe consumers included): what placement weighs',
			labelNames: ['worker'],
			registers,
			collect() {
				this.reset();
				pool.workers.forEach((w) => this.set({ worker: String(w.index) }, w.load.consumers));
			},
		});

		this.#trafficCounters(registers);
	}

	/** Bytes and RTP packets in and out, from the workers' counters of live objects, read at scrape. */
	#trafficCounters(registers: Registry[]): void {
		// prom-client runs `collect` of every metric on scrape; these two share one read of the workers.
		let reading: Promise<void> | undefined;
		const read = (): Promise<void> =>
			(reading ??= this.#readTraffic(bytes, packets).finally(() => (reading = undefined)));
		const bytes: Counter<'direction'> = new Counter({
			name: 'skylark_transport_bytes_total',
			help: 'Bytes received (in) and sent (out) by transports',
			labelNames: ['direction'],
			registers,
			collect: read,
		});
		const packets: Counter<'direction'> = new Counter({
			name: 'skylark_rtp_packets_total',
			help: 'RTP packets received by producers (in) and sent by consumers (out)',
			labelNames: ['direction'],
			registers,
			collect: read,
		});
	}

	async #readTraffic(bytes: Counter<'direction'>, packets: Counter<'direction'>): Promise<void> {
		const peers = [...this.#sources.rooms.rooms.values()].flatMap((room) => [...room.peers.values()]);
		const transports = peers
			.flatMap((p) => [p.sendTransport, p.recvTransport])
			.filter((t) => t && !t.closed);
		const producers = peers.flatMap((p) => [...p.producers.values()]);
		const consumers = peers.flatMap((p) => [...p.consumers.values()]);
		const seen = new Set<string>();
		const deadline = performance.now() + STATS_BUDGET_MS;
		const addPackets = (id: string, direction: 'in' | 'out', count: number) => {
			seen.add(id);
			packets.inc({ direction }, Math.max(0, count - (this.#lastPackets.get(id) ?? 0)));
			this.#lastPackets.set(id, count);
		};

		for (const transport of transports) {
			if (performance.now() > deadline) {
				break;
			}

			const [stats] = await transport!.getStats().catch(() => []);

			if (stats) {
				const last = this.#lastBytes.get(transport!.id) ?? { in: 0, out: 0 };

				bytes.inc({ direction: 'in' }, Math.max(0, stats.bytesReceived - last.in));
				bytes.inc({ direction: 'out' }, Math.max(0, stats.bytesSent - last.out));
				this.#lastBytes.set(transport!.id, { in: stats.bytesReceived, out: stats.bytesSent });
				seen.add(transport!.id);
			}
		}

		for (const producer of producers) {
			if (performance.now() <= deadline) {
				const stats = await producer.getStats().catch((): types.ProducerStat[] => []);

				addPackets(
					producer.id,
					'in',
					stats.reduce((sum, s) => sum + s.packetCount, 0)
				);
			}
		}

		for (const consumer of consumers) {
			if (performance.now() <= deadline) {
				const stats = await consumer.getStats().catch((): types.ConsumerStat[] => []);
				const sent = stats
					.filter((s) => s.type === 'outbound-rtp')
					.reduce((sum, s) => sum + s.packetCount, 0);

				addPackets(consumer.id, 'out', sent);
			}
		}

		// Forget objects that are gone, so their last counts do not pile up.
		for (const id of [...this.#lastBytes.keys(), ...this.#lastPackets.keys()]) {
			if (!seen.has(id)) {
				this.#lastBytes.delete(id);
				this.#lastPackets.delete(id);
			}
		}
	}

	#observeScores(score: Histogram<'kind'>): void {
		const watchTransport = (transport: types.Transport) =>
			transport.observer.on('newconsumer', (consumer) => {
				// Pipe consumers feed other routers, not clients: their scores say nothing about quality.
				if (consumer.type !== 'pipe') {
					consumer.observer.on('score', (s) => score.observe({ kind: consumer.kind }, s.score));
				}
			});

		const watchWorker = (worker: types.Worker) =>
			worker.observer.on('newrouter', (router) => router.observer.on('newtransport', watchTransport));

		this.#sources.pool.workers.forEach((entry) => watchWorker(entry.worker));
		this.#sources.pool.on('workerreplaced', (_dead, fresh) => watchWorker(fresh.worker));
	}

	async text(): Promise<string> {
		return this.registry.metrics();
	}
}
