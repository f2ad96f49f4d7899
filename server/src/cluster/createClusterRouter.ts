import * as os from 'node:os';
import type { Config } from '../config/options.js';
import type { Logger } from '../logging/logger.js';
import type { ClusterRouter } from './ClusterRouter.js';
import { LocalRouter, type NodeIdentity } from './LocalRouter.js';
import { RedisRouter } from './RedisRouter.js';

/** NODE_ID, or one unique per process on this host: the port, or the pid when the port is chosen at start. */
export function nodeIdFor(config: Pick<Config, 'NODE_ID' | 'PORT'>): string {
	return config.NODE_ID ?? `${os.hostname()}-${config.PORT || `pid${process.pid}`}`;
}

/** Single node without REDIS_URL; a member of the Redis-coordinated cluster with it. */
export function createClusterRouter(
	config: Config,
	identity: Omit<NodeIdentity, 'nodeId' | 'region'>,
	secret: string,
	logger: Logger
): ClusterRouter {
	const node = { ...identity, nodeId: nodeIdFor(config), region: config.REGION };

	if (!config.REDIS_URL) {
		return new LocalRouter(node);
	}

	return new RedisRouter({
		...node,
		redisUrl: config.REDIS_URL,
		keyPrefix: config.REDIS_KEY_PREFIX ?? 'skylark',
		secret: config.CLUSTER_SECRET ?? secret,
		heartbeatMs: Math.round(config.NODE_TTL_MS / 3),
		nodeTtlMs: config.NODE_TTL_MS,
		originMaxViewers: config.ORIGIN_MAX_VIEWERS,
		logger,
	});
}
