import * as mediasoup from 'mediasoup';
import type { Logger } from '../logging/logger.js';
import type { Room } from '../rooms/Room.js';
import type { EgressOutput } from './outputs/EgressOutput.js';
import type { TsSource } from './TsSource.js';

export type EgressState = 'starting' | 'active' | 'stopping' | 'ended' | 'failed';

export type EgressEvents = {
	/** Its state, or an output's, changed. */
	updated: [];
	/** It reached `ended` or `failed`. */
	finished: [reason: string];
};

export interface EgressParts {
	id: string;
	room: Room;
	type: 'composite' | 'track';
	/** What the request asked for (layout, size, peer...), shown as is. */
	settings: Record<string, unknown>;
	source: TsSource;
	outputs: EgressOutput[];
	/** Where its working files go (decoders' SDP files). */
	dir: string;
	/** Its HLS output's directory, served under /hls/<room>/<egress>/. */
	hlsDir?: string;
	logger: Logger;
}

/**
 * One egress: a source (the room composed, or one participant) encoded once
 * and copied to each of its outputs. It fails when its source fails or
 * when every output has; one output failing leaves the others running.
 */
export class Egress extends mediasoup.extras.EnhancedEventEmitter<EgressEvents> {
	readonly id: string;
	readonly createdAt = Date.now();
	readonly room: Room;
	readonly type: EgressParts['type'];
	readonly settings: Record<string, unknown>;
	readonly source: TsSource;
	readonly outputs: EgressOutput[];
	readonly dir: string;
	readonly hlsDir?: string;
	state: EgressState = 'starting';
	error?: string;
	endReason?: string;
	startedAt?: number;
	stoppedAt?: number;
	readonly #logger: Logger;
	#stopping?: Promise<void>;

	constructor(parts: EgressParts) {
		super();
		this.id = parts.id;
		this.room = parts.room;
		this.type = parts.type;
		this.settings = parts.settings;
		this.source = parts.source;
		this.outputs = parts.outputs;
		this.dir = parts.dir;
		this.hlsDir = parts.hlsDir;
		this.#logger = parts.logger;
	}

	get running(): boolean {
		return this.state === 'starting' || this.state === 'active';
	}

	get durationSeconds(): number {
		return this.startedAt ? ((this.stoppedAt ?? Date.now()) - this.startedAt) / 1000 : 0;
	}

	async start(): Promise<void> {
		this.source.on('data', (chunk) => this.outputs.forEach((o) => o.write(chunk)));
		this.source.on('failed', (reason) => void this.#fail(reason));

		for (const output of this.outputs) {
			output.on('state', () => this.#outputChanged());
			output.start();
		}

		await this.source.start();
		this.startedAt = Date.now();
		this.state = 'active';
		this.#logger.info('egress started', { egressId: this.id, outputs: this.outputs.map((o) => o.type) });
		this.safeEmit('updated');
	}

	/** Stops cleanly: the source flushes, then each output finishes its stream or file. */
	stop(reason: string): Promise<void> {
		this.#stopping ??= this.#stop(reason, 'ended');

		return this.#stopping;
	}

	async #stop(reason: string, state: 'ended' | 'failed'): Promise<void> {
		this.state = 'stopping';
		this.endReason = reason;
		this.safeEmit('updated');
		await this.source.stop();
		await Promise.all(this.outputs.map((o) => o.stop()));
		this.stoppedAt = Date.now();
		this.state = state;
		this.#logger.info('egress stopped', { egressId: this.id, reason, state, error: this.error });
		this.safeEmit('finished', reason);
	}

	#fail(reason: string): Promise<void> {
		this.error ??= reason;
		this.#stopping ??= this.#stop(reason, 'failed');

		return this.#stopping;
	}

	#outputChanged(): void {
		if (!this.#stopping && this.outputs.every((o) => o.state === 'failed')) {
			void this.#fail(this.outputs.map((o) => `${o.type}: ${o.error ?? 'failed'}`).join('; '));

			return;
		}

		this.safeEmit('updated');
	}
}
