import * as os from 'node:os';
import { z } from 'zod';

/** A comma-separated list: entries trimmed, empty ones dropped (then checked by the `.pipe`d array). */
const commaList = z.string().transform((value) =>
	value
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean)
);

/**
 * Every setting Skylark reads. Each comes from an environment variable of the
 * same name, or from the YAML or JSON file named by CONFIG_FILE (environment wins).
 * README's configuration table lists exactly these (a test checks it).
 */
export const optionSpecs = {
	PORT: {
		schema: z.coerce.number().int().min(0).max(65535),
		default: 3000,
		doc: 'HTTP port for the API, the demo page and socket.io signaling (0: any free port)',
	},
	HTTP_LISTEN_IP: {
		schema: z.union([z.ipv4(), z.ipv6()]).optional(),
		default: undefined,
		doc: 'IP the HTTP server binds to (defaults to LISTEN_IP)',
	},
	LISTEN_IP: {
		schema: z.union([z.ipv4(), z.ipv6()]),
		default: '0.0.0.0',
		doc: 'IP the media (WebRtcServer) sockets bind to',
	},
	ANNOUNCED_ADDRESS: {
		schema: z.string().min(1).optional(),
		default: undefined,
		doc: 'Public IP or hostname put in ICE candidates, for hosts behind NAT',
	},
	RTC_PORT: {
		schema: z.coerce.number().int().min(1024).max(65535),
		default: 40000,
		doc: 'First WebRtcServer port; worker i listens on UDP and TCP port RTC_PORT + i',
	},
	NUM_WORKERS: {
		schema: z.coerce.number().int().min(1).max(256),
		default: os.availableParallelism(),
		doc: 'mediasoup workers to run (default: one per CPU core)',
	},
	WORKER_MAX_CONSUMERS: {
		schema: z.coerce.number().int().min(1).max(100_000),
		default: 500,
		doc: "Consumers a worker carries before a room's new peers go to another worker",
	},
	WORKER_MAX_CPU: {
		schema: z.coerce.number().min(0.05).max(1),
		default: 0.85,
		doc: "Worker CPU (fraction of one core, smoothed) before a room's new peers go to another worker",
	},
	WORKER_CPU_SAMPLE_MS: {
		schema: z.coerce.number().int().min(100).max(60_000),
		default: 2000,
		doc: "How often each worker's CPU use is sampled (getResourceUsage)",
	},
	ROOM_EMPTY_GRACE_MS: {
		schema: z.coerce.number().int().min(0).max(3_600_000),
		default: 5000,
		doc: 'How long an empty room stays open for someone to rejoin before it is closed',
	},
	RECONNECT_GRACE_MS: {
		schema: z.coerce.number().int().min(0).max(600_000),
		default: 30_000,
		doc: 'How long a peer outlives its dropped signaling connection, waiting for the client to resume (its media keeps flowing meanwhile)',
	},
	DRAIN_TIMEOUT_MS: {
		schema: z.coerce.number().int().min(0).max(3_600_000),
		default: 60_000,
		doc: 'On SIGTERM: how long to wait for rooms to empty before closing what is left (a second SIGTERM exits at once)',
	},
	MAX_FRAME_BYTES: {
		schema: z.coerce
			.number()
			.int()
			.min(1024)
			.max(16 * 1024 * 1024),
		default: 65536,
		doc: 'Largest signaling frame accepted; a bigger one closes the socket',
	},
	TURN_URLS: {
		schema: commaList
			.pipe(
				z
					.array(
						z
							.string()
							.regex(
								/^turns?:[^\s?:]+(:\d{1,5})?(\?transport=(udp|tcp))?$/,
								'each must look like turn:host[:port][?transport=udp|tcp] or turns:host[:port][?transport=tcp]'
							)
					)
					.min(1)
			)
			.optional(),
		default: undefined,
		doc: 'Comma-separated TURN URLs handed to clients with time-limited credentials (needs TURN_SECRET)',
	},
	TURN_SECRET: {
		redact: 'secret',
		schema: z.string().min(16, 'must be at least 16 characters').optional(),
		default: undefined,
		doc: "coturn's static-auth-secret (use-auth-secret): signs the clients' TURN REST credentials",
	},
	TURN_TTL_SECONDS: {
		schema: z.coerce
			.number()
			.int()
			.min(10)
			.max(7 * 86400),
		default: 3600,
		doc: 'Lifetime of TURN credentials; fresh ones are pushed to clients at 3/4 of it',
	},
	STUN_URLS: {
		schema: commaList
			.pipe(
				z.array(
					z.string().regex(/^stun:[^\s?:]+(:\d{1,5})?$/, 'each must look like stun:host[:port]')
				)
			)
			.optional(),
		default: undefined,
		doc: 'Comma-separated STUN URLs for clients (not needed to reach Skylark itself, which is ICE-lite)',
	},
	PLAIN_TRANSPORTS: {
		schema: z.enum(['off', 'loopback', 'any']),
		default: 'off',
		doc: 'Let clients use plain (S)RTP transports via signaling: off, loopback (send RTP only to 127.0.0.0/8, ::1; for load tests), or any (trusted media gateways only)',
	},
	DEV_MODE: {
		schema: z.union([z.boolean(), z.stringbool()]),
		default: false,
		doc: 'Development mode: the demo page gets access tokens from GET /dev/token, and AUTH_SECRET may be left unset (a random one is made). `npm start` turns it on; never run production with it',
	},
	AUTH_SECRET: {
		redact: 'secret',
		schema: z.string().min(32, 'must be at least 32 characters').optional(),
		default: undefined,
		doc: 'Shared secret for HS256 access tokens (required unless DEV_MODE)',
	},
	AUTH_PUBLIC_KEYS_FILE: {
		schema: z.string().min(1).optional(),
		default: undefined,
		doc: 'JWKS file of public keys (EdDSA/RS256) for access tokens signed elsewhere',
	},
	ADMIN_API_KEY: {
		redact: 'secret',
		schema: z.string().min(16, 'must be at least 16 characters').optional(),
		default: undefined,
		doc: 'Key for the admin API (`Authorization: Bearer <key>`); admin routes answer 404 when unset',
	},
	WEBHOOK_URLS: {
		redact: 'urls',
		schema: commaList
			.pipe(z.array(z.url({ protocol: /^https?$/ }).describe('http(s) URL')).min(1))
			.optional(),
		default: undefined,
		doc: 'Comma-separated URLs that receive signed JSON events (room, participant, track, recording, worker)',
	},
	WEBHOOK_SECRET: {
		redact: 'secret',
		schema: z.string().min(16, 'must be at least 16 characters').optional(),
		default: undefined,
		doc: "Key of the HMAC-SHA256 in each webhook's X-Skylark-Signature header (required with WEBHOOK_URLS)",
	},
	RATE_LIMIT_PER_SECOND: {
		schema: z.coerce.number().min(1).max(100_000),
		default: 50,
		doc: 'Signaling requests per second one socket may send on average (token bucket)',
	},
	RATE_LIMIT_BURST: {
		schema: z.coerce.number().int().min(1).max(100_000),
		default: 200,
		doc: 'Requests a socket may send at once above the average rate; a socket refused this many times in a row is disconnected',
	},
	MAX_PEERS_PER_ROOM: {
		schema: z.coerce.number().int().min(1).max(100_000),
		default: 2000,
		doc: 'Peers one room may hold',
	},
	MAX_PRODUCERS_PER_PEER: {
		schema: z.coerce.number().int().min(1).max(100),
		default: 8,
		doc: 'Tracks one peer may publish at once',
	},
	MAX_CONSUMERS_PER_PEER: {
		schema: z.coerce.number().int().min(1).max(100_000),
		default: 500,
		doc: 'Consumers (media and data) one peer may hold at once: what one subscriber can make the server send',
	},
	MAX_DATA_PRODUCERS_PER_PEER: {
		schema: z.coerce.number().int().min(1).max(100),
		default: 4,
		doc: 'Data channels one peer may publish at once (every other peer consumes each of them)',
	},
	MAX_DATA_MESSAGE_BYTES: {
		schema: z.coerce
			.number()
			.int()
			.min(1024)
			.max(16 * 1024 * 1024),
		default: 262_144,
		doc: "Largest data-channel message a peer may send or receive (mediasoup's SCTP max message size)",
	},
	MAX_ROOMS: {
		schema: z.coerce.number().int().min(1).max(1_000_000),
		default: 1000,
		doc: 'Rooms this node may host at once',
	},
	RECORDING_DIR: {
		schema: z.string().min(1),
		default: 'recordings',
		doc: 'Directory recordings are written under (one subdirectory per room); relative to the working directory',
	},
	RECORDING_ENGINE: {
		schema: z.enum(['ffmpeg', 'gstreamer']),
		default: 'ffmpeg',
		doc: 'Recorder program: ffmpeg or gstreamer (gst-launch-1.0), from Debian packages',
	},
	RECORDING_VIDEO: {
		schema: z.enum(['copy', 'transcode']),
		default: 'copy',
		doc: 'copy: write the video as it arrives (VP8/VP9 → WebM, H264 → MKV); transcode: re-encode it to VP8 at RECORDING_VIDEO_BITRATE_KBPS and RECORDING_VIDEO_HEIGHT',
	},
	RECORDING_VIDEO_BITRATE_KBPS: {
		schema: z.coerce.number().int().min(50).max(50_000),
		default: 1500,
		doc: 'Video bitrate of transcoded recordings, in kbit/s',
	},
	RECORDING_VIDEO_HEIGHT: {
		schema: z.coerce.number().int().min(0).max(4320),
		default: 0,
		doc: 'Height transcoded recordings are scaled to (0: keep the source size)',
	},
	EGRESS_LAYOUT: {
		schema: z.enum(['grid', 'speaker', 'single']),
		default: 'grid',
		doc: 'Layout of composed egress when the request names none: grid, speaker (active speaker or shared screen large) or single',
	},
	EGRESS_RESOLUTION: {
		schema: z
			.string()
			.regex(/^\d{2,4}x\d{2,4}$/, 'must look like 1280x720')
			.refine((v) => v.split('x').every((n) => Number(n) % 2 === 0), 'both sides must be even'),
		default: '1280x720',
		doc: 'Picture size of composed egress (both sides even)',
	},
	EGRESS_FPS: {
		schema: z.coerce.number().int().min(5).max(60),
		default: 30,
		doc: 'Frame rate of composed egress',
	},
	EGRESS_VIDEO_BITRATE_KBPS: {
		schema: z.coerce.number().int().min(100).max(50_000),
		default: 3000,
		doc: 'H.264 bitrate of composed egress, in kbit/s',
	},
	EGRESS_AUDIO_BITRATE_KBPS: {
		schema: z.coerce.number().int().min(32).max(320),
		default: 128,
		doc: 'AAC bitrate of egress, in kbit/s',
	},
	EGRESS_ENCODER_PRESET: {
		schema: z.enum(['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium']),
		default: 'veryfast',
		doc: 'libx264 preset of composed egress: faster presets cost less CPU for a bigger stream at the same quality',
	},
	EGRESS_HLS_DIR: {
		schema: z.string().min(1),
		default: 'hls',
		doc: 'Directory HLS egress writes its playlists and segments under (one subdirectory per room and egress); relative to the working directory',
	},
	EGRESS_HLS_SEGMENT_SECONDS: {
		schema: z.coerce.number().int().min(1).max(10),
		default: 2,
		doc: 'HLS segment length, in seconds (a request may set its own)',
	},
	EGRESS_HLS_WINDOW: {
		schema: z.coerce.number().int().min(2).max(100),
		default: 6,
		doc: 'Segments listed in a live HLS playlist (a request may set its own)',
	},
	EGRESS_RTMP_RETRIES: {
		schema: z.coerce.number().int().min(0).max(100),
		default: 5,
		doc: 'Times an RTMP output that is refused or dropped is retried (backoff from 1 s, doubling up to 30 s) before it fails',
	},
	REDIS_URL: {
		redact: 'urls',
		schema: z.url({ protocol: /^rediss?$/ }).optional(),
		default: undefined,
		doc: 'redis:// or rediss:// URL of the Redis that coordinates a cluster; unset: a single node, no Redis needed',
	},
	NODE_ID: {
		schema: z
			.string()
			.regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1–64 characters of A–Z, a–z, 0–9, _ . : -')
			.optional(),
		default: undefined,
		doc: "This node's id in the cluster, unique per process (default: <hostname>-<PORT>)",
	},
	PUBLIC_URL: {
		schema: z.url({ protocol: /^https?$/ }).optional(),
		default: undefined,
		doc: "How clients and other nodes reach this node's HTTP API and signaling (default: http://<announced address>:<PORT>)",
	},
	REGION: {
		schema: z
			.string()
			.regex(/^[A-Za-z0-9_.-]{1,64}$/)
			.optional(),
		default: undefined,
		doc: "This node's region: new rooms go to a node of the entry node's region first",
	},
	CLUSTER_SECRET: {
		redact: 'secret',
		schema: z.string().min(32, 'must be at least 32 characters').optional(),
		default: undefined,
		doc: 'Shared by all nodes: signs the tickets of join redirects (default: AUTH_SECRET)',
	},
	REDIS_KEY_PREFIX: {
		schema: z
			.string()
			.regex(/^[A-Za-z0-9_.-]{1,32}$/)
			.optional(),
		default: 'skylark',
		doc: 'Prefix of every Redis key, so several clusters can share one Redis',
	},
	NODE_TTL_MS: {
		schema: z.coerce.number().int().min(1500).max(10_000),
		default: 6000,
		doc: "How long a silent node stays in the registry: a dead node's rooms can move after this (heartbeat every third of it)",
	},
	ORIGIN_MAX_VIEWERS: {
		schema: z.coerce.number().int().min(0).max(100_000),
		default: 100,
		doc: "In a cluster: viewers a room's origin node (where its publishers are) takes before further viewers go to edge nodes; 0 sends every viewer to an edge",
	},
	PIPE_LISTEN_IP: {
		schema: z.union([z.ipv4(), z.ipv6()]).optional(),
		default: undefined,
		doc: 'IP the inter-node media pipes (PipeTransports, SRTP) bind to (defaults to LISTEN_IP)',
	},
	PIPE_ANNOUNCED_ADDRESS: {
		schema: z.string().min(1).optional(),
		default: undefined,
		doc: 'Address other nodes send piped media to (defaults to ANNOUNCED_ADDRESS, then the listen IP)',
	},
	PIPE_MIN_PORT: {
		schema: z.coerce.number().int().min(1024).max(65535),
		default: 44000,
		doc: 'Lowest UDP port of inter-node media pipes',
	},
	PIPE_MAX_PORT: {
		schema: z.coerce.number().int().min(1024).max(65535),
		default: 44999,
		doc: 'Highest UDP port of inter-node media pipes (one port per edge room link)',
	},
	PIPE_LINGER_MS: {
		schema: z.coerce.number().int().min(0).max(600_000),
		default: 3000,
		doc: 'How long an edge keeps a piped producer after its last viewer stopped consuming it (a viewer coming back reuses it)',
	},
	SIP_PORT: {
		schema: z.coerce.number().int().min(1).max(65535).optional(),
		default: undefined,
		doc: 'UDP and TCP port of SIP dial-in (unset: SIP is off); needs SIP_ALLOWED_SOURCES or SIP_CALLER_CREDENTIALS',
	},
	SIP_TLS_PORT: {
		schema: z.coerce.number().int().min(1).max(65535).optional(),
		default: undefined,
		doc: 'TCP port of SIP over TLS (dial-in with sips: or ;transport=tls); needs SIP_PORT, SIP_TLS_CERT and SIP_TLS_KEY. Unset: no TLS',
	},
	SIP_TLS_CERT: {
		schema: z.string().min(1).optional(),
		default: undefined,
		doc: "PEM file of SIP over TLS's certificate (and its chain): what callers, and trunks that ask, are shown",
	},
	SIP_TLS_KEY: {
		schema: z.string().min(1).optional(),
		default: undefined,
		doc: "PEM file of that certificate's private key",
	},
	SIP_TLS_CA: {
		schema: z.string().min(1).optional(),
		default: undefined,
		doc: "PEM file of CAs trusted, besides the system's, for the certificates of TLS trunks and targets dial-out calls (a private CA); those certificates are always verified",
	},
	SIP_ALLOWED_SOURCES: {
		schema: commaList
			.pipe(
				z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]).describe('IP or CIDR')).min(1)
			)
			.optional(),
		default: undefined,
		doc: 'Comma-separated IPs and CIDR ranges (PBXs, trunks, phones) that may send SIP requests; others get 403',
	},
	SIP_CALLER_CREDENTIALS: {
		redact: 'secret',
		schema: commaList
			.pipe(
				z
					.array(
						z
							.string()
							.regex(
								/^[\w.+-]{1,64}:[^\s,]{8,128}$/,
								'user:password (a password of 8 or more characters)'
							)
							.transform((entry) => {
								const at = entry.indexOf(':');

								return { user: entry.slice(0, at), password: entry.slice(at + 1) };
							})
					)
					.min(1)
			)
			.optional(),
		default: undefined,
		doc: 'Comma-separated `user:password`: callers outside SIP_ALLOWED_SOURCES (a PBX or trunk on a changing address) are asked for digest authentication and may call with one of these',
	},
	SIP_ROOMS: {
		schema: z.enum(['existing', 'create']),
		default: 'existing',
		doc: '`existing`: a call to a room that is not open gets 404; `create`: the call opens it',
	},
	SIP_DISPATCH_RULES: {
		schema: commaList
			.pipe(
				z.array(
					z
						.string()
						.regex(
							/^[\w+*.-]{1,64}=[\w.-]{1,128}(;pin=\d{3,12})?$/,
							'number=room or number=room;pin=digits'
						)
						.transform((rule) => {
							const [, number, room, pin] = /^([^=]+)=([^;]+)(?:;pin=(\d+))?$/.exec(rule)!;

							return { number: number!, room: room!, ...(pin ? { pin } : {}) };
						})
				)
			)
			.optional(),
		default: undefined,
		doc: 'Comma-separated `number=room` or `number=room;pin=digits`: a call to that number joins the room once the caller keys in the PIN (DTMF)',
	},
	SIP_TRUNKS: {
		redact: 'secret',
		schema: commaList
			.pipe(
				z.array(
					z
						.string()
						.regex(
							/^[\w.-]{1,64}=sip:[^:@\s]+:[^@\s]+@[\w.-]+(:\d{1,5})?(;transport=(udp|tcp|tls))?(;srtp=sdes)?(;register(=\d{2,5})?)?$/,
							'name=sip:user:password@host[:port][;transport=udp|tcp|tls][;srtp=sdes][;register[=seconds]]'
						)
						.transform((entry) => {
							const [, name, user, password, host, port, transport, srtp, register, expires] =
								/^([^=]+)=sip:([^:]+):([^@]+)@([^:;]+)(?::(\d+))?(?:;transport=(\w+))?(?:;srtp=(sdes))?(;register(?:=(\d+))?)?$/.exec(
									entry
								)!;

							return {
								name: name!,
								user: user!,
								password: password!,
								host: host!,
								port: port ? Number(port) : transport === 'tls' ? 5061 : 5060,
								transport: (transport ?? 'udp') as 'udp' | 'tcp' | 'tls',
								...(srtp ? { srtp: 'sdes' as const } : {}),
								...(register ? { registerSeconds: Number(expires ?? 300) } : {}),
							};
						})
				)
			)
			.optional(),
		default: undefined,
		doc: "Comma-separated `name=sip:user:password@host[:port][;transport=tcp|tls][;srtp=sdes]`: SIP trunks that dial-out may go through (digest authentication with that user and password; `tls`: the trunk's certificate is verified, port 5061 unless given; `srtp=sdes`: calls offer SDES-SRTP only; `register[=seconds]`: Skylark registers with the trunk (default 300 s, refreshed before it runs out) so it sends calls here)",
	},
	SIP_INVITES_PER_SECOND: {
		schema: z.coerce.number().min(0.01).max(1000),
		default: 2,
		doc: 'New calls one source address may place per second on average (more get 503)',
	},
	SIP_INVITE_BURST: {
		schema: z.coerce.number().int().min(1).max(10_000),
		default: 10,
		doc: 'New calls one source address may place at once above that rate',
	},
	SIP_MIX_SLOTS: {
		schema: z.coerce.number().int().min(1).max(32),
		default: 8,
		doc: "Participants a SIP caller hears at once (the inputs of the call's GStreamer mixer)",
	},
	SIP_JITTER_MS: {
		schema: z.coerce.number().int().min(0).max(1000),
		default: 40,
		doc: "Jitter buffer of each stream in a SIP call's GStreamer pipeline, in ms",
	},
	LOG_LEVEL: {
		schema: z.enum(['error', 'warn', 'info', 'debug']),
		default: 'info',
		doc: 'Log level: error, warn, info or debug',
	},
	MEDIASOUP_LOG_LEVEL: {
		schema: z.enum(['error', 'warn', 'debug', 'none']),
		default: 'warn',
		doc: "mediasoup workers' own log level",
	},
} as const;

export type OptionName = keyof typeof optionSpecs;

export type Config = {
	[K in OptionName]: z.output<(typeof optionSpecs)[K]['schema']>;
};
