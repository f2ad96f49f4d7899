import express, { Router } from 'express';
import { z } from 'zod';
import { parseBody } from '../http/jsonBody.js';
import type { PlainListen } from '../rooms/peerTransports.js';
import { roomIdSchema } from '../rooms/roomId.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { ingestCodec, supportedCodecs } from './ingestCodecs.js';
import { openIngest, type IngestTrackRequest } from './IngestPoint.js';
import { ffmpegSenderArgs, ffmpegSenderCommand } from './senderExample.js';

const ingestRequest = z
	.object({
		name: z.string().min(1).max(64),
		audio: z.string().max(32).optional(),
		video: z.string().max(32).optional(),
		srtp: z.boolean().default(false),
	})
	.strict()
	.refine(
		(b) => b.audio !== undefined || b.video !== undefined,
		'give an audio codec, a video codec or both'
	);

const INGEST_IDENTITY = /^ingest:/;

/**
 * RTP ingest (admin API, behind the admin key). `POST /rooms/:roomId/ingest`
 * opens the room if needed and adds a publishing participant whose tracks an
 * external encoder pushes as plain RTP (or SRTP with the keys given); the
 * answer says where to send, with which payload types and SSRCs.
 * `DELETE /rooms/:roomId/ingest/:peerId` ends it.
 */
export function ingestRoutes(rooms: RoomManager, listen: PlainListen): Router {
	const router = Router();

	router.post('/rooms/:roomId/ingest', express.json({ limit: '4kb' }), async (req, res) => {
		const roomId = roomIdSchema.safeParse(req.params.roomId);
		const body = parseBody(ingestRequest, req, res);

		if (!body) {
			return;
		}

		if (!roomId.success) {
			res.status(400).json({ error: roomId.error.issues[0]!.message });

			return;
		}

		const tracks: IngestTrackRequest[] = [];

		for (const kind of ['audio', 'video'] as const) {
			const name = body[kind]?.toLowerCase();
			const codec = name === undefined ? undefined : ingestCodec(kind, name);

			if (name !== undefined && !codec) {
				res.status(400).json({
					error: `${kind} codec "${body[kind]}" is not supported; use one of: ${supportedCodecs(kind).join(', ')}`,
					supported: supportedCodecs(kind),
				});

				return;
			}

			if (codec) {
				tracks.push({ kind, codec });
			}
		}

		const room = await rooms.getOrCreate(roomId.data);
		const ingest = await openIngest(room, listen, { displayName: body.name, tracks, srtp: body.srtp });

		res.status(201).json({
			roomId: room.id,
			peerId: ingest.peer.id,
			displayName: ingest.peer.displayName,
			tracks: ingest.tracks,
			ffmpeg: ffmpegSenderCommand(ingest.tracks),
			ffmpegOutputArgs: ffmpegSenderArgs(ingest.tracks),
		});
	});

	router.delete('/rooms/:roomId/ingest/:peerId', (req, res) => {
		const room = rooms.get(req.params.roomId);
		const peer = room?.peers.get(req.params.peerId);

		if (!room || !peer || !INGEST_IDENTITY.test(peer.identity)) {
			res.status(404).json({
				error: `ingest ${req.params.peerId} not found in room ${req.params.roomId}`,
			});

			return;
		}

		room.removePeer(peer, 'ingest-stopped');
		res.status(204).end();
	});

	return router;
}
