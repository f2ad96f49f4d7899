import { Router, type Request, type RequestHandler, type Response } from 'express';
import { cascadeView } from './cascadeView.js';
import { ClusterUnavailableError, type ClusterRouter } from '../../cluster/ClusterRouter.js';
import type { RoomManager } from '../../rooms/RoomManager.js';
import { requireAdminKey } from './adminAuth.js';

/** Set on a request one node forwards to another, so it is never forwarded twice. */
const FORWARDED_HEADER = 'x-skylark-forwarded-by';
/** Admin request bodies are small JSON documents. */
const MAX_FORWARDED_BODY = 64 * 1024;

async function readBody(req: Request): Promise<Buffer | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;

	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;

		if (size > MAX_FORWARDED_BODY) {
			throw new Error('request body too large');
		}

		chunks.push(chunk);
	}

	return size ? Buffer.concat(chunks) : undefined;
}

function unavailable(res: Response, error: ClusterUnavailableError): void {
	res.status(503)
		.set('Retry-After', String(Math.ceil(error.retryAfterMs / 1000)))
		.json({ error: error.message });
}

/**
 * Sends an admin request about a room hosted on another node to that node,
 * and relays its answer. Nodes share the admin key; the request keeps it.
 */
function forwardToOwner(rooms: RoomManager, cluster: ClusterRouter): RequestHandler {
	return async (req, res, next) => {
		const roomId = String(req.params.roomId ?? '');

		// An edge's copy of a room holds only its viewers: the room itself is at its origin.
		const local = roomId ? rooms.get(roomId) : undefined;

		if (!cluster.clustered || !roomId || (local && !local.edge) || req.get(FORWARDED_HEADER)) {
			next();

			return;
		}

		try {
			const owner = await cluster.remoteOwner(roomId);

			if (!owner) {
				next();

				return;
			}

			const body = await readBody(req);
			const answer = await fetch(new URL(req.originalUrl, owner.url), {
				method: req.method,
				headers: {
					authorization: req.get('authorization') ?? '',
					...(req.get('content-type') ? { 'content-type': req.get('content-type')! } : {}),
					[FORWARDED_HEADER]: cluster.nodeId,
				},
				body: body ? new Uint8Array(body) : undefined,
				signal: AbortSignal.timeout(10_000),
			});

			res.status(answer.status);
			answer.headers.forEach((value, name) => {
				if (['content-type', 'location', 'retry-after'].includes(name)) {
					res.set(name, value);
				}
			});
			res.send(Buffer.from(await answer.arrayBuffer()));
		} catch (error) {
			if (error instanceof ClusterUnavailableError) {
				unavailable(res, error);
			} else {
				res.status(502).json({
					error: `the node hosting room ${roomId} did not answer: ${(error as Error).message}`,
				});
			}
		}
	};
}

/**
 * The admin API across the cluster:
 * - `GET /cluster`: nodes (id, URL, state, load, last seen) and rooms (id, owner node, peers).
 * - anything under `/rooms/:roomId` for a room hosted on another node is
 *   forwarded to it (inspect, close, remove a peer, mute, record).
 * Single-node mode has the same routes: a cluster of one.
 */
export function clusterAdminRoutes(
	rooms: RoomManager,
	cluster: ClusterRouter,
	adminApiKey: string | undefined
): Router {
	const router = Router();
	const forward = forwardToOwner(rooms, cluster);

	router.get('/cluster', requireAdminKey(adminApiKey), async (_req, res) => {
		try {
			const [nodes, roomList] = await Promise.all([cluster.nodes(), cluster.rooms()]);

			res.json({
				node: cluster.nodeId,
				clustered: cluster.clustered,
				nodes: nodes.map((n) => ({ ...n, lastSeen: new Date(n.lastSeen).toISOString() })),
				rooms: roomList.map(({ id, node, epoch, peers, viewers }) => ({
					id,
					node,
					epoch,
					peers,
					viewers,
				})),
				cascade: cascadeView(nodes),
			});
		} catch (error) {
			if (error instanceof ClusterUnavailableError) {
				unavailable(res, error);
			} else {
				throw error;
			}
		}
	});

	router.all('/rooms/:roomId', requireAdminKey(adminApiKey), forward);
	router.all('/rooms/:roomId/*rest', requireAdminKey(adminApiKey), forward);

	return router;
}
