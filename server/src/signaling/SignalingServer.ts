import type * as http from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from '../logging/logger.js';
import type { RoomManager } from '../rooms/RoomManager.js';
import { Connection } from './Connection.js';

export interface SignalingOptions {
	/** Frames above this size make socket.io close the connection. */
	maxFrameBytes: number;
}

/** socket.io on the HTTP server: every connection becomes a Connection speaking protobuf frames. */
export class SignalingServer {
	readonly #io: Server;

	constructor(httpServer: http.Server, rooms: RoomManager, options: SignalingOptions, logger: Logger) {
		const log = logger.child({ component: 'signaling' });

		this.#io = new Server(httpServer, {
			serveClient: false,
			maxHttpBufferSize: options.maxFrameBytes,
		});
		this.#io.on('connection', (socket) => new Connection(socket, rooms, log));
	}

	get connectionCount(): number {
		return this.#io.engine.clientsCount;
	}

	close(): Promise<void> {
		return new Promise((resolve) => {
			this.#io.disconnectSockets(true);
			void this.#io.close(() => resolve());
		});
	}
}
