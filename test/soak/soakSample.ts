import * as fs from 'node:fs';
import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { Skylark } from '../../server/src/Skylark.js';
import { machineCpu } from '../bench/procStats.js';

/** One minute's reading of the server under soak. */
export interface SoakSample {
	minute: number;
	/** The whole machine's CPU use since the previous sample, in % of all cores: how hard the load drives it. */
	machineCpuPercent: number;
	rssMiB: number;
	heapMiB: number;
	fds: number;
	/** mediasoup objects, from the workers' and routers' dumps. */
	routers: number;
	transports: number;
	producers: number;
	consumers: number;
	/** Skylark's own maps. */
	maps: Record<string, number>;
	peers: number;
}

/** mediasoup routers as they are created, so their dumps can be read. */
const routers = new Set<types.Router>();
/**
 * The pipe transports pipeToRouter makes between a room's routers (a room
 * spread over workers), by router id, with the consumers they carry: they
 * belong to the room, not to a peer.
 */
const pipeTransports = new Map<string, Set<types.Transport>>();
const pipeConsumers = new Map<types.Transport, Set<types.Consumer>>();

function watchPipes(router: types.Router): void {
	const transports = new Set<types.Transport>();

	pipeTransports.set(router.id, transports);
	router.observer.once('close', () => pipeTransports.delete(router.id));
	router.observer.on('newtransport', (transport) => {
		if (transport.type !== 'pipe') {
			return;
		}

		const consumers = new Set<types.Consumer>();

		transports.add(transport);
		pipeConsumers.set(transport, consumers);
		transport.observer.once('close', () => {
			transports.delete(transport);
			pipeConsumers.delete(transport);
		});
		transport.observer.on('newconsumer', (consumer) => {
			consumers.add(consumer);
			consumer.observer.once('close', () => consumers.delete(consumer));
		});
	});
}

mediasoup.observer.on('newworker', (worker) =>
	worker.observer.on('newrouter', (router) => {
		routers.add(router);
		router.observer.once('close', () => routers.delete(router));
		watchPipes(router);
	})
);

interface Dumped {
	routers: Set<string>;
	transports: Set<string>;
	producers: Set<string>;
	consumers: Set<string>;
}

/** Every router, transport, producer and consumer the live workers hold, by id. */
async function dumpObjects(): Promise<Dumped> {
	const dumped: Dumped = {
		routers: new Set(),
		transports: new Set(),
		producers: new Set(),
		consumers: new Set(),
	};

	for (const router of routers) {
		if (router.closed) {
			continue;
		}

		const dump = await router.dump().catch(() => undefined);

		if (!dump) {
			continue; // its worker died between the check and the dump
		}

		dumped.routers.add(dump.id);
		dump.transportIds.forEach((id) => dumped.transports.add(id));

		for (const { key, values } of dump.mapProducerIdConsumerIds) {
			dumped.producers.add(key);
			values.forEach((id) => dumped.consumers.add(id));
		}
	}

	return dumped;
}

/** The ids of what Skylark's live rooms and peers own. */
function ownedObjects(server: Skylark): Dumped {
	const owned: Dumped = {
		routers: new Set(),
		transports: new Set(),
		producers: new Set(),
		consumers: new Set(),
	};

	for (const room of server.rooms.rooms.values()) {
		room.routers.all.forEach((r) => owned.routers.add(r.router.id));

		for (const peer of room.peers.values()) {
			for (const t of [peer.sendTransport, peer.recvTransport]) {
				if (t) {
					owned.transports.add(t.id);
				}
			}

			peer.producers.forEach((_, id) => owned.producers.add(id));
			peer.consumers.forEach((_, id) => owned.consumers.add(id));
		}
	}

	// A live room's pipes, and what they carry of producers live peers own.
	for (const routerId of owned.routers) {
		for (const transport of pipeTransports.get(routerId) ?? []) {
			owned.transports.add(transport.id);

			for (const consumer of pipeConsumers.get(transport) ?? []) {
				if (owned.producers.has(consumer.producerId)) {
					owned.consumers.add(consumer.id);
				}
			}
		}
	}

	return owned;
}

/** mediasoup objects no live room or peer owns, e.g. "transport abc". */
export async function orphans(server: Skylark): Promise<string[]> {
	const dumped = await dumpObjects();
	const owned = ownedObjects(server);
	const kinds = ['routers', 'transports', 'producers', 'consumers'] as const;

	return kinds.flatMap((kind) =>
		[...dumped[kind]].filter((id) => !owned[kind].has(id)).map((id) => `${kind} ${id}`)
	);
}

/**
 * Orphans seen twice, a few seconds apart: an object made by a join still in
 * flight is owned by the time of the second look, a leaked one never is.
 */
export async function lastingOrphans(server: Skylark): Promise<string[]> {
	const first = new Set(await orphans(server));

	await new Promise((resolve) => setTimeout(resolve, 3000));

	return (await orphans(server)).filter((o) => first.has(o));
}

let lastCpu = machineCpu();

export async function takeSample(server: Skylark, minute: number): Promise<SoakSample> {
	const dumped = await dumpObjects();
	const memory = process.memoryUsage();
	const cpu = machineCpu();
	const busy = (cpu.busy - lastCpu.busy) / Math.max(0.01, cpu.total - lastCpu.total);

	lastCpu = cpu;

	return {
		minute,
		machineCpuPercent: Math.round(busy * 100),
		rssMiB: Math.round(memory.rss / 2 ** 20),
		heapMiB: Math.round(memory.heapUsed / 2 ** 20),
		fds: fs.readdirSync('/proc/self/fd').length,
		routers: dumped.routers.size,
		transports: dumped.transports.size,
		producers: dumped.producers.size,
		consumers: dumped.consumers.size,
		maps: { ...server.rooms.mapSizes(), recordings: server.recordings.size },
		peers: [...server.rooms.rooms.values()].reduce((n, r) => n + r.peers.size, 0),
	};
}
