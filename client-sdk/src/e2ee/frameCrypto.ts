/**
 * The code of the E2EE worker: it encrypts and decrypts encoded media frames
 * (RTCRtpScriptTransform) with AES-GCM under a key derived from the shared
 * passphrase. Self-contained on purpose: the SDK starts it from this
 * function's source, so it must not use anything outside it.
 *
 * An encrypted frame is: the clear header | ciphertext and tag | IV (12) |
 * 'S' 'K'. The header stays readable because the SFU must see it (VP8's
 * payload header says what a keyframe is: 10 bytes of a keyframe, 3 of
 * others; Opus's first byte); it is authenticated as additional data.
 */
export function frameCryptoWorker(): void {
	interface Frame {
		data: ArrayBuffer;
		type?: string;
	}
	interface TransformerOptions {
		operation: 'encrypt' | 'decrypt';
		kind: 'audio' | 'video';
		peerId?: string;
	}
	interface Scope {
		onmessage: ((event: { data: { passphrase: string } }) => void) | null;
		onrtctransform: ((event: { transformer: Transformer }) => void) | null;
		postMessage(message: unknown): void;
	}
	interface Transformer {
		readable: ReadableStream<Frame>;
		writable: WritableStream<Frame>;
		options: TransformerOptions;
	}

	const scope = self as unknown as Scope;
	const MAGIC = [0x53, 0x4b];
	const IV_BYTES = 12;
	/** A peer whose frames do not decrypt is reported at most this often. */
	const REPORT_EVERY_MS = 2000;
	const reported = new Map<string, number>();
	let key: Promise<CryptoKey> | undefined;

	const deriveKey = async (passphrase: string): Promise<CryptoKey> => {
		const material = await crypto.subtle.importKey(
			'raw',
			new TextEncoder().encode(passphrase),
			'PBKDF2',
			false,
			['deriveKey']
		);

		return crypto.subtle.deriveKey(
			{
				name: 'PBKDF2',
				salt: new TextEncoder().encode('skylark-e2ee-v1'),
				iterations: 100_000,
				hash: 'SHA-256',
			},
			material,
			{ name: 'AES-GCM', length: 128 },
			false,
			['encrypt', 'decrypt']
		);
	};
	const clearBytes = (frame: Frame, kind: string) => (kind === 'audio' ? 1 : frame.type === 'key' ? 10 : 3);

	const encrypt = async (frame: Frame, options: TransformerOptions): Promise<Frame> => {
		const data = new Uint8Array(frame.data);
		const clear = Math.min(clearBytes(frame, options.kind), data.length);
		const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
		const sealed = new Uint8Array(
			await crypto.subtle.encrypt(
				{ name: 'AES-GCM', iv, additionalData: data.subarray(0, clear) },
				await key!,
				data.subarray(clear)
			)
		);
		const out = new Uint8Array(clear + sealed.length + IV_BYTES + MAGIC.length);

		out.set(data.subarray(0, clear));
		out.set(sealed, clear);
		out.set(iv, clear + sealed.length);
		out.set(MAGIC, out.length - MAGIC.length);
		frame.data = out.buffer;

		return frame;
	};

	/** The frame decrypted; undefined if it does not decrypt with this key. Unencrypted frames pass. */
	const decrypt = async (frame: Frame, options: TransformerOptions): Promise<Frame | undefined> => {
		const data = new Uint8Array(frame.data);
		const n = data.length;

		if (n < IV_BYTES + MAGIC.length + 16 || data[n - 2] !== MAGIC[0] || data[n - 1] !== MAGIC[1]) {
			return frame;
		}

		const clear = Math.min(clearBytes(frame, options.kind), n);
		const iv = data.subarray(n - MAGIC.length - IV_BYTES, n - MAGIC.length);

		try {
			const opened = new Uint8Array(
				await crypto.subtle.decrypt(
					{ name: 'AES-GCM', iv, additionalData: data.subarray(0, clear) },
					await key!,
					data.subarray(clear, n - MAGIC.length - IV_BYTES)
				)
			);
			const out = new Uint8Array(clear + opened.length);

			out.set(data.subarray(0, clear));
			out.set(opened, clear);
			frame.data = out.buffer;

			return frame;
		} catch {
			const peerId = options.peerId ?? '';
			const now = Date.now();

			if (now - (reported.get(peerId) ?? 0) > REPORT_EVERY_MS) {
				reported.set(peerId, now);
				scope.postMessage({ decryptFailed: { peerId, kind: options.kind } });
			}

			return undefined;
		}
	};

	scope.onmessage = (event) => {
		key = deriveKey(event.data.passphrase);
	};
	scope.onrtctransform = ({ transformer }) => {
		const { options } = transformer;

		void transformer.readable
			.pipeThrough(
				new TransformStream<Frame, Frame>({
					async transform(frame, controller) {
						const out =
							options.operation === 'encrypt'
								? await encrypt(frame, options)
								: await decrypt(frame, options);

						if (out) {
							controller.enqueue(out);
						}
					},
				})
			)
			.pipeTo(transformer.writable);
	};
}
