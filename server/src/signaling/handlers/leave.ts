import { joined, OK, type Handler } from '../RequestContext.js';

export const leave: Handler<'leave'> = async (ctx) => {
	const { room, peer } = joined(ctx);

	room.removePeer(peer, 'left');
	ctx.session.membership = undefined;

	return OK;
};
