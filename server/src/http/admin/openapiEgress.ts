/**
 * The egress part of the admin API's OpenAPI description (merged into
 * openapi.ts). HLS playback (/hls/...) is public, not part of it.
 */
import { error, json, pathParam, startedResponses, unauthorized } from './openapiParts.js';

const roomId = pathParam('roomId');
const egressId = pathParam('egressId');
const egress = { $ref: '#/components/schemas/Egress' };
const rtmpUrl = { type: 'string', pattern: '^rtmps?://' };

const output = {
	type: 'object',
	required: ['kind'],
	description:
		'rtmp: url or urls (rtmp:// or rtmps://); hls: served at playlistUrl (segmentSeconds, windowSegments); file: format mp4 or mkv, under RECORDING_DIR/<room>/',
	properties: {
		kind: { type: 'string', enum: ['rtmp', 'hls', 'file'] },
		url: rtmpUrl,
		urls: { type: 'array', items: rtmpUrl },
		segmentSeconds: { type: 'integer', minimum: 1, maximum: 10 },
		windowSegments: { type: 'integer', minimum: 2, maximum: 100 },
		format: { type: 'string', enum: ['mp4', 'mkv'] },
	},
};

export const egressSchemas = {
	Egress: {
		type: 'object',
		properties: {
			id: { type: 'string' },
			roomId: { type: 'string' },
			warnings: {
				type: 'array',
				items: { type: 'string' },
				description: 'Why the output may not be what was expected (e.g. end-to-end encrypted media)',
			},
			type: { type: 'string', enum: ['composite', 'track'] },
			state: { type: 'string', enum: ['starting', 'active', 'stopping', 'ended', 'failed'] },
			error: { type: 'string', nullable: true, description: 'Why it failed' },
			endReason: { type: 'string', nullable: true },
			layout: { type: 'string', enum: ['grid', 'speaker', 'single'] },
			peerId: { type: 'string' },
			resolution: { type: 'string', example: '1280x720' },
			fps: { type: 'integer' },
			videoBitrateKbps: { type: 'integer' },
			audioBitrateKbps: { type: 'integer' },
			createdAt: { type: 'string', format: 'date-time' },
			startedAt: { type: 'string', format: 'date-time', nullable: true },
			stoppedAt: { type: 'string', format: 'date-time', nullable: true },
			durationSeconds: { type: 'number' },
			bitrate: { type: 'integer', description: 'Encoded bit/s over the last seconds' },
			playlistUrl: {
				type: 'string',
				description: 'HLS only: the playlist path (needs a token or signature)',
			},
			signedPlaylistUrl: {
				type: 'string',
				description: 'HLS only: the playlist path with a signature valid 24 h',
			},
			tiles: {
				type: 'array',
				description: 'Composite only: where each participant is on the picture now',
				items: {
					type: 'object',
					properties: {
						peerId: { type: 'string' },
						producerId: { type: 'string', nullable: true },
						x: { type: 'integer' },
						y: { type: 'integer' },
						width: { type: 'integer' },
						height: { type: 'integer' },
						showing: { type: 'boolean' },
					},
				},
			},
			outputs: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						type: { type: 'string', enum: ['rtmp', 'hls', 'file'] },
						target: {
							type: 'string',
							description: 'RTMP URL without its stream key, HLS directory or file',
						},
						state: {
							type: 'string',
							enum: ['starting', 'active', 'retrying', 'failed', 'ended'],
						},
						error: { type: 'string', nullable: true },
						attempts: { type: 'integer' },
						bytes: { type: 'integer' },
					},
				},
			},
		},
	},
} as const;

export const egressPaths = {
	'/rooms/{roomId}/egress': {
		parameters: [roomId],
		post: {
			summary:
				'Start an egress: the room composed (grid, speaker or single) or one participant copied (type track), to RTMP, HLS and files',
			requestBody: json({
				type: 'object',
				description: 'One output inline (kind and its fields) or several in outputs',
				properties: {
					type: { type: 'string', enum: ['composite', 'track'] },
					...output.properties,
					outputs: { type: 'array', items: output },
					layout: { type: 'string', enum: ['grid', 'speaker', 'single'] },
					peerId: {
						type: 'string',
						description: 'single layout, or track egress: the participant',
					},
					resolution: { type: 'string', pattern: '^[0-9]+x[0-9]+$' },
					fps: { type: 'integer', minimum: 5, maximum: 60 },
					videoBitrateKbps: { type: 'integer' },
					audioBitrateKbps: { type: 'integer' },
				},
			}),
			responses: startedResponses('Egress', egress),
		},
		get: {
			summary: "List the room's egresses (running and ended)",
			responses: {
				200: {
					description: 'Egresses',
					...json({ type: 'object', properties: { egresses: { type: 'array', items: egress } } }),
				},
				401: unauthorized,
			},
		},
	},
	'/rooms/{roomId}/egress/{egressId}': {
		parameters: [roomId, egressId],
		get: {
			summary: 'Show one egress: state, outputs, bitrate, duration, last error',
			responses: { 200: { description: 'Egress', ...json(egress) }, 401: unauthorized, 404: error },
		},
		delete: {
			summary:
				'Stop an egress; answers once its outputs are final (file written, RTMP closed, HLS playlist ended)',
			responses: {
				200: { description: 'The stopped egress', ...json(egress) },
				401: unauthorized,
				404: error,
			},
		},
	},
} as const;
