import { roleFromProto, roleToProto, rtpCapabilitiesToProto, skylark } from '../../../../protos/index.js';
import { hasTurn, iceServersFor, type IceServerSettings } from '../../connectivity/iceServers.js';
import type { Peer } from '../../rooms/Peer.js';
import { ROOM_ID_PATTERN } from '../../rooms/roomId.js';
import type { Handler } from '../RequestContext.js';
import { badRequest, forbidden, invalidState, limitExceeded, SignalingError } from '../SignalingError.js';

const MAX_DISPLAY_NAME = 64;

/** Pushes fresh TURN credentials when three quarters of their lifetime has passed. */
function refreshIceServers(peer: Peer, settings: IceServerSettings): void {
	if (!hasTurn(settings)) {
		return;
	}

	const timer = setInterval(
		() => peer.notify({ iceServersUpdate: { iceServers: iceServersFor(settings, peer.id) } }),
		settings.turnTtlSeconds * 750
	);

	peer.onClose(() => clearInterval(timer));
}

/**
 * Joins the room the access token names. The token's display name wins over
 * the requested one; its grants decide the peer's powers (a token that may
 * not publish makes a viewer). Every refusal happens before anything is
 * created in mediasoup.
 */
export const join: Handler<'join'> = async (ctx, body) => {
	const { claims } = ctx.session;

	if (ctx.session.membership) {
		throw invalidState(`already in room "${ctx.session.membership.room.id}"; leave it first`);
	}

	if (ctx.policy.node.draining) {
		throw new SignalingError(
			skylark.v1.ErrorCode.UNAVAILABLE,
			'this node is shutting down; join another'
		);
	}

	const roomId = body.roomId ?? '';

	if (!ROOM_ID_PATTERN.test(roomId)) {
		throw badRequest('roomId must be 1–128 characters of A–Z, a–z, 0–9, "_", "-" or "."');
	}

	if (roomId !== claims.room) {
		throw forbidden(`the access token is for room "${claims.room}", not "${roomId}"`);
	}

	const displayName = (claims.name ?? body.displayName ?? '').trim();

	if (!displayName || displayName.length > MAX_DISPLAY_NAME) {
		throw badRequest(`displayName must be 1–${MAX_DISPLAY_NAME} characters`);
	}

	const existing = ctx.rooms.get(roomId);

	if (!existing && !claims.grants.roomCreate) {
		throw forbidden(`room "${roomId}" does not exist and the access token may not create rooms`);
	}

	if (!existing && ctx.rooms.rooms.size >= ctx.policy.maxRooms) {
		throw limitExceeded(`this node hosts its maximum of ${ctx.policy.maxRooms} rooms`);
	}

	if (existing && existing.peers.size >= ctx.policy.maxPeersPerRoom) {
		throw limitExceeded(`room "${roomId}" is full (${ctx.policy.maxPeersPerRoom} peers)`);
	}

	const room = await ctx.rooms.getOrCreate(roomId);
	const router = await room.routers.placeNewPeer();
	const peer = room.addPeer({
		displayName,
		identity: claims.identity,
		role: roleFromProto(body.role),
		grants: claims.grants,
		channel: ctx.session.channel,
		router,
	});
	const others = room.peersVisibleTo(peer);

	ctx.session.membership = { room, peer };
	refreshIceServers(peer, ctx.policy.iceServers);

	return {
		join: {
			peerId: peer.id,
			roomId: room.id,
			routerRtpCapabilities: rtpCapabilitiesToProto(router.router.rtpCapabilities),
			peers: others.map((p) => p.info()),
			iceServers: iceServersFor(ctx.policy.iceServers, peer.id),
			grants: claims.grants,
			role: roleToProto(peer.role),
			resumeToken: peer.resumeToken,
		},
	};
};
