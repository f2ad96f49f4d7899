import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface TestCertificate {
	certFile: string;
	keyFile: string;
	/** base64 SHA-256 of the public key: what Chromium's --ignore-certificate-errors-spki-list takes. */
	spkiHash: string;
}

/** A self-signed certificate for `ip` (as its subject alternative name), made with OpenSSL in `dir`. */
export function makeTestCertificate(dir: string, ip: string): TestCertificate {
	const certFile = path.join(dir, 'cert.pem');
	const keyFile = path.join(dir, 'key.pem');

	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-days',
			'1',
			'-subj',
			'/CN=skylark-test-turn',
			'-addext',
			`subjectAltName=IP:${ip}`,
			'-keyout',
			keyFile,
			'-out',
			certFile,
		],
		{ stdio: 'ignore' }
	);

	const spki = new X509Certificate(fs.readFileSync(certFile)).publicKey.export({
		type: 'spki',
		format: 'der',
	});

	return { certFile, keyFile, spkiHash: createHash('sha256').update(spki).digest('base64') };
}
