import express from 'express';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The express app on a plain HTTP server (socket.io attaches to the same server). */
export class HttpServer {
	readonly app = express();
	readonly server = http.createServer(this.app);

	constructor() {
		this.app.disable('x-powered-by');
	}

	listen(port: number, host: string): Promise<AddressInfo> {
		return new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, host, () => {
				this.server.off('error', reject);
				resolve(this.server.address() as AddressInfo);
			});
		});
	}

	close(): Promise<void> {
		return new Promise((resolve) => {
			this.server.closeAllConnections();
			this.server.close(() => resolve());
		});
	}
}
