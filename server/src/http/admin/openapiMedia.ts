/**
 * The recording and ingest part of the admin API's OpenAPI description
 * (merged into openapi.ts).
 */
import { error, json, pathParam, startedResponses, unauthorized } from './openapiParts.js';

const roomId = pathParam('roomId');
const recordingId = pathParam('recordingId');
const peerId = pathParam('peerId');
const recording = { $ref: '#/components/schemas/Recording' };

export const mediaSchemas = {
	Recording: {
		type: 'object',
		properties: {
			id: { type: 'string' },
			roomId: { type: 'string' },
			target: {
				type: 'object',
				description: '{type: room} | {type: peer, peerId} | {type: producers, producerIds}',
			},
			state: { type: 'string', enum: ['recording', 'stopping', 'finished', 'failed'] },
			error: { type: 'string', nullable: true },
			engine: { type: 'string', enum: ['ffmpeg', 'gstreamer'] },
			path: { type: 'string', description: "The recording's directory" },
			durationSeconds: { type: 'number' },
			sizeBytes: { type: 'integer' },
			warnings: {
				type: 'array',
				items: { type: 'string' },
				description:
					'Why the recording may not be what was expected (e.g. end-to-end encrypted media: ciphertext)',
			},
			files: {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						path: { type: 'string' },
						state: { type: 'string', enum: ['starting', 'recording', 'finished', 'failed'] },
						error: { type: 'string', nullable: true },
						durationSeconds: { type: 'number' },
						sizeBytes: { type: 'integer' },
						command: {
							type: 'string',
							nullable: true,
							description: 'The recorder command Skylark runs',
						},
					},
				},
			},
		},
	},
} as const;

export const mediaPaths = {
	'/rooms/{roomId}/recordings': {
		parameters: [roomId],
		post: {
			summary: 'Start recording the room, one participant (peerId) or chosen producers (producerIds)',
			requestBody: json({
				type: 'object',
				properties: {
					peerId: { type: 'string' },
					producerIds: { type: 'array', items: { type: 'string' } },
					engine: { type: 'string', enum: ['ffmpeg', 'gstreamer'] },
					video: { type: 'string', enum: ['copy', 'transcode'] },
					videoBitrateKbps: { type: 'integer' },
					videoHeight: { type: 'integer' },
				},
			}),
			responses: startedResponses('Recording', recording),
		},
		get: {
			summary: "List the room's recordings (running and finished)",
			responses: {
				200: {
					description: 'Recordings',
					...json({
						type: 'object',
						properties: { recordings: { type: 'array', items: recording } },
					}),
				},
				401: unauthorized,
			},
		},
	},
	'/rooms/{roomId}/recordings/{recordingId}': {
		parameters: [roomId, recordingId],
		get: {
			summary: 'Show one recording',
			responses: {
				200: { description: 'Recording', ...json(recording) },
				401: unauthorized,
				404: error,
			},
		},
		delete: {
			summary: 'Stop a recording; answers once its files are finalised',
			responses: {
				200: { description: 'The finished recording', ...json(recording) },
				401: unauthorized,
				404: error,
			},
		},
	},
	'/rooms/{roomId}/ingest': {
		parameters: [roomId],
		post: {
			summary:
				'Add an RTP ingest participant (FFmpeg, GStreamer, OBS) to the room, creating the room if needed',
			requestBody: json({
				type: 'object',
				required: ['name'],
				properties: {
					name: { type: 'string' },
					audio: { type: 'string', enum: ['opus'] },
					video: { type: 'string', enum: ['vp8', 'vp9', 'h264'] },
					srtp: { type: 'boolean' },
				},
			}),
			responses: {
				201: {
					description:
						'Where and how to send: per track ip, port, rtcpPort, payloadType, ssrc, SRTP key; an FFmpeg command',
					...json({ type: 'object' }),
				},
				400: error,
				401: unauthorized,
			},
		},
	},
	'/rooms/{roomId}/ingest/{peerId}': {
		parameters: [roomId, peerId],
		delete: {
			summary: 'End an ingest',
			responses: { 204: { description: 'Ended' }, 401: unauthorized, 404: error },
		},
	},
} as const;
