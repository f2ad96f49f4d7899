import type { Router } from 'express';
import { TokenVerifier } from '../auth/accessTokens.js';
import type { Config } from '../config/options.js';
import type { Logger } from '../logging/logger.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { WebhookSender } from '../webhooks/WebhookSender.js';
import { EgressManager } from './EgressManager.js';
import { egressRoutes } from './egressRoutes.js';
import { parseResolution } from './egressRequest.js';
import { HlsSigner } from './hls/hlsAccess.js';
import { hlsRoutes } from './hls/hlsRoutes.js';

export interface EgressService {
	manager: EgressManager;
	/** Behind the admin key: /rooms/:roomId/egress. */
	adminRoutes: Router;
	/** Public (signed URL or access token): /hls/... */
	playbackRoutes: Router;
}

/** Egress as the composition root wires it: the manager with the node's settings, and its routes. */
export function createEgressService(
	config: Config,
	rooms: RoomManager,
	webhooks: WebhookSender,
	secret: string,
	logger: Logger
): EgressService {
	const manager = new EgressManager(
		rooms,
		{
			recordingDir: config.RECORDING_DIR,
			hlsDir: config.EGRESS_HLS_DIR,
			layout: config.EGRESS_LAYOUT,
			encoder: {
				size: parseResolution(config.EGRESS_RESOLUTION)!,
				fps: config.EGRESS_FPS,
				videoBitrateKbps: config.EGRESS_VIDEO_BITRATE_KBPS,
				audioBitrateKbps: config.EGRESS_AUDIO_BITRATE_KBPS,
				preset: config.EGRESS_ENCODER_PRESET,
			},
			hls: {
				segmentSeconds: config.EGRESS_HLS_SEGMENT_SECONDS,
				windowSegments: config.EGRESS_HLS_WINDOW,
			},
			rtmpRetry: {
				retries: config.EGRESS_RTMP_RETRIES,
				baseDelayMs: 1000,
				maxDelayMs: 30_000,
				healthyAfterMs: 30_000,
			},
		},
		webhooks,
		logger.child({ component: 'egress' })
	);
	const signer = new HlsSigner(secret);

	return {
		manager,
		adminRoutes: egressRoutes(rooms, manager, signer),
		playbackRoutes: hlsRoutes(manager, signer, new TokenVerifier(secret, config.AUTH_PUBLIC_KEYS_FILE)),
	};
}
