import express, { Router, type Response } from 'express';
import { z } from 'zod';
import { parseBody } from '../http/jsonBody.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import type { RecordingTarget } from './Recording.js';
import { RecordingError, type RecordingManager } from './RecordingManager.js';
import { describeRecording } from './recordingViews.js';

const recordingRequest = z
	.object({
		peerId: z.string().min(1).max(64).optional(),
		producerIds: z.array(z.string().min(1).max(64)).min(1).max(16).optional(),
		engine: z.enum(['ffmpeg', 'gstreamer']).optional(),
		video: z.enum(['copy', 'transcode']).optional(),
		videoBitrateKbps: z.number().int().min(50).max(50_000).optional(),
		videoHeight: z.number().int().min(0).max(4320).optional(),
	})
	.strict()
	.refine((b) => !(b.peerId && b.producerIds), 'give peerId or producerIds, not both');

function targetOf(body: z.output<typeof recordingRequest>): RecordingTarget {
	if (body.peerId) {
		return { type: 'peer', peerId: body.peerId };
	}

	return body.producerIds ? { type: 'producers', producerIds: body.producerIds } : { type: 'room' };
}

function fail(res: Response, error: unknown): void {
	if (error instanceof RecordingError) {
		res.status(error.status).json({ error: error.message });
	} else {
		throw error;
	}
}

/**
 * Recordings (admin API, behind the admin key): `POST /rooms/:roomId/recordings`
 * starts one (the whole room, `peerId`, or `producerIds`), `GET` lists them,
 * `DELETE .../:recordingId` stops one and answers once its files are final.
 */
export function recordingRoutes(rooms: RoomManager, recordings: RecordingManager): Router {
	const router = Router();
	const roomOr404 = (roomId: string, res: Response) => {
		const room = rooms.get(roomId);

		if (!room) {
			res.status(404).json({ error: `room ${roomId} not found` });
		}

		return room;
	};
	const recordingOr404 = (roomId: string, recordingId: string, res: Response) => {
		const recording = recordings.get(recordingId);

		if (!recording || recording.room.id !== roomId) {
			res.status(404).json({ error: `recording ${recordingId} not found in room ${roomId}` });

			return undefined;
		}

		return recording;
	};

	router.post('/rooms/:roomId/recordings', express.json({ limit: '8kb' }), async (req, res) => {
		const room = roomOr404(req.params.roomId, res);
		const body = room && parseBody(recordingRequest, req, res);

		if (!room || !body) {
			return;
		}

		const { engine, video, videoBitrateKbps, videoHeight } = body;

		try {
			const recording = await recordings.start(room, targetOf(body), {
				engine,
				video,
				videoBitrateKbps,
				videoHeight,
			});

			res.status(201).json(describeRecording(recording));
		} catch (error) {
			fail(res, error);
		}
	});

	router.get('/rooms/:roomId/recordings', (req, res) => {
		res.json({ recordings: recordings.list(req.params.roomId).map(describeRecording) });
	});

	router.get('/rooms/:roomId/recordings/:recordingId', (req, res) => {
		const recording = recordingOr404(req.params.roomId, req.params.recordingId, res);

		if (recording) {
			res.json(describeRecording(recording));
		}
	});

	router.delete('/rooms/:roomId/recordings/:recordingId', async (req, res) => {
		const recording = recordingOr404(req.params.roomId, req.params.recordingId, res);

		if (recording) {
			await recordings.stop(recording, 'stopped-by-admin');
			res.json(describeRecording(recording));
		}
	});

	return router;
}
