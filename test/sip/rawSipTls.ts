import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as tls from 'node:tls';
import { finalStatusIn } from './sipHelpers.js';

/**
 * A raw SIP client over TLS, bound to a chosen local address (127.0.0.2 is
 * a source Skylark does not allow): it sends exactly the text given and
 * collects what comes back, so a test sees Skylark's status codes as sent.
 */
export class RawSipTlsClient {
	readonly received: string[] = [];
	readonly #socket: tls.TLSSocket;
	#buffer = '';

	/** Connects to Skylark's TLS port, verifying its certificate against `caFile`. */
	static async open(port: number, caFile: string, localAddress = '127.0.0.1'): Promise<RawSipTlsClient> {
		// The TCP connection is made first: it is where the local address is chosen.
		const tcp = net.connect({ host: '127.0.0.1', port, localAddress });
		const socket = tls.connect({ socket: tcp, host: '127.0.0.1', ca: fs.readFileSync(caFile) });

		await once(socket, 'secureConnect');

		return new RawSipTlsClient(socket);
	}

	private constructor(socket: tls.TLSSocket) {
		this.#socket = socket;
		socket.setEncoding('utf8').on('data', (chunk: string) => this.#read(chunk));
		socket.on('error', () => undefined);
	}

	get ip(): string {
		return this.#socket.localAddress!;
	}

	get port(): number {
		return this.#socket.localPort!;
	}

	send(text: string): void {
		this.#socket.write(text);
	}

	/** The final (non-1xx) status of the response to Call-ID `callId`. */
	finalStatus(callId: string, ms = 5000): Promise<number> {
		return finalStatusIn(this.received, callId, ms, ' over TLS');
	}

	close(): void {
		this.#socket.destroy();
	}

	/** Splits the stream into messages at their blank line and Content-Length. */
	#read(chunk: string): void {
		this.#buffer += chunk;

		for (;;) {
			const end = this.#buffer.indexOf('\r\n\r\n');

			if (end < 0) {
				return;
			}

			const length = Number(/^Content-Length:\s*(\d+)/im.exec(this.#buffer.slice(0, end))?.[1] ?? 0);

			if (this.#buffer.length < end + 4 + length) {
				return;
			}

			this.received.push(this.#buffer.slice(0, end + 4 + length));
			this.#buffer = this.#buffer.slice(end + 4 + length);
		}
	}
}
