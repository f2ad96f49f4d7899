import * as dns from 'node:dns/promises';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as tls from 'node:tls';
import type { SipMessage } from 'sip';

/** SIP over TLS, from the config: the port, Skylark's certificate and key, and a CA for private trunks. */
export interface SipTlsSettings {
	port: number;
	/** PEM file: Skylark's certificate (and its chain), shown to callers and to trunks that ask. */
	certFile: string;
	/** PEM file: its private key. */
	keyFile: string;
	/** PEM file: more CAs to trust for the servers Skylark dials (trunks with a private CA). */
	caFile?: string;
}

/** npm `sip`'s `tls` option: one set of options for its TLS server and for the connections it opens. */
export type SipTlsContext = tls.TlsOptions & tls.ConnectionOptions;

/** Names kept at most: one per host name dialled over TLS, so an admin API caller cannot grow it without end. */
const MAX_NAMES = 1000;

/**
 * The host names Skylark meant, by the address it connects to. npm `sip`
 * connects to an address, so Node would check the far side's certificate
 * against that address; a trunk's certificate names its host name. A call
 * to a name resolves it first and notes it here, and the certificate is
 * then checked against the name (or the address itself).
 */
export class TlsPeerNames {
	readonly #byAddress = new Map<string, Set<string>>();

	/**
	 * The address to connect to for `host`, noted when `host` is a name. The
	 * system resolver (and /etc/hosts) answers: npm `sip`'s own asks DNS alone.
	 */
	async resolve(host: string): Promise<string> {
		if (net.isIP(host)) {
			return host;
		}

		const { address } = await dns.lookup(host);

		this.note(address, host);

		return address;
	}

	note(address: string, name: string): void {
		if (!this.#byAddress.has(address) && this.#byAddress.size >= MAX_NAMES) {
			this.#byAddress.delete(this.#byAddress.keys().next().value!);
		}

		this.#byAddress.set(address, (this.#byAddress.get(address) ?? new Set()).add(name));
	}

	/** `tls.connect`'s checkServerIdentity: the address's own check, or any name noted for it. */
	check(address: string, cert: tls.PeerCertificate): Error | undefined {
		const own = tls.checkServerIdentity(address, cert);
		const names = [...(this.#byAddress.get(address) ?? [])];

		if (!own || names.some((name) => !tls.checkServerIdentity(name, cert))) {
			return undefined;
		}

		return names.length ? tls.checkServerIdentity(names[0]!, cert) : own;
	}
}

function readPem(file: string, setting: string): string {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch (error) {
		throw new Error(`${setting} ${file} cannot be read: ${(error as Error).message}`);
	}
}

/**
 * The TLS options npm `sip` gets. They serve both sides: its server
 * (certificate and key) and `tls.connect` for dial-out. Outbound connections
 * verify the server's certificate (Node's default, left on): a trunk is
 * where calls and their SRTP keys go. A private CA is added to Node's roots,
 * not put in their place, so trunks with public certificates still verify.
 */
export function sipTlsContext(settings: SipTlsSettings, names: TlsPeerNames): SipTlsContext {
	const key = readPem(settings.keyFile, 'SIP_TLS_KEY');
	const cert = readPem(settings.certFile, 'SIP_TLS_CERT');

	try {
		// Fails on a key that does not match the certificate, or PEM that is not one: now, not on the first call.
		tls.createSecureContext({ key, cert });
	} catch (error) {
		throw new Error(`SIP_TLS_CERT and SIP_TLS_KEY: ${(error as Error).message}`);
	}

	return {
		key,
		cert,
		minVersion: 'TLSv1.2',
		rejectUnauthorized: true,
		checkServerIdentity: (address, cert) => names.check(address, cert),
		...(settings.caFile ? { ca: [...tls.rootCertificates, readPem(settings.caFile, 'SIP_TLS_CA')] } : {}),
	};
}

/**
 * Why a TLS connection to host:port fails, or undefined when it succeeds.
 * npm `sip` answers a connection it could not make with a bare 503 and only
 * prints the reason (a certificate no trusted CA signed, a name that does not
 * match, a refused port); one more attempt with the same options reads it,
 * so a failed call can say why. Only made after a call has failed.
 */
export async function tlsFailure(
	context: SipTlsContext,
	host: string,
	port: number,
	timeoutMs = 5000
): Promise<string | undefined> {
	return new Promise((resolve) => {
		const socket = tls.connect({ ...context, host, port, timeout: timeoutMs });
		const done = (reason: string | undefined) => {
			socket.destroy();
			resolve(reason);
		};

		socket.once('secureConnect', () => done(undefined));
		socket.once('error', (error: NodeJS.ErrnoException) =>
			done(error.code ? `${error.code}: ${error.message}` : error.message)
		);
		socket.once('timeout', () => done(`no TLS handshake within ${timeoutMs} ms`));
	});
}

/**
 * npm `sip` writes one port into the Via of every request it sends (the
 * UDP and TCP port), TLS included. A request that left over TLS must name
 * the TLS port, or a response sent anew (its connection gone) would be sent
 * to the wrong port. The stack's `logger.send` hook sees each message after
 * the Via is written and before it is serialized, so the port is put right there.
 */
export function tlsViaPort(tlsPort: number): (message: SipMessage, target: unknown) => void {
	return (message, target) => {
		const protocol = (target as { protocol?: string } | undefined)?.protocol;
		const via = message.headers.via?.[0];

		if (message.method && via && protocol?.toUpperCase() === 'TLS') {
			via.port = tlsPort;
		}
	};
}
