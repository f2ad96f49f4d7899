import { SkylarkError } from '../SkylarkError.js';
import { frameCryptoWorker } from './frameCrypto.js';

export interface E2eeOptions {
	/**
	 * The key every participant shares, from the application (never from the
	 * server: the demo page reads it from the URL fragment, which browsers do
	 * not send).
	 */
	passphrase: string;
}

declare const RTCRtpScriptTransform: {
	new (worker: Worker, options: Record<string, unknown>): unknown;
};

type WithTransform = { transform: unknown };

/**
 * End-to-end encryption of media frames: each sent frame is encrypted in a
 * worker before it leaves the browser, and each received one decrypted
 * there (RTCRtpScriptTransform). The server forwards what it cannot read.
 */
export class E2ee {
	readonly #worker: Worker;

	/** Whether this browser can: encoded transforms in a worker. */
	static supported(): boolean {
		return typeof RTCRtpScriptTransform !== 'undefined' && typeof Worker !== 'undefined';
	}

	/** Starts encryption, or refuses with UNSUPPORTED in a browser without encoded transforms. */
	static start(
		options: E2eeOptions,
		onDecryptFailed: (peerId: string, kind: 'audio' | 'video') => void
	): E2ee {
		if (!E2ee.supported()) {
			throw new SkylarkError(
				'UNSUPPORTED',
				'end-to-end encryption needs encoded transforms (RTCRtpScriptTransform), which this browser lacks'
			);
		}

		return new E2ee(options, onDecryptFailed);
	}

	constructor(options: E2eeOptions, onDecryptFailed: (peerId: string, kind: 'audio' | 'video') => void) {
		const source = `(${frameCryptoWorker.toString()})()`;
		const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));

		this.#worker = new Worker(url);
		URL.revokeObjectURL(url);
		this.#worker.postMessage({ passphrase: options.passphrase });
		this.#worker.onmessage = (
			event: MessageEvent<{ decryptFailed?: { peerId: string; kind: 'audio' | 'video' } }>
		) => {
			const failed = event.data.decryptFailed;

			if (failed) {
				onDecryptFailed(failed.peerId, failed.kind);
			}
		};
	}

	encrypt(sender: RTCRtpSender, kind: 'audio' | 'video'): void {
		(sender as unknown as WithTransform).transform = new RTCRtpScriptTransform(this.#worker, {
			operation: 'encrypt',
			kind,
		});
	}

	decrypt(receiver: RTCRtpReceiver, kind: 'audio' | 'video', peerId: string): void {
		(receiver as unknown as WithTransform).transform = new RTCRtpScriptTransform(this.#worker, {
			operation: 'decrypt',
			kind,
			peerId,
		});
	}

	close(): void {
		this.#worker.terminate();
	}
}
