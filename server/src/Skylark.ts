import { randomBytes } from 'node:crypto';
import { version as mediasoupVersion } from 'mediasoup';
import { TokenVerifier } from './auth/accessTokens.js';
import type { Config } from './config/options.js';
import { adminApi } from './http/admin/adminApi.js';
import { nodeAdminRoutes } from './http/admin/nodeAdminRoutes.js';
import { pageRoutes } from './http/pageRoutes.js';
import { healthRoutes } from './http/healthRoutes.js';
import { metricsRoutes } from './http/metricsRoutes.js';
import { tokenRoutes } from './http/tokenRoutes.js';
import { HttpServer } from './http/HttpServer.js';
import { chooseAnnouncedAddress } from './media/announcedAddress.js';
import type { Logger } from './logging/logger.js';
import { drain, type NodeState } from './lifecycle/drain.js';
import { createEgressService } from './egress/egressService.js';
import type { EgressManager } from './egress/EgressManager.js';
import { WorkerPool } from './media/WorkerPool.js';
import { ingestRoutes } from './ingest/ingestRoutes.js';
import { recordingRoutes } from './recording/recordingRoutes.js';
import { RecordingManager } from './recording/RecordingManager.js';
import { RoomManager } from './rooms/RoomManager.js';
import { roomRouterCapabilities } from './media/routerCapabilities.js';
import { SignalingServer } from './signaling/SignalingServer.js';
import { Metrics } from './telemetry/metrics.js';
import { sendRoomWebhooks } from './webhooks/roomWebhooks.js';
import { WebhookSender } from './webhooks/WebhookSender.js';
import type { ClusterRouter } from './cluster/ClusterRouter.js';
import { createClusterRouter } from './cluster/createClusterRouter.js';
import { connectRoomsToCluster } from './lifecycle/clusterRooms.js';
import { localRoomsView, nodeLoad } from './telemetry/nodeLoad.js';
import { whepRoutes } from './whip/whepRoutes.js';
import { whipRoutes } from './whip/whipRoutes.js';
import { Cascade } from './cascade/Cascade.js';
import type { CascadeNamespace } from './cascade/originLinks.js';
import { CASCADE_NAMESPACE } from './cascade/cascadeProtocol.js';
import { SipServer } from './sip/SipServer.js';
import { sipRoutes } from './sip/sipRoutes.js';

/** A running Skylark node: what the composition root built, and how to stop it. */
export interface Skylark {
	readonly url: string;
	readonly port: number;
	readonly pool: WorkerPool;
	readonly rooms: RoomManager;
	readonly node: NodeState;
	readonly webhooks: WebhookSender;
	readonly metrics: Metrics;
	readonly recordings: RecordingManager;
	readonly egresses: EgressManager;
	/** SIP dial-in, when SIP_PORT is set. */
	readonly sip?: SipServer;
	/** Where rooms live: this node alone (no REDIS_URL), or a Redis-coordinated cluster. */
	readonly cluster: ClusterRouter;
	/** Stops taking joins and waits up to `timeoutMs` for rooms to empty (then call close()). */
	drain(timeoutMs: number): Promise<void>;
	/** Closes every room, stops signaling and HTTP, and waits for the worker processes to exit. */
	close(): Promise<void>;
}

/**
 * Composition root: config → worker pool → rooms → HTTP → signaling. The only
 * place that wires Skylark's parts together; main.ts and the tests both start
 * nodes through it.
 */
export async function startSkylark(config: Config, logger: Logger): Promise<Skylark> {
	const { announcedAddress, guessed } = chooseAnnouncedAddress(config.LISTEN_IP, config.ANNOUNCED_ADDRESS);

	if (guessed) {
		logger.warn(guessed);
	}

	const pool = await WorkerPool.create(
		{
			numWorkers: config.NUM_WORKERS,
			logLevel: config.MEDIASOUP_LOG_LEVEL,
			webRtcServer: {
				listenIp: config.LISTEN_IP,
				announcedAddress,
				basePort: config.RTC_PORT,
			},
			limits: {
				maxConsumers: config.WORKER_MAX_CONSUMERS,
				maxCpu: config.WORKER_MAX_CPU,
				cpuSampleMs: config.WORKER_CPU_SAMPLE_MS,
			},
		},
		logger
	);
	const rooms = new RoomManager(
		pool,
		{
			emptyGraceMs: config.ROOM_EMPTY_GRACE_MS,
			activeSpeakerIntervalMs: 300,
			listenIp: config.LISTEN_IP,
			announcedAddress,
		},
		logger.child({ component: 'rooms' })
	);
	// DEV_MODE without a configured secret gets a random one: dev tokens then die with the process.
	const secret = config.AUTH_SECRET ?? randomBytes(32).toString('base64url');

	if (config.DEV_MODE) {
		logger.warn(
			'DEV_MODE is on: GET /dev/token hands out access tokens to anyone. Never run production like this.'
		);
	}

	const node: NodeState = { draining: false };
	const cluster = createClusterRouter(
		config,
		{
			load: () => ({ ...nodeLoad(pool, rooms, config.MAX_ROOMS), cascade: cascade.load() }),
			rooms: localRoomsView(rooms, pool, {
				maxRooms: config.MAX_ROOMS,
				maxPeersPerRoom: config.MAX_PEERS_PER_ROOM,
			}),
		},
		secret,
		logger
	);
	const cascade = new Cascade({
		nodeId: cluster.nodeId,
		rooms,
		cluster,
		secret: config.CLUSTER_SECRET ?? secret,
		pipes: {
			listenIp: config.PIPE_LISTEN_IP ?? config.LISTEN_IP,
			announcedAddress: config.PIPE_ANNOUNCED_ADDRESS ?? announcedAddress,
			portRange: { min: config.PIPE_MIN_PORT, max: config.PIPE_MAX_PORT },
		},
		lingerMs: config.PIPE_LINGER_MS,
		logger,
	});
	const http = new HttpServer();

	connectRoomsToCluster(rooms, cluster, logger);

	http.app.use(healthRoutes(pool, node));
	http.app.use(tokenRoutes({ secret, adminApiKey: config.ADMIN_API_KEY, devMode: config.DEV_MODE }));

	const verifier = new TokenVerifier(secret, config.AUTH_PUBLIC_KEYS_FILE);
	const iceServers = {
		turnUrls: config.TURN_URLS,
		turnSecret: config.TURN_SECRET,
		turnTtlSeconds: config.TURN_TTL_SECONDS,
		stunUrls: config.STUN_URLS,
	};
	const signaling = new SignalingServer(
		http.server,
		rooms,
		cluster,
		cascade,
		{
			maxFrameBytes: config.MAX_FRAME_BYTES,
			policy: {
				plainTransports: config.PLAIN_TRANSPORTS,
				maxPeersPerRoom: config.MAX_PEERS_PER_ROOM,
				maxProducersPerPeer: config.MAX_PRODUCERS_PER_PEER,
				maxConsumersPerPeer: config.MAX_CONSUMERS_PER_PEER,
				maxDataProducersPerPeer: config.MAX_DATA_PRODUCERS_PER_PEER,
				maxDataMessageBytes: config.MAX_DATA_MESSAGE_BYTES,
				maxRooms: config.MAX_ROOMS,
				iceServers,
				node,
			},
			rateLimit: { perSecond: config.RATE_LIMIT_PER_SECOND, burst: config.RATE_LIMIT_BURST },
			reconnectGraceMs: config.RECONNECT_GRACE_MS,
			verifier,
			routerRtpCapabilities: await roomRouterCapabilities(pool.workers[0]!.worker),
		},
		logger
	);

	cascade.acceptLinks(signaling.namespace<CascadeNamespace>(CASCADE_NAMESPACE));

	const metrics = new Metrics({
		nodeId: cluster.nodeId,
		pool,
		rooms,
		signaling: signaling.observer,
		connections: () => signaling.connectionCount,
		clusterCommands: () => cluster.commandCounts(),
		cascade: () => cascade.traffic(),
	});

	http.app.use(metricsRoutes(metrics));

	const webhooks = new WebhookSender(
		{
			urls: config.WEBHOOK_URLS ?? [],
			secret: config.WEBHOOK_SECRET ?? '',
			maxAttempts: 6,
			retryBaseMs: 500,
			timeoutMs: 5000,
			maxQueue: 10_000,
		},
		logger
	);

	sendRoomWebhooks(rooms.observer, pool, cluster, webhooks);

	const recordings = new RecordingManager(
		rooms,
		{
			dir: config.RECORDING_DIR,
			engine: config.RECORDING_ENGINE,
			encoding: {
				video: config.RECORDING_VIDEO,
				videoBitrateKbps: config.RECORDING_VIDEO_BITRATE_KBPS,
				videoHeight: config.RECORDING_VIDEO_HEIGHT,
			},
		},
		webhooks,
		logger.child({ component: 'recordings' })
	);

	const egress = createEgressService(config, rooms, webhooks, secret, logger);
	let sip: SipServer | undefined;

	http.app.use(
		adminApi(rooms, cluster, config.ADMIN_API_KEY, [
			recordingRoutes(rooms, recordings),
			egress.adminRoutes,
			nodeAdminRoutes(rooms, pool, node, config.ADMIN_API_KEY, () =>
				drain(rooms, cluster, node, config.DRAIN_TIMEOUT_MS, logger)
			),
			ingestRoutes(rooms, { listenIp: config.LISTEN_IP, announcedAddress }),
			// The SIP server starts later (with the listeners); until then, and without SIP_PORT, dial-out answers 503.
			sipRoutes(rooms, () => sip),
		])
	);
	http.app.use(egress.playbackRoutes);

	const httpMedia = {
		rooms,
		cluster,
		verifier,
		iceServers,
		node,
		limits: { maxRooms: config.MAX_ROOMS, maxPeersPerRoom: config.MAX_PEERS_PER_ROOM },
		maxDataMessageBytes: config.MAX_DATA_MESSAGE_BYTES,
	};

	http.app.use(whipRoutes(httpMedia));
	http.app.use(whepRoutes(httpMedia));
	http.app.use(pageRoutes());

	try {
		sip = config.SIP_PORT
			? await SipServer.start(
					{
						port: config.SIP_PORT,
						listenIp: config.LISTEN_IP,
						announcedAddress:
							announcedAddress ??
							(config.LISTEN_IP === '0.0.0.0' ? '127.0.0.1' : config.LISTEN_IP),
						allowedSources: config.SIP_ALLOWED_SOURCES ?? [],
						callerCredentials: config.SIP_CALLER_CREDENTIALS,
						rooms: config.SIP_ROOMS,
						dispatchRules: config.SIP_DISPATCH_RULES ?? [],
						trunks: config.SIP_TRUNKS ?? [],
						invitesPerSecond: config.SIP_INVITES_PER_SECOND,
						inviteBurst: config.SIP_INVITE_BURST,
						mixSlots: config.SIP_MIX_SLOTS,
						jitterMs: config.SIP_JITTER_MS,
						tls:
							config.SIP_TLS_PORT && config.SIP_TLS_CERT && config.SIP_TLS_KEY
								? {
										port: config.SIP_TLS_PORT,
										certFile: config.SIP_TLS_CERT,
										keyFile: config.SIP_TLS_KEY,
										caFile: config.SIP_TLS_CA,
									}
								: undefined,
						onCallEvent: (event, details) => webhooks.emit(event, details),
					},
					rooms,
					logger.child({ component: 'sip' })
				)
			: undefined;

		const address = await http.listen(config.PORT, config.HTTP_LISTEN_IP ?? config.LISTEN_IP);
		const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
		// No announced address means the listen IP is a specific one: clients reach that.
		const reachable = announcedAddress ?? address.address;
		const announcedHost = reachable.includes(':') ? `[${reachable}]` : reachable;
		const publicUrl = config.PUBLIC_URL ?? `http://${announcedHost}:${address.port}`;

		await cluster.start(publicUrl);
		logger.info('Skylark listening', {
			address: address.address,
			port: address.port,
			workers: pool.workers.length,
			node: process.version,
			mediasoup: mediasoupVersion,
			nodeId: cluster.nodeId,
			publicUrl,
			clustered: cluster.clustered,
		});

		return {
			url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
			port: address.port,
			pool,
			rooms,
			node,
			webhooks,
			metrics,
			recordings,
			egresses: egress.manager,
			sip,
			cluster,
			drain: (timeoutMs) => drain(rooms, cluster, node, timeoutMs, logger),
			async close() {
				// Recorders and egresses finalise their files while the media they record still exists.
				await Promise.all([
					sip?.close(),
					recordings.stopAll('server-shutdown'),
					egress.manager.stopAll('server-shutdown'),
				]);
				rooms.closeAll('server-shutdown');
				// Give the last events (room.finished, ...) a moment to go out; never wait long.
				await Promise.race([
					webhooks.drained(),
					new Promise((resolve) => setTimeout(resolve, 2000).unref()),
				]);
				await cluster.close();
				await signaling.close();
				await http.close();
				await pool.close();
			},
		};
	} catch (error) {
		sip?.close().catch(() => undefined);
		await cluster.close().catch(() => undefined);
		await http.close();
		await pool.close();
		throw error;
	}
}
