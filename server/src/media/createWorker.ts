import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * mediasoup.createWorker(), minus the worker's own shutdown on SIGINT/SIGTERM.
 *
 * Since 3.19.22 every mediasoup Worker adds `process.once('SIGTERM' | 'SIGINT')`
 * listeners that close it. Skylark owns shutdown: the first signal drains the
 * node while its workers keep forwarding, and only then closes them. Left in
 * place, mediasoup's listeners would cut every call the moment a drain starts.
 */
export async function createWorker<AppData extends types.AppData = types.AppData>(
	settings: types.WorkerSettings<AppData>
): Promise<types.Worker<AppData>> {
	const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
	const worker = await mediasoup.createWorker(settings);

	for (const signal of SHUTDOWN_SIGNALS) {
		for (const listener of process.listeners(signal)) {
			if (!before.get(signal)!.has(listener)) {
				process.removeListener(signal, listener);
			}
		}
	}

	return worker;
}
