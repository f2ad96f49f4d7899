import * as fs from 'node:fs';
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
export function sipTlsContext(settings: SipTlsSettings): SipTlsContext {
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
		...(settings.caFile ? { ca: [...tls.rootCertificates, readPem(settings.caFile, 'SIP_TLS_CA')] } : {}),
	};
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
