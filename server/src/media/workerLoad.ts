import type { types } from 'mediasoup';

/** Live counts of what a worker carries, kept from mediasoup's observer events. */
export interface WorkerLoad {
	routers: number;
	transports: number;
	producers: number;
	consumers: number;
}

/**
 * Follows a worker's observer events to keep its load counts current without
 * polling the worker. Returns the live counts object.
 */
export function trackWorkerLoad(worker: types.Worker): Readonly<WorkerLoad> {
	const load: WorkerLoad = { routers: 0, transports: 0, producers: 0, consumers: 0 };

	const count = (
		key: keyof WorkerLoad,
		closable: { observer: { once(event: 'close', fn: () => void): unknown } }
	) => {
		load[key]++;
		closable.observer.once('close', () => load[key]--);
	};

	worker.observer.on('newrouter', (router) => {
		count('routers', router);
		router.observer.on('newtransport', (transport) => {
			count('transports', transport);
			transport.observer.on('newproducer', (producer) => count('producers', producer));
			transport.observer.on('newconsumer', (consumer) => count('consumers', consumer));
		});
	});

	return load;
}
