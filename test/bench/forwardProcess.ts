import { spawn, type ChildProcess } from 'node:child_process';
import type { Counters, ForwardRequest, Started } from './forwardServer.js';
import { pinProcess } from './pinning.js';

const SCRIPT = new URL('./forwardServer.ts', import.meta.url).pathname;
/** A request the server does not answer in this long fails its step (it does not hang the bench). */
const REQUEST_TIMEOUT_MS = 60_000;

/** bench:forward's server process (forwardServer.ts), pinned to its cores, driven over IPC. */
export class ForwardProcess {
	readonly #child: ChildProcess;
	#next = 0;
	readonly #pending = new Map<
		number,
		{ resolve: (value: unknown) => void; reject: (error: Error) => void }
	>();

	private constructor() {
		this.#child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		this.#child.on('message', (reply: { id: number; result?: unknown; error?: string }) => {
			const pending = this.#pending.get(reply.id);

			this.#pending.delete(reply.id);

			if (reply.error !== undefined) {
				pending?.reject(new Error(reply.error));
			} else {
				pending?.resolve(reply.result);
			}
		});
		this.#child.on('exit', (code) => {
			for (const { reject } of this.#pending.values()) {
				reject(new Error(`the server process exited (${code})`));
			}

			this.#pending.clear();
		});
	}

	/** Starts a server; its Node process goes to `cores[0]`, worker i to cores[i % cores.length]. */
	static async start(setup: 'bare' | 'skylark', workers: number, cores: number[]): Promise<ForwardProcess> {
		const server = new ForwardProcess();

		pinProcess(server.#child.pid!, cores[0]);

		const started = (await server.#request({ op: 'start', setup, workers })) as Started;

		started.workerPids.forEach((pid, i) => pinProcess(pid, cores[i % cores.length]));
		server.started = started;

		return server;
	}

	started!: Started;

	setConsumers(count: number, ports: number[]): Promise<void> {
		return this.#request({ op: 'setConsumers', count, ports }) as Promise<void>;
	}

	counters(): Promise<Counters> {
		return this.#request({ op: 'counters' }) as Promise<Counters>;
	}

	/** Per worker, CPU seconds so far (mediasoup's getResourceUsage). */
	workerCpu(): Promise<number[]> {
		return this.#request({ op: 'cpu' }) as Promise<number[]>;
	}

	async close(): Promise<void> {
		await this.#request({ op: 'close' }).catch(() => undefined);
		this.#child.kill('SIGKILL');
	}

	#request(request: ForwardRequest): Promise<unknown> {
		const id = this.#next++;

		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.#pending.delete(id);
				reject(new Error(`${request.op}: no answer from the server within ${REQUEST_TIMEOUT_MS} ms`));
			}, REQUEST_TIMEOUT_MS);

			this.#pending.set(id, {
				resolve: (value) => {
					clearTimeout(timer);
					resolve(value);
				},
				reject: (error) => {
					clearTimeout(timer);
					reject(error);
				},
			});
			this.#child.send({ id, request });
		});
	}
}
