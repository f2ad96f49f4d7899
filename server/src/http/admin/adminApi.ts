import { Router } from 'express';
import type { ClusterRouter } from '../../cluster/ClusterRouter.js';
import type { RoomManager } from '../../rooms/RoomManager.js';
import { clusterAdminRoutes } from './clusterAdminRoutes.js';
import { requireAdminKey } from './adminAuth.js';
import { openApiDocument } from './openapi.js';
import { roomAdminRoutes } from './roomAdminRoutes.js';

/**
 * The admin API: everything under /rooms needs `Authorization: Bearer
 * <ADMIN_API_KEY>` (404 without a configured key, 401 with a wrong one). Its
 * description is public at /api/openapi.json.
 */
export function adminApi(
	rooms: RoomManager,
	cluster: ClusterRouter,
	adminApiKey: string | undefined,
	extra: Router[] = []
): Router {
	const router = Router();

	router.get('/api/openapi.json', (_req, res) => {
		res.json(openApiDocument);
	});
	// First: requests about rooms hosted on other nodes go there.
	router.use(clusterAdminRoutes(rooms, cluster, adminApiKey));
	router.use('/rooms', requireAdminKey(adminApiKey));
	router.use(roomAdminRoutes(rooms, cluster));
	extra.forEach((routes) => router.use(routes));

	return router;
}
