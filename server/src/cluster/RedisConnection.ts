import { createClient } from '@redis/client';
import { redactUrl } from '../config/redact.js';
import type { Logger } from '../logging/logger.js';
import { ClusterUnavailableError } from './ClusterRouter.js';

/** No Redis command may hold a join longer than this. */
const COMMAND_TIMEOUT_MS = 1500;
/** What a client is told to wait before trying again while Redis is away. */
const RETRY_AFTER_MS = 1000;
/** How long a node waits for Redis at start before it refuses to run. */
const CONNECT_TIMEOUT_MS = 10_000;

export type Redis = ReturnType<typeof createClient>;

/**
 * What a round trip to Redis was for. Joins cost read-room, read-node and
 * claim; heartbeat, assert and read-nodes are the steady background.
 */
export type RedisOp =
	| 'heartbeat'
	| 'assert'
	| 'read-nodes'
	| 'read-room'
	| 'read-node'
	| 'claim'
	| 'release'
	| 'list-rooms'
	| 'claim-once'
	| 'unregister';

/**
 * One node's connection to the cluster's Redis: commands fail fast with a
 * deadline instead of queueing while Redis is away (a join must not hang on
 * it), are counted by purpose, and an outage is logged once, with `onBack`
 * called when Redis answers again.
 */
export class RedisConnection {
	readonly counts = new Map<RedisOp, number>();
	readonly #redis: Redis;
	readonly #url: string;
	#down = false;

	constructor(url: string, logger: Logger, onBack: () => void) {
		this.#url = url;
		this.#redis = createClient({
			url,
			disableOfflineQueue: true,
			socket: {
				connectTimeout: 2000,
				reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
			},
		});
		this.#redis.on('error', (error: Error) => {
			if (!this.#down) {
				this.#down = true;
				logger.warn('redis unreachable: hosted rooms carry on, new placements wait', {
					error: error.message,
				});
			}
		});
		this.#redis.on('ready', () => {
			if (this.#down) {
				this.#down = false;
				logger.info('redis reachable again: re-registering and re-asserting rooms');
				onBack();
			}
		});
	}

	/** Connects, or says why not: a node that cannot reach Redis at start must not serve alone unnoticed. */
	async connect(): Promise<void> {
		try {
			await withDeadline(this.#redis.connect(), CONNECT_TIMEOUT_MS);
		} catch (error) {
			this.#redis.destroy();
			throw new Error(`cannot reach REDIS_URL ${redactUrl(this.#url)}: ${(error as Error).message}`);
		}
	}

	/** Runs Redis command(s) for `op` with a deadline; any failure becomes ClusterUnavailableError. */
	async run<T>(op: RedisOp, commands: (redis: Redis) => Promise<T>): Promise<T> {
		this.counts.set(op, (this.counts.get(op) ?? 0) + 1);

		try {
			return await withDeadline(commands(this.#redis), COMMAND_TIMEOUT_MS);
		} catch (error) {
			throw new ClusterUnavailableError(
				`the cluster registry is unreachable: ${(error as Error).message}`,
				RETRY_AFTER_MS
			);
		}
	}

	destroy(): void {
		this.#redis.destroy();
	}
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;

	try {
		return await Promise.race([
			work,
			new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
			}),
		]);
	} finally {
		clearTimeout(timer);
	}
}
