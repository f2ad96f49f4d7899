import express, { Router, type Request, type Response } from 'express';
import * as sip from 'sip';
import { z } from 'zod';
import { parseBody } from '../http/jsonBody.js';
import { roomIdSchema } from '../rooms/roomId.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { DialTargetError } from './OutboundCall.js';
import type { SipServer } from './SipServer.js';

const sipUri = z
	.string()
	.max(256)
	.refine(
		(value) => ['sip', 'sips'].includes(sip.parseUri(value)?.schema ?? ''),
		'a sip: or sips: URI, such as sip:alice@192.0.2.7:5060'
	);

/** Whether a call to `to` (through `trunk`) needs TLS: a sips: URI, `;transport=tls`, or a TLS trunk. */
function needsTls(to: string, trunk: { transport: string } | undefined): boolean {
	const uri = sip.parseUri(to);

	return trunk
		? trunk.transport === 'tls'
		: uri?.schema === 'sips' || uri?.params.transport?.toLowerCase() === 'tls';
}

const dialRequest = z
	.object({
		to: sipUri,
		from: sipUri.optional(),
		trunk: z.string().max(64).optional(),
		srtp: z.literal('sdes').optional(),
	})
	.strict();

/**
 * SIP dial-out (admin API, behind the admin key). `POST /rooms/:roomId/sip`
 * calls `to` and adds the callee to the room on answer; `GET` lists the
 * room's placed calls with their states (calling, ringing, answered, busy,
 * failed, ended); `DELETE /rooms/:roomId/sip/:callId` hangs up (CANCEL while
 * it rings, BYE once answered). `GET /sip/trunks` shows the registrations
 * with trunks. Mounted only when SIP is on.
 */
export function sipRoutes(rooms: RoomManager, server: () => SipServer | undefined): Router {
	const router = Router();
	/** The call the path names, or undefined with a 404 sent. */
	const placedCall = (req: Request<{ roomId: string; callId: string }>, res: Response) => {
		const { roomId, callId } = req.params;
		const call = server()
			?.placedCalls(roomId)
			.find((c) => c.id === callId);

		if (!call) {
			res.status(404).json({ error: `call ${callId} not found in room ${roomId}` });
		}

		return call;
	};

	router.post('/rooms/:roomId/sip', express.json({ limit: '4kb' }), async (req, res) => {
		const sipServer = server();
		const roomId = roomIdSchema.safeParse(req.params.roomId);
		const body = parseBody(dialRequest, req, res);

		if (!body) {
			return;
		}

		if (!sipServer) {
			res.status(503).json({ error: 'SIP is off: set SIP_PORT (and SIP_ALLOWED_SOURCES)' });

			return;
		}

		if (!roomId.success) {
			res.status(400).json({ error: roomId.error.issues[0]!.message });

			return;
		}

		const trunk = body.trunk === undefined ? undefined : sipServer.trunk(body.trunk);

		if (body.trunk !== undefined && !trunk) {
			res.status(400).json({ error: `no SIP trunk named ${body.trunk} (see SIP_TRUNKS)` });

			return;
		}

		if (needsTls(body.to, trunk) && sipServer.tlsPort === undefined) {
			res.status(400).json({
				error: 'SIP over TLS is off: set SIP_TLS_PORT, SIP_TLS_CERT and SIP_TLS_KEY',
			});

			return;
		}

		const room = await rooms.getOrCreate(roomId.data);

		try {
			const call = await sipServer.dial(room, { to: body.to, from: body.from, trunk, srtp: body.srtp });

			res.status(201).json(call.view());
		} catch (error) {
			if (!(error instanceof DialTargetError)) {
				throw error;
			}

			res.status(400).json({ error: error.message });
		}
	});

	// Trunks Skylark registers with (`;register`): registering, registered (until when), or failed (why).
	router.get('/sip/trunks', (_req, res) => {
		res.json({ registrations: (server()?.registrations ?? []).map((r) => r.view()) });
	});

	router.get('/rooms/:roomId/sip', (req, res) => {
		res.json({ calls: (server()?.placedCalls(req.params.roomId) ?? []).map((c) => c.view()) });
	});

	router.get('/rooms/:roomId/sip/:callId', (req, res) => {
		const call = placedCall(req, res);

		if (!call) {
			return;
		}

		res.json(call.view());
	});

	router.delete('/rooms/:roomId/sip/:callId', async (req, res) => {
		const call = placedCall(req, res);

		if (!call) {
			return;
		}

		await call.hangUp();
		res.status(204).end();
	});

	return router;
}
