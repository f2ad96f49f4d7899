import { io, type Socket } from 'socket.io-client';
import { skylark } from '../../protos/index.js';
import { FRAME_EVENT } from '../../server/src/signaling/Connection.js';

import pb = skylark.v1;

/**
 * A signaling socket that sends arbitrary bytes and hands every response to
 * the test, with its id: unlike the SDK's SignalingChannel, which keeps its
 * own request ids and drops answers to ids it did not send. For fuzzers and
 * flooders, whose frames carry ids of their own choosing.
 */
export class RawSignaling {
	readonly #socket: Socket;
	readonly #listeners: ((response: pb.Response) => void)[] = [];
	/** Resolves with socket.io's reason once the socket is gone. */
	readonly disconnected: Promise<string>;

	private constructor(socket: Socket) {
		this.#socket = socket;
		this.disconnected = new Promise((resolve) => socket.once('disconnect', resolve));
		socket.on(FRAME_EVENT, (frame: ArrayBuffer | Uint8Array) => {
			const message = pb.ServerMessage.decode(
				frame instanceof ArrayBuffer ? new Uint8Array(frame) : frame
			);

			if (message.response) {
				[...this.#listeners].forEach((listener) => listener(message.response as pb.Response));
			}
		});
	}

	/** Connects over WebSocket with an access token; never reconnects by itself. */
	static connect(url: string, token: string): Promise<RawSignaling> {
		const socket = io(url, { transports: ['websocket'], auth: { token }, reconnection: false });

		return new Promise((resolve, reject) => {
			socket.once('connect', () => resolve(new RawSignaling(socket)));
			socket.once('connect_error', (error) => {
				socket.close();
				reject(error);
			});
		});
	}

	get connected(): boolean {
		return this.#socket.connected;
	}

	send(frame: Uint8Array | string): void {
		this.#socket.emit(FRAME_EVENT, frame);
	}

	onResponse(listener: (response: pb.Response) => void): void {
		this.#listeners.push(listener);
	}

	/** Resolves with the first response carrying `id`. */
	response(id: number): Promise<pb.Response> {
		return new Promise((resolve) => {
			const listener = (response: pb.Response) => {
				if (response.id === id) {
					this.#listeners.splice(this.#listeners.indexOf(listener), 1);
					resolve(response);
				}
			};

			this.#listeners.push(listener);
		});
	}

	close(): void {
		this.#socket.close();
	}
}
