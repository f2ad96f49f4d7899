import * as os from 'node:os';
import { z } from 'zod';

/**
 * Every setting Skylark reads. Each comes from an environment variable of the
 * same name, or from the JSON file named by CONFIG_FILE (environment wins).
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
	MAX_FRAME_BYTES: {
		schema: z.coerce
			.number()
			.int()
			.min(1024)
			.max(16 * 1024 * 1024),
		default: 65536,
		doc: 'Largest signaling frame accepted; a bigger one closes the socket',
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
