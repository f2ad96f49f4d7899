import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A certificate and its key as PEM files, and both in one (what baresip's `sip_certificate` takes). */
export interface TestCertificate {
	cert: string;
	key: string;
	/** Certificate, then key, in one file. */
	combined: string;
}

async function openssl(args: string[]): Promise<void> {
	await run('openssl', args);
}

/**
 * A CA made with `openssl` for one test run, issuing certificates for
 * 127.0.0.1 (an IP SAN: Node checks the address it connected to).
 */
export class TestCa {
	readonly cert: string;
	readonly #key: string;
	readonly #dir: string;

	static async create(dir: string, name = 'Skylark Test CA'): Promise<TestCa> {
		const ca = new TestCa(dir, name.replace(/\W+/g, '-').toLowerCase());

		await openssl([
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-days',
			'2',
			'-subj',
			`/CN=${name}`,
			'-addext',
			'basicConstraints=critical,CA:TRUE',
			'-addext',
			'keyUsage=critical,keyCertSign,cRLSign',
			'-keyout',
			ca.#key,
			'-out',
			ca.cert,
		]);

		return ca;
	}

	private constructor(dir: string, stem: string) {
		this.#dir = dir;
		this.cert = path.join(dir, `${stem}.pem`);
		this.#key = path.join(dir, `${stem}.key`);
	}

	/** A server (and client) certificate signed by this CA, for `ip` (and the name `localhost`). */
	async issue(name: string, ip = '127.0.0.1'): Promise<TestCertificate> {
		const base = path.join(this.#dir, name);
		const [cert, key, csr, ext] = ['crt', 'key', 'csr', 'ext'].map((e) => `${base}.${e}`) as [
			string,
			string,
			string,
			string,
		];

		fs.writeFileSync(
			ext,
			[
				`subjectAltName=IP:${ip},DNS:localhost`,
				'extendedKeyUsage=serverAuth,clientAuth',
				'keyUsage=critical,digitalSignature',
				'',
			].join('\n')
		);
		await openssl([
			'req',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-subj',
			`/CN=${name}`,
			'-keyout',
			key,
			'-out',
			csr,
		]);
		await openssl([
			'x509',
			'-req',
			'-in',
			csr,
			'-CA',
			this.cert,
			'-CAkey',
			this.#key,
			'-CAcreateserial',
			'-days',
			'2',
			'-extfile',
			ext,
			'-out',
			cert,
		]);

		const combined = `${base}-combined.pem`;

		fs.writeFileSync(combined, fs.readFileSync(cert, 'utf8') + fs.readFileSync(key, 'utf8'));

		return { cert, key, combined };
	}
}
