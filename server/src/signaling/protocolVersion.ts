import { PROTOCOL_VERSION } from '../../../protos/index.js';
import type { HandshakeRefusal } from './SignalingServer.js';

/**
 * The handshake's `auth.protocol` against the protocol this server speaks.
 * A client that sends none predates the check and speaks skylark.v1.
 * Returns the refusal to hand to socket.io, or undefined to let it in.
 */
export function protocolRefusal(claimed: unknown): (Error & { data: HandshakeRefusal }) | undefined {
	if (claimed === undefined || claimed === PROTOCOL_VERSION) {
		return undefined;
	}

	const client = typeof claimed === 'string' ? claimed.slice(0, 64) : `a ${typeof claimed}`;
	const refusal = new Error(
		`protocol mismatch: this Skylark server speaks ${PROTOCOL_VERSION}, the client speaks ${client}. ` +
			`Use a client SDK release that speaks ${PROTOCOL_VERSION}, or upgrade the server.`
	) as Error & { data: HandshakeRefusal };

	refusal.data = { code: 'PROTOCOL_MISMATCH', serverProtocol: PROTOCOL_VERSION, clientProtocol: client };

	return refusal;
}
