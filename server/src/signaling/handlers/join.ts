import { rtpCapabilitiesToProto } from '../../../../protos/index.js';
import { roleFromProto } from '../../rooms/Peer.js';
import type { Handler } from '../RequestContext.js';
import { badRequest, invalidState } from '../SignalingError.js';

const ROOM_ID = /^[A-Za-z0-9_.-]{1,128}$/;
const MAX_DISPLAY_NAME = 64;

export const join: Handler<'join'> = async (ctx, body) => {
	if (ctx.session.membership) {
		throw invalidState(`already in room "${ctx.session.membership.room.id}"; leave it first`);
	}

	if (!ROOM_ID.test(body.roomId ?? '')) {
		throw badRequest('roomId must be 1–128 characters of A–Z, a–z, 0–9, "_", "-" or "."');
	}

	const displayName = (body.displayName ?? '').trim();

	if (!displayName || displayName.length > MAX_DISPLAY_NAME) {
		throw badRequest(`displayName must be 1–${MAX_DISPLAY_NAME} characters`);
	}

	const room = await ctx.rooms.getOrCreate(body.roomId!);
	const router = await room.routers.placeNewPeer();
	const others = [...room.peers.values()];
	const peer = room.addPeer({
		displayName,
		role: roleFromProto(body.role),
		channel: ctx.session.channel,
		router,
	});

	ctx.session.membership = { room, peer };

	return {
		join: {
			peerId: peer.id,
			roomId: room.id,
			routerRtpCapabilities: rtpCapabilitiesToProto(router.router.rtpCapabilities),
			peers: others.map((p) => p.info()),
			iceServers: [],
		},
	};
};
