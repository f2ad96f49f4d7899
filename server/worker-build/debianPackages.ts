import * as fs from 'node:fs';
import { run } from './exec.js';
import { info } from './log.js';

export class MissingPackagesError extends Error {
	constructor(
		readonly packages: readonly string[],
		purpose: string,
		detail?: string
	) {
		super(
			`missing Debian packages for ${purpose}: ${packages.join(' ')}. ` +
				`Install them with: apt-get install -y --no-install-recommends ${packages.join(' ')}` +
				(detail ? ` (${detail})` : '')
		);
		this.name = 'MissingPackagesError';
	}
}

async function isInstalled(pkg: string): Promise<boolean> {
	const result = await run('dpkg-query', ['-W', '-f=${Status}', pkg]).catch(() => undefined);

	return result?.code === 0 && result.stdout.includes('install ok installed');
}

export async function missingPackages(packages: readonly string[]): Promise<string[]> {
	const installed = await Promise.all(packages.map(isInstalled));

	return packages.filter((_, i) => !installed[i]);
}

const POLICY_RC_D = '/usr/sbin/policy-rc.d';

/**
 * Packages such as redis-server and nginx start their system service on
 * install, listening on every interface (6379, 80). Skylark only wants their
 * programs: its tests start their own instances on loopback. Debian's
 * documented way to stop maintainer scripts from starting services is a
 * policy-rc.d that answers 101; it is put in place for the install only, and
 * never over one the machine already has.
 */
function holdServiceStarts(): () => void {
	if (fs.existsSync(POLICY_RC_D)) {
		return () => undefined;
	}

	try {
		fs.writeFileSync(
			POLICY_RC_D,
			'#!/bin/sh\n# Written by Skylark for one apt-get install: no service starts.\nexit 101\n',
			{
				mode: 0o755,
			}
		);
	} catch {
		return () => undefined;
	}

	return () => fs.rmSync(POLICY_RC_D, { force: true });
}

function isRoot(): boolean {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

async function aptGet(args: string[]): Promise<{ ok: boolean; output: string }> {
	const result = await run('apt-get', args, {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});

	return { ok: result.code === 0, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Makes sure the given Debian packages are installed. As root it installs
 * what is missing (refreshing the package lists once if they are stale);
 * otherwise it throws a MissingPackagesError naming the exact apt-get line.
 */
export async function ensureDebianPackages(packages: readonly string[], purpose: string): Promise<void> {
	const hasDpkg = await run('dpkg-query', ['--version']).then(
		(r) => r.code === 0,
		() => false
	);

	if (!hasDpkg) {
		throw new MissingPackagesError(packages, purpose, 'this is not a Debian-based system');
	}

	const missing = await missingPackages(packages);

	if (missing.length === 0) {
		return;
	}

	if (!isRoot()) {
		throw new MissingPackagesError(
			missing,
			purpose,
			'not running as root, so not installing them myself'
		);
	}

	info(`installing Debian packages for ${purpose}: ${missing.join(' ')}`);

	const installArgs = ['install', '-y', '--no-install-recommends', ...missing];
	const release = holdServiceStarts();
	let attempt: { ok: boolean; output: string };

	try {
		attempt = await aptGet(installArgs);

		if (!attempt.ok) {
			// A fresh machine's package lists may be stale (404s) or absent.
			info('apt-get install failed; refreshing package lists with apt-get update');
			await aptGet(['update']);
			attempt = await aptGet(installArgs);
		}
	} finally {
		release();
	}

	const stillMissing = await missingPackages(missing);

	if (!attempt.ok || stillMissing.length > 0) {
		const lastLines = attempt.output.trim().split('\n').slice(-5).join(' | ');

		throw new MissingPackagesError(
			stillMissing.length ? stillMissing : missing,
			purpose,
			`apt-get said: ${lastLines}`
		);
	}
}
