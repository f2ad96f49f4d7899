import { Gauge, type Registry } from 'prom-client';

/** The cascade's inter-node traffic now (Cascade.traffic()). */
export interface CascadeTrafficReading {
	pipesOut: number;
	pipesIn: number;
	bytesSent: number;
	bytesReceived: number;
}

/**
 * Pipes between nodes and the bytes through them, read at scrape. The bytes
 * are those of the links open now (a link's counters go with it), so a
 * dashboard rates them rather than summing them forever.
 */
export function registerCascadeMetrics(
	registers: Registry[],
	read: () => Promise<CascadeTrafficReading>
): void {
	let reading: Promise<CascadeTrafficReading> | undefined;
	// Both gauges share one read of the pipes' transports per scrape.
	const once = () => (reading ??= read().finally(() => setImmediate(() => (reading = undefined))));

	new Gauge({
		name: 'skylark_cascade_pipes',
		help: 'Producers piped between nodes: to edge nodes (out, on an origin) and from an origin (in, on an edge)',
		labelNames: ['direction'],
		registers,
		async collect(this: Gauge<'direction'>) {
			const traffic = await once();

			this.set({ direction: 'out' }, traffic.pipesOut);
			this.set({ direction: 'in' }, traffic.pipesIn);
		},
	});
	new Gauge({
		name: 'skylark_cascade_pipe_bytes',
		help: 'Bytes sent to edge nodes (out) and received from origins (in) over the inter-node pipes open now',
		labelNames: ['direction'],
		registers,
		async collect(this: Gauge<'direction'>) {
			const traffic = await once();

			this.set({ direction: 'out' }, traffic.bytesSent);
			this.set({ direction: 'in' }, traffic.bytesReceived);
		},
	});
}
