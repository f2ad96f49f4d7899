import { execFileSync } from 'node:child_process';

/**
 * The private range the harness takes its addresses from: 10.201.0.x/32 on
 * the host's loopback for the server under test, 10.201.n.0/30 per client
 * link (host end .1, namespace end .2). Nothing outside this host routes to
 * it, so the tests' traffic stays between the namespaces and the host.
 */
const PREFIX = '10.201';

function addressesInUse(): Set<string> {
	const out = execFileSync('ip', ['-o', '-4', 'addr', 'show'], { encoding: 'utf8' });

	return new Set([...out.matchAll(/inet (\d+\.\d+\.\d+\.\d+)/g)].map((m) => m[1]));
}

/** A free 10.201.0.x for a server's loopback address. */
export function freeServiceAddress(): string {
	const used = addressesInUse();

	for (let x = 1; x < 255; x++) {
		if (!used.has(`${PREFIX}.0.${x}`)) {
			return `${PREFIX}.0.${x}`;
		}
	}

	throw new Error(`no free service address in ${PREFIX}.0.0/24`);
}

/** A free 10.201.n.0/30 for a client link: its host and namespace addresses. */
export function freeLinkSubnet(): { host: string; client: string } {
	const used = addressesInUse();

	for (let n = 1; n < 255; n++) {
		if (!used.has(`${PREFIX}.${n}.1`)) {
			return { host: `${PREFIX}.${n}.1`, client: `${PREFIX}.${n}.2` };
		}
	}

	throw new Error(`no free link subnet in ${PREFIX}.0.0/16`);
}
