import type { types as msc } from 'mediasoup-client';

/** Made again this long before it expires (browsers' default lifetime is 30 days). */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

/**
 * One DTLS certificate for all of this client's connections, made before
 * the join so the join can carry its fingerprint. The server then connects
 * the transports it makes at join at once, and the browser starts ICE and
 * DTLS as soon as its connection is set up instead of after a
 * connectTransport round trip, which on a busy connection also waits behind
 * the client's other requests (its produce calls).
 *
 * Where the WebRTC stack cannot make certificates (werift in Node has no
 * `RTCPeerConnection.generateCertificate`) there is no identity, and
 * transports connect with a request as before.
 */
export class DtlsIdentity {
	readonly #certificate: RTCCertificate;

	private constructor(certificate: RTCCertificate) {
		this.#certificate = certificate;
	}

	/** A new identity, or undefined where the WebRTC stack cannot make one. */
	static async create(): Promise<DtlsIdentity | undefined> {
		const Peer = globalThis.RTCPeerConnection as typeof RTCPeerConnection | undefined;

		if (typeof Peer?.generateCertificate !== 'function') {
			return undefined;
		}

		// ECDSA P-256: what browsers make by default, and a far shorter handshake than RSA.
		const certificate = await Peer.generateCertificate({
			name: 'ECDSA',
			namedCurve: 'P-256',
		} as EcKeyGenParams);

		return new DtlsIdentity(certificate);
	}

	/** Whether it will still be valid for a while (a client can live longer than a certificate). */
	get fresh(): boolean {
		return this.#certificate.expires - Date.now() > RENEW_BEFORE_MS;
	}

	/** What the client's connections will put in their SDP: DTLS client, this certificate's fingerprints. */
	get parameters(): msc.DtlsParameters {
		return {
			role: 'client',
			fingerprints: this.#certificate.getFingerprints().map((f) => ({
				algorithm: f.algorithm as msc.FingerprintAlgorithm,
				// The SDP's form (RFC 8122): upper-case hex.
				value: (f.value ?? '').toUpperCase(),
			})),
		};
	}

	/** The connection settings that make a connection use this certificate. */
	get peerConnectionSettings(): RTCConfiguration {
		return { certificates: [this.#certificate] };
	}

	/** Whether a connection's DTLS parameters are the ones this identity announced. */
	matches(dtls: msc.DtlsParameters): boolean {
		const ours = new Set(this.parameters.fingerprints.map((f) => `${f.algorithm} ${f.value}`));

		return (
			dtls.role === 'client' &&
			dtls.fingerprints.length > 0 &&
			dtls.fingerprints.every((f) => ours.has(`${f.algorithm} ${f.value.toUpperCase()}`))
		);
	}
}
