import type { EmitEvent } from './events.js';
import type { LocalMedia } from './LocalMedia.js';
import type { JoinOptions } from './options.js';
import type { SignalingChannel } from './SignalingChannel.js';
import { SkylarkError } from './SkylarkError.js';

/** How long moving a room to another node may take before the SDK gives up on it. */
const MOVE_DEADLINE_MS = 30_000;

/** The room a client is in, as far as keeping it across drops and moves needs to know. */
export interface CurrentRoom {
	roomId: string;
	options: JoinOptions;
	resumeToken?: string;
	/** The last notification handled: a resume replays what came after it. */
	lastSeq: number;
	/** Whether the room lives in a cluster, where another node can take it over. */
	clustered: boolean;
}

/** What RoomContinuity needs of the client it keeps in its room. */
export interface ContinuityHost {
	readonly signaling: SignalingChannel;
	/** The URL first connected to: in a cluster (behind a load balancer), the way back in. */
	readonly entryUrl: string;
	readonly emit: EmitEvent;
	current(): CurrentRoom | undefined;
	/** Forgets the room on this node; returns the local media, to publish again on the next one. */
	detach(): LocalMedia | undefined;
	join(roomId: string, options: JoinOptions, carried: LocalMedia | undefined): Promise<unknown>;
	/** Drops the room for good and tells the application why (and what went wrong). */
	closeRoom(reason: string, error: unknown): void;
}

/**
 * Keeps a client in its room when the ground moves: a signaling drop is
 * resumed with the resume token (media never stopped: WebRTC does not need
 * signaling), and in a cluster a room that went to another node is joined
 * again there with the same tracks.
 */
export class RoomContinuity {
	readonly #host: ContinuityHost;
	#moving = false;

	constructor(host: ContinuityHost) {
		this.#host = host;
	}

	/**
	 * The signaling connection came back. Within the server's grace period the
	 * resume token gets this client its peer back, with all its media. After it,
	 * the room is gone for this client: in a cluster it joins again (the room may
	 * live on another node now); alone, the room is closed.
	 */
	async resume(): Promise<void> {
		const room = this.#host.current();

		if (!room?.resumeToken) {
			return;
		}

		try {
			const response = await this.#host.signaling.request('resume', {
				resumeToken: room.resumeToken,
				lastSeq: room.lastSeq,
			});

			if (response.resume?.complete === false) {
				throw new SkylarkError(
					'INVALID_STATE',
					'too much happened while disconnected to catch up; join again',
					'resume'
				);
			}

			this.#host.emit('reconnected');
		} catch (error) {
			if (room.clustered) {
				await this.move('session-lost');

				return;
			}

			this.#host.closeRoom('session-expired', error);
		}
	}

	/**
	 * The room goes on on another node of the cluster (this one drains, lost
	 * the room to a newer owner, or died). Join it again through the entry URL,
	 * which leads to its next node, and publish the same tracks there; the
	 * others' tracks come as subscribed again. Retries while nodes come and go.
	 */
	async move(reason: string): Promise<void> {
		const room = this.#host.current();

		if (!room || this.#moving) {
			return;
		}

		this.#moving = true;
		this.#host.emit('roomMoving', reason);

		const { signaling } = this.#host;
		const deadline = Date.now() + MOVE_DEADLINE_MS;

		// Best effort: the old node's room empties at once instead of waiting for a timeout.
		if (signaling.connected) {
			await signaling.request('leave', {}).catch(() => undefined);
		}

		const carried = this.#host.detach();

		try {
			for (;;) {
				try {
					await signaling.moveTo(this.#host.entryUrl, { fresh: true });
					await this.#host.join(room.roomId, room.options, carried);
					break;
				} catch (error) {
					if (Date.now() > deadline) {
						throw error;
					}

					// The registry may still name a node that just died, or be briefly away.
					const retryAfterMs = error instanceof SkylarkError ? error.retryAfterMs : undefined;

					await new Promise((resolve) => setTimeout(resolve, retryAfterMs ?? 500));
				}
			}

			this.#host.emit('roomMoved', signaling.url);
		} catch (error) {
			carried?.close();
			this.#host.closeRoom('move-failed', error);
		} finally {
			this.#moving = false;
		}
	}
}
