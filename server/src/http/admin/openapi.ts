/**
 * The admin API's OpenAPI 3.0 description, served at /api/openapi.json. A
 * test checks that every operation listed here answers (and needs the key).
 */
import { egressPaths, egressSchemas } from './openapiEgress.js';
import { mediaPaths, mediaSchemas } from './openapiMedia.js';

import { error, json, pathParam, unauthorized } from './openapiParts.js';

const roomId = pathParam('roomId');
const peerId = pathParam('peerId');
const producerId = pathParam('producerId');
const secured = { 401: unauthorized, 404: error };

export const openApiDocument = {
	openapi: '3.0.3',
	info: {
		title: 'Skylark admin API',
		version: '1',
		description:
			'Operate a Skylark node: rooms, peers, producers, tokens, recordings, egress. Every operation needs ' +
			'`Authorization: Bearer <ADMIN_API_KEY>`; without ADMIN_API_KEY configured the routes do not exist (404).',
	},
	servers: [{ url: '/' }],
	security: [{ adminKey: [] }],
	components: {
		securitySchemes: { adminKey: { type: 'http', scheme: 'bearer' } },
		responses: {
			Error: {
				description: 'Not found, or invalid input',
				content: {
					'application/json': {
						schema: {
							type: 'object',
							properties: { error: { type: 'string' } },
							required: ['error'],
						},
					},
				},
			},
		},
		schemas: {
			...mediaSchemas,
			...egressSchemas,
			RoomSummary: {
				type: 'object',
				description:
					'A room. In a cluster, rooms hosted on other nodes are listed with id, peers and node only.',
				properties: {
					id: { type: 'string' },
					node: { type: 'string', description: 'Id of the node hosting the room' },
					createdAt: { type: 'string', format: 'date-time' },
					peers: { type: 'integer' },
					routers: {
						type: 'array',
						items: {
							type: 'object',
							properties: { workerIndex: { type: 'integer' }, workerPid: { type: 'integer' } },
						},
					},
					pipes: { type: 'integer' },
				},
			},
			Transport: {
				type: 'object',
				properties: {
					id: { type: 'string' },
					direction: { type: 'string', enum: ['send', 'recv'] },
					type: { type: 'string', enum: ['webrtc', 'plain'] },
					iceState: { type: 'string' },
					iceSelectedTuple: { type: 'object', nullable: true },
					dtlsState: { type: 'string' },
					bytesReceived: { type: 'number' },
					bytesSent: { type: 'number' },
				},
			},
			Peer: {
				type: 'object',
				properties: {
					id: { type: 'string' },
					identity: { type: 'string' },
					displayName: { type: 'string' },
					role: { type: 'string', enum: ['participant', 'presenter', 'viewer'] },
					connected: { type: 'boolean' },
					transports: { type: 'array', items: { $ref: '#/components/schemas/Transport' } },
					producers: { type: 'array', items: { type: 'object' } },
					consumers: { type: 'array', items: { type: 'object' } },
				},
			},
		},
	},
	paths: {
		...mediaPaths,
		...egressPaths,
		'/rooms': {
			get: {
				summary: 'List rooms',
				responses: {
					200: {
						description: 'Rooms on this node',
						content: {
							'application/json': {
								schema: {
									type: 'object',
									properties: {
										rooms: {
											type: 'array',
											items: { $ref: '#/components/schemas/RoomSummary' },
										},
									},
								},
							},
						},
					},
					401: secured[401],
				},
			},
		},
		'/rooms/{roomId}': {
			parameters: [roomId],
			get: {
				summary: 'A room with its peers, their transports, producers and consumers, and scores',
				responses: {
					200: {
						description: 'The room',
						content: {
							'application/json': {
								schema: {
									allOf: [
										{ $ref: '#/components/schemas/RoomSummary' },
										{
											type: 'object',
											properties: {
												peers: {
													type: 'array',
													items: { $ref: '#/components/schemas/Peer' },
												},
											},
										},
									],
								},
							},
						},
					},
					...secured,
				},
			},
			delete: {
				summary: 'Close the room (peers are told why)',
				responses: { 204: { description: 'Closed' }, ...secured },
			},
		},
		'/rooms/{roomId}/peers/{peerId}': {
			parameters: [roomId, peerId],
			delete: {
				summary: 'Remove a peer from the room',
				responses: { 204: { description: 'Removed' }, ...secured },
			},
		},
		'/rooms/{roomId}/peers/{peerId}/transports': {
			parameters: [roomId, peerId],
			get: {
				summary: "A peer's transports: ICE state, selected tuple, DTLS state, bytes",
				responses: {
					200: {
						description: 'Transports',
						content: {
							'application/json': {
								schema: {
									type: 'object',
									properties: {
										transports: {
											type: 'array',
											items: { $ref: '#/components/schemas/Transport' },
										},
									},
								},
							},
						},
					},
					...secured,
				},
			},
		},
		'/rooms/{roomId}/producers/{producerId}/mute': {
			parameters: [roomId, producerId],
			post: {
				summary: 'Mute (pause) a producer for everyone',
				responses: { 204: { description: 'Muted' }, ...secured },
			},
		},
		'/cluster': {
			get: {
				summary:
					'The cluster: its nodes (id, URL, region, state, load, last seen), rooms (id, owner node, epoch, peers, viewers) and the webinar cascade (per room: origin, edges with their viewers and pipes). A single node is a cluster of one',
				responses: {
					200: {
						description: 'The cluster',
						...json({
							type: 'object',
							required: ['node', 'clustered', 'nodes', 'rooms', 'cascade'],
							properties: {
								node: { type: 'string', description: 'The node that answered' },
								clustered: { type: 'boolean' },
								nodes: {
									type: 'array',
									items: {
										type: 'object',
										required: ['id', 'url', 'state', 'load', 'lastSeen'],
										properties: {
											id: { type: 'string' },
											url: { type: 'string' },
											region: { type: 'string' },
											state: { type: 'string', enum: ['serving', 'draining'] },
											load: { type: 'object' },
											lastSeen: { type: 'string', format: 'date-time' },
										},
									},
								},
								rooms: {
									type: 'array',
									items: {
										type: 'object',
										required: ['id', 'node', 'epoch', 'peers', 'viewers'],
										properties: {
											id: { type: 'string' },
											node: { type: 'string' },
											epoch: { type: 'integer' },
											peers: { type: 'integer' },
											viewers: { type: 'integer' },
										},
									},
								},
								cascade: {
									type: 'array',
									description:
										'Rooms spread over nodes: origin (publishers) and edges (viewers)',
									items: {
										type: 'object',
										required: ['room', 'originPipes', 'edges', 'viewers'],
										properties: {
											room: { type: 'string' },
											origin: { type: 'string', description: 'Node of its publishers' },
											originPipes: {
												type: 'integer',
												description: 'Producers piped out to all edges',
											},
											edges: {
												type: 'array',
												items: {
													type: 'object',
													required: ['node', 'viewers', 'pipes'],
													properties: {
														node: { type: 'string' },
														viewers: { type: 'integer' },
														pipes: { type: 'integer' },
													},
												},
											},
											viewers: {
												type: 'object',
												description: 'Viewers per node id',
												additionalProperties: { type: 'integer' },
											},
										},
									},
								},
							},
						}),
					},
					401: secured[401],
					404: error,
					503: { description: 'The cluster registry (Redis) is unreachable; see Retry-After' },
				},
			},
		},
		'/node': {
			get: {
				summary: "This node's process, versions, run state and workers (pid, load, CPU, RTC port)",
				responses: {
					200: {
						description: 'The node',
						...json({
							type: 'object',
							required: ['pid', 'node', 'mediasoup', 'draining', 'rooms', 'workers'],
							properties: {
								pid: { type: 'integer' },
								node: { type: 'string', description: 'Node.js version' },
								mediasoup: { type: 'string' },
								draining: { type: 'boolean' },
								rooms: { type: 'integer' },
								workers: {
									type: 'array',
									items: {
										type: 'object',
										required: ['index', 'pid', 'alive', 'load', 'cpu'],
										properties: {
											index: { type: 'integer' },
											pid: { type: 'integer' },
											alive: { type: 'boolean' },
											load: { type: 'object' },
											cpu: {
												type: 'number',
												description: 'fraction of one core, smoothed',
											},
											webRtcServerPort: { type: 'integer' },
										},
									},
								},
							},
						}),
					},
					...secured,
				},
			},
		},
		'/node/drain': {
			post: {
				summary:
					'Drain this node (as SIGTERM does, without exiting): no new joins, clients told, empty rooms closed',
				parameters: [
					{
						name: 'wait',
						in: 'query',
						schema: { type: 'string', enum: ['1'] },
						description:
							'Answer once the rooms emptied or the drain deadline passed (for a preStop hook)',
					},
				],
				responses: {
					200: {
						description: 'Drained (with wait=1)',
						...json({ type: 'object' }),
					},
					202: {
						description: 'Draining',
						...json({ type: 'object' }),
					},
					401: secured[401],
					404: error,
				},
			},
		},
		'/tokens': {
			post: {
				summary: 'Mint an access token',
				requestBody: {
					required: true,
					content: {
						'application/json': {
							schema: {
								type: 'object',
								required: ['room', 'identity'],
								properties: {
									room: { type: 'string' },
									identity: { type: 'string' },
									name: { type: 'string' },
									grants: {
										type: 'array',
										items: {
											type: 'string',
											enum: ['publish', 'subscribe', 'data', 'admin', 'create'],
										},
									},
									ttlSeconds: { type: 'integer', minimum: 60, maximum: 86400 },
								},
							},
						},
					},
				},
				responses: {
					200: {
						description: 'The token',
						content: {
							'application/json': {
								schema: {
									type: 'object',
									properties: { token: { type: 'string' }, expiresIn: { type: 'integer' } },
								},
							},
						},
					},
					400: error,
					401: secured[401],
				},
			},
		},
	},
} as const;
