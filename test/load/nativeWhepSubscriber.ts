import { NativeReceiver } from './nativeReceiver.js';
import type { TokenSource } from './plainPeers.js';

/** Answers with a status other than 201 that are worth another try (nothing published yet, draining). */
const RETRY_STATUSES = new Set([409, 503]);
const MAX_ATTEMPTS = 20;

export interface NativeWhepSubscriber {
	readonly receiver: NativeReceiver;
	/** Ends the WHEP session (DELETE) and the peer connection. */
	close(): Promise<void>;
}

/**
 * A WHEP viewer of a room's presenter (`POST /whep/:room`) on a native
 * WebRTC peer: the way a player that is not Skylark's SDK watches.
 */
export async function nativeWhepSubscriber(
	url: string,
	tokens: TokenSource,
	roomId: string,
	index: number
): Promise<NativeWhepSubscriber> {
	const token = await tokens(roomId, `whep-subscriber-${index}`);
	let session: string | undefined;
	const receiver = await NativeReceiver.offer(`whep-${index}`, async (offer) => {
		for (let attempt = 1; ; attempt++) {
			const response = await fetch(`${url}/whep/${encodeURIComponent(roomId)}`, {
				method: 'POST',
				headers: { 'content-type': 'application/sdp', authorization: `Bearer ${token}` },
				body: offer,
			});
			const body = await response.text();

			if (response.status === 201) {
				session = new URL(response.headers.get('location')!, url).href;

				return body;
			}

			if (!RETRY_STATUSES.has(response.status) || attempt >= MAX_ATTEMPTS) {
				throw new Error(`WHEP POST ${url}/whep/${roomId}: ${response.status} ${body}`);
			}

			const retryAfter = Number(response.headers.get('retry-after') ?? 1);

			await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter, 2) * 1000));
		}
	});

	return {
		receiver,
		async close() {
			receiver.close();

			if (session) {
				await fetch(session, {
					method: 'DELETE',
					headers: { authorization: `Bearer ${token}` },
				}).catch(() => undefined);
			}
		},
	};
}
