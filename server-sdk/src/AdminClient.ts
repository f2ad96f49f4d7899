import type {
	ClusterView,
	CreateTokenOptions,
	DrainResult,
	Egress,
	Ingest,
	IngestOptions,
	NodeView,
	Recording,
	RoomDetail,
	RoomSummary,
	StartEgressOptions,
	StartRecordingOptions,
	TokenResult,
	TransportView,
} from './adminTypes.js';

/** An admin API call that failed: the HTTP status and the server's `error` text. */
export class AdminApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		/** The operation, e.g. `GET /rooms/{roomId}`. */
		readonly operation: string
	) {
		super(`${operation}: ${status} ${message}`);
		this.name = 'AdminApiError';
	}
}

export interface AdminClientOptions {
	/** The node's ADMIN_API_KEY. */
	apiKey: string;
	/** Per-request time limit (default 30 s; stopping a recording waits for its files). */
	timeoutMs?: number;
}

/**
 * Every operation this client calls, as `METHOD /path/{param}`: the same
 * strings as `/api/openapi.json`'s paths (a test compares the two).
 */
export const ADMIN_OPERATIONS = [
	'GET /rooms',
	'GET /rooms/{roomId}',
	'DELETE /rooms/{roomId}',
	'DELETE /rooms/{roomId}/peers/{peerId}',
	'GET /rooms/{roomId}/peers/{peerId}/transports',
	'POST /rooms/{roomId}/producers/{producerId}/mute',
	'POST /rooms/{roomId}/recordings',
	'GET /rooms/{roomId}/recordings',
	'GET /rooms/{roomId}/recordings/{recordingId}',
	'DELETE /rooms/{roomId}/recordings/{recordingId}',
	'POST /rooms/{roomId}/ingest',
	'DELETE /rooms/{roomId}/ingest/{peerId}',
	'POST /rooms/{roomId}/egress',
	'GET /rooms/{roomId}/egress',
	'GET /rooms/{roomId}/egress/{egressId}',
	'DELETE /rooms/{roomId}/egress/{egressId}',
	'POST /tokens',
	'GET /cluster',
	'GET /node',
	'POST /node/drain',
] as const;

export type AdminOperation = (typeof ADMIN_OPERATIONS)[number];

/**
 * A typed client for a Skylark node's admin API (`Authorization: Bearer
 * <ADMIN_API_KEY>`). In a cluster any node answers for every room.
 *
 * ```ts
 * const admin = new AdminClient('https://sfu.example.com', { apiKey: process.env.SKYLARK_API_KEY! });
 * for (const room of await admin.listRooms()) console.log(room.id, room.peers);
 * ```
 */
export class AdminClient {
	readonly url: string;
	readonly #apiKey: string;
	readonly #timeoutMs: number;

	constructor(url: string, options: AdminClientOptions) {
		let parsed: URL;

		try {
			parsed = new URL(url);
		} catch {
			throw new TypeError(`not a URL: "${url}" (e.g. http://127.0.0.1:3000)`);
		}

		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
			throw new TypeError(`the admin API is served over http(s), not ${parsed.protocol}`);
		}

		if (!options?.apiKey) {
			throw new TypeError("apiKey is required: the node's ADMIN_API_KEY");
		}

		this.url = parsed.toString().replace(/\/$/, '');
		this.#apiKey = options.apiKey;
		this.#timeoutMs = options.timeoutMs ?? 30_000;
	}

	// ---- rooms and peers ----

	/** Rooms, with peer counts; in a cluster, every node's. */
	async listRooms(): Promise<RoomSummary[]> {
		return (await this.#call<{ rooms: RoomSummary[] }>('GET /rooms')).rooms;
	}

	/** A room's peers with their transports, producers and consumers. */
	getRoom(roomId: string): Promise<RoomDetail> {
		return this.#call('GET /rooms/{roomId}', { roomId });
	}

	/** Closes a room; its peers are told why. */
	async closeRoom(roomId: string): Promise<void> {
		await this.#call('DELETE /rooms/{roomId}', { roomId });
	}

	async removePeer(roomId: string, peerId: string): Promise<void> {
		await this.#call('DELETE /rooms/{roomId}/peers/{peerId}', { roomId, peerId });
	}

	async peerTransports(roomId: string, peerId: string): Promise<TransportView[]> {
		return (
			await this.#call<{ transports: TransportView[] }>(
				'GET /rooms/{roomId}/peers/{peerId}/transports',
				{
					roomId,
					peerId,
				}
			)
		).transports;
	}

	/** Pauses a producer for everyone, its owner included. */
	async muteProducer(roomId: string, producerId: string): Promise<void> {
		await this.#call('POST /rooms/{roomId}/producers/{producerId}/mute', { roomId, producerId });
	}

	// ---- recordings ----

	startRecording(roomId: string, options: StartRecordingOptions = {}): Promise<Recording> {
		return this.#call('POST /rooms/{roomId}/recordings', { roomId }, options);
	}

	async listRecordings(roomId: string): Promise<Recording[]> {
		return (await this.#call<{ recordings: Recording[] }>('GET /rooms/{roomId}/recordings', { roomId }))
			.recordings;
	}

	getRecording(roomId: string, recordingId: string): Promise<Recording> {
		return this.#call('GET /rooms/{roomId}/recordings/{recordingId}', { roomId, recordingId });
	}

	/** Stops a recording; resolves once its files are final. */
	stopRecording(roomId: string, recordingId: string): Promise<Recording> {
		return this.#call('DELETE /rooms/{roomId}/recordings/{recordingId}', { roomId, recordingId });
	}

	// ---- ingest ----

	/** Adds an RTP ingest participant (FFmpeg, GStreamer, OBS); says where to send. */
	createIngest(roomId: string, options: IngestOptions): Promise<Ingest> {
		return this.#call('POST /rooms/{roomId}/ingest', { roomId }, options);
	}

	async deleteIngest(roomId: string, peerId: string): Promise<void> {
		await this.#call('DELETE /rooms/{roomId}/ingest/{peerId}', { roomId, peerId });
	}

	// ---- egress ----

	/**
	 * Streams the room out: composed (grid, speaker or single) or one
	 * participant copied, to RTMP URLs, HLS served by the node and files.
	 */
	startEgress(roomId: string, options: StartEgressOptions): Promise<Egress> {
		return this.#call('POST /rooms/{roomId}/egress', { roomId }, options);
	}

	async listEgress(roomId: string): Promise<Egress[]> {
		return (await this.#call<{ egresses: Egress[] }>('GET /rooms/{roomId}/egress', { roomId })).egresses;
	}

	getEgress(roomId: string, egressId: string): Promise<Egress> {
		return this.#call('GET /rooms/{roomId}/egress/{egressId}', { roomId, egressId });
	}

	/** Stops an egress; resolves once its file is written, its RTMP closed, its playlist ended. */
	stopEgress(roomId: string, egressId: string): Promise<Egress> {
		return this.#call('DELETE /rooms/{roomId}/egress/{egressId}', { roomId, egressId });
	}

	// ---- tokens, cluster, node ----

	/** Has the node mint a token (with its AUTH_SECRET). `AccessToken` does the same without a request. */
	createToken(options: CreateTokenOptions): Promise<TokenResult> {
		return this.#call('POST /tokens', {}, options);
	}

	/** The cluster's nodes and rooms; a single node is a cluster of one. */
	getCluster(): Promise<ClusterView> {
		return this.#call('GET /cluster');
	}

	/** The node that answers: versions, run state, workers. */
	getNode(): Promise<NodeView> {
		return this.#call('GET /node');
	}

	/** Drains the node as SIGTERM does, without exiting; `wait` resolves once its rooms emptied. */
	drainNode(options: { wait?: boolean } = {}): Promise<DrainResult> {
		return this.#call('POST /node/drain', {}, undefined, options.wait ? '?wait=1' : '');
	}

	async #call<T>(
		operation: AdminOperation,
		params: Record<string, string> = {},
		body?: object,
		query = ''
	): Promise<T> {
		const [method, template] = operation.split(' ') as [string, string];
		const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
			const value = params[name];

			if (typeof value !== 'string' || value === '') {
				throw new TypeError(`${operation}: ${name} is required`);
			}

			return encodeURIComponent(value);
		});
		let response: Response;

		try {
			response = await fetch(`${this.url}${path}${query}`, {
				method,
				headers: {
					authorization: `Bearer ${this.#apiKey}`,
					...(body ? { 'content-type': 'application/json' } : {}),
				},
				body: body ? JSON.stringify(body) : undefined,
				signal: AbortSignal.timeout(this.#timeoutMs),
			});
		} catch (error) {
			const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;

			throw new AdminApiError(0, `cannot reach ${this.url} (${cause})`, operation);
		}

		const text = await response.text();

		if (!response.ok) {
			throw new AdminApiError(response.status, errorText(response, text), operation);
		}

		return (text ? JSON.parse(text) : undefined) as T;
	}
}

function errorText(response: Response, text: string): string {
	let error: string;

	try {
		error = String((JSON.parse(text) as { error?: unknown }).error ?? text);
	} catch {
		error = text || response.statusText;
	}

	// What a node without ADMIN_API_KEY answers for every admin route.
	return response.status === 404 && error === 'not found'
		? 'not found (is ADMIN_API_KEY set on the node? Without it the admin API does not exist)'
		: error;
}
