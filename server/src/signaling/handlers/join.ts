import { roleFromProto, roleToProto, rtpCapabilitiesToProto, skylark } from '../../../../protos/index.js';
import { hasTurn, iceServersFor, type IceServerSettings } from '../../connectivity/iceServers.js';
import { roleFor, type Peer } from '../../rooms/Peer.js';
import type { Room } from '../../rooms/Room.js';
import type { RoomRouter } from '../../rooms/RoomRouters.js';
import { ROOM_ID_PATTERN, ROOM_ID_RULE } from '../../rooms/roomId.js';
import type { Handler } from '../RequestContext.js';
import { setUpJoinMedia } from './joinMedia.js';
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

	const roomId = body.roomId ?? '';

	if (!ROOM_ID_PATTERN.test(roomId)) {
		throw badRequest(`roomId must be ${ROOM_ID_RULE}`);
	}

	if (roomId !== claims.room) {
		throw forbidden(`the access token is for room "${claims.room}", not "${roomId}"`);
	}

	const displayName = (claims.name ?? body.displayName ?? '').trim();

	if (!displayName || displayName.length > MAX_DISPLAY_NAME) {
		throw badRequest(`displayName must be 1–${MAX_DISPLAY_NAME} characters`);
	}

	// Decided before placement: in a cluster a viewer may be served by an edge node.
	const role = roleFor(roleFromProto(body.role), claims.grants);
	const placement = await ctx.cluster.placeRoom(roomId, {
		ticket: body.ticket || undefined,
		mayCreate: claims.grants.roomCreate,
		viewer: role === 'viewer',
	});

	// The room lives on another node: the client goes there, with a ticket.
	if (placement.kind === 'redirect') {
		return { redirect: { url: placement.url, ticket: placement.ticket, nodeId: placement.node } };
	}

	if (ctx.policy.node.draining) {
		throw new SignalingError(
			skylark.v1.ErrorCode.UNAVAILABLE,
			'this node is shutting down; join another'
		);
	}

	const admission = ctx.rooms.admitJoin(roomId, ctx.policy);

	if ('refused' in admission) {
		throw limitExceeded(admission.refused);
	}

	let peer: Peer;
	let room: Room;
	let router: RoomRouter;

	try {
		// A viewer placed on an edge: the room here mirrors its origin's publishers.
		room =
			placement.kind === 'edge'
				? await ctx.edges.open(roomId, placement.origin)
				: await ctx.rooms.getOrCreate(roomId, placement);
		router = await room.routers.placeNewPeer();
		peer = room.addPeer({
			displayName,
			identity: claims.identity,
			role,
			grants: claims.grants,
			channel: ctx.session.channel,
			router,
		});
	} finally {
		admission.release();
	}

	const others = room.peersVisibleTo(peer).map((p) => p.info());
	let media: Awaited<ReturnType<typeof setUpJoinMedia>>;

	try {
		media = await setUpJoinMedia(room, peer, others, body, ctx.policy);
	} catch (error) {
		// A join either happens whole or not at all: the client gets the error and no half-made peer.
		room.removePeer(peer, 'left');
		throw error;
	}

	ctx.session.membership = { room, peer };
	refreshIceServers(peer, ctx.policy.iceServers);

	return {
		join: {
			peerId: peer.id,
			roomId: room.id,
			routerRtpCapabilities: rtpCapabilitiesToProto(router.router.rtpCapabilities),
			peers: others,
			iceServers: iceServersFor(ctx.policy.iceServers, peer.id),
			grants: claims.grants,
			role: roleToProto(peer.role),
			resumeToken: peer.resumeToken,
			clustered: ctx.cluster.clustered,
			...media,
		},
	};
};
