import { randomBytes } from 'node:crypto';
import type { types } from 'mediasoup';
import type { Peer } from '../rooms/Peer.js';
import { createWebRtcTransport } from '../rooms/peerTransports.js';
import type { Room } from '../rooms/Room.js';
import { writeIceRestartFragment } from './sdp/answer.js';
import type { ParsedOffer } from './sdp/offer.js';

/**
 * How long a session waits for the client's ICE restart once ICE is down
 * (mediasoup says so after its consent timeout, 30 s without checks).
 */
const ICE_RESTART_GRACE_MS = 10_000;

/** A strong entity tag for the session's ICE state: it changes with every ICE restart. */
const newEtag = () => `"${randomBytes(9).toString('base64url')}"`;

/**
 * One WHIP or WHEP session: a room peer that no signaling connection drives,
 * with its one WebRTC transport, reached at an unguessable URL. The base
 * class owns what both share: the ETag, ICE restarts and closing.
 */
export abstract class HttpSession {
	/** 128 random bits: the session URL is the only credential a DELETE or PATCH needs besides the token. */
	readonly id = randomBytes(16).toString('base64url');
	#etag = newEtag();
	/** The client's current ICE username fragment: another one in a PATCH means an ICE restart. */
	#clientUfrag: string;
	#iceLost?: NodeJS.Timeout;

	protected constructor(
		readonly protocol: 'whip' | 'whep',
		readonly room: Room,
		readonly peer: Peer,
		readonly transport: types.WebRtcTransport,
		/** The mid of the first bundled section, for ICE fragments. */
		readonly firstMid: string,
		clientUfrag: string
	) {
		this.#clientUfrag = clientUfrag;
		// Its worker died, or the room closed: nothing to send media to any more.
		transport.on('routerclose', () => this.close(`${protocol}-lost`));
		// No signaling tells Skylark that a WHIP/WHEP client went away without a DELETE (a crash, a
		// closed tab): DTLS closing or failing does, and so does ICE staying down past the grace a
		// client has to restart it with a PATCH.
		transport.on('dtlsstatechange', (state) => {
			if (state === 'closed' || state === 'failed') {
				this.close(`${protocol}-gone`);
			}
		});
		transport.on('icestatechange', (state) => {
			clearTimeout(this.#iceLost);
			this.#iceLost =
				state === 'disconnected'
					? setTimeout(() => this.close(`${protocol}-gone`), ICE_RESTART_GRACE_MS)
					: undefined;
		});
		peer.onClose(() => clearTimeout(this.#iceLost));
	}

	get etag(): string {
		return this.#etag;
	}

	get location(): string {
		return `/${this.protocol}/${encodeURIComponent(this.room.id)}/sessions/${this.id}`;
	}

	get closed(): boolean {
		return this.peer.closed;
	}

	/** Whether the session waits for the client's SDP answer to a server offer (WHEP's 406). */
	get awaitingAnswer(): boolean {
		return false;
	}

	/** The client's ICE credentials became known later (its answer to a server offer). */
	protected set clientUfrag(ufrag: string) {
		this.#clientUfrag = ufrag;
	}

	/** Whether an SDP fragment's ICE credentials are new ones: the client restarts ICE. */
	restartsIce(fragment: string): boolean {
		const ufrag = /^a=ice-ufrag:(\S+)/m.exec(fragment)?.[1];

		return ufrag !== undefined && ufrag !== this.#clientUfrag && /^a=ice-pwd:\S+/m.test(fragment);
	}

	/** New ICE credentials for the client's restart; the answer fragment to send back. */
	async restartIce(fragment: string): Promise<string> {
		const iceParameters = await this.transport.restartIce();

		this.#clientUfrag = /^a=ice-ufrag:(\S+)/m.exec(fragment)?.[1] ?? this.#clientUfrag;
		this.#etag = newEtag();

		return writeIceRestartFragment(
			{
				iceParameters,
				iceCandidates: this.transport.iceCandidates,
				dtlsParameters: this.transport.dtlsParameters,
			},
			this.firstMid
		);
	}

	/** Ends the session: the peer leaves the room, with everything it had. */
	close(reason: string): void {
		this.room.removePeer(this.peer, reason);
	}
}

/**
 * The session's WebRTC transport on the peer's router (through the worker's
 * WebRtcServer, UDP and TCP), connected with the offer's DTLS fingerprint.
 * The offerer is DTLS client unless it offered to be passive.
 */
export async function openTransport(
	peer: Peer,
	offer: ParsedOffer,
	direction: 'send' | 'recv',
	maxDataMessageBytes: number,
	router?: types.Router
): Promise<{ transport: types.WebRtcTransport; setup: 'active' | 'passive' }> {
	const transport = await createWebRtcTransport(peer, direction, maxDataMessageBytes, router);

	peer[direction === 'send' ? 'sendTransport' : 'recvTransport'] = transport;

	const offererIsServer = offer.setup === 'passive';

	await transport.connect({
		dtlsParameters: { role: offererIsServer ? 'server' : 'client', fingerprints: offer.fingerprints },
	});

	return { transport, setup: offererIsServer ? 'active' : 'passive' };
}
