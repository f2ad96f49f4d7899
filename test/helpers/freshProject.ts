import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/worker-build/exec.js';

const ROOT = new URL('../..', import.meta.url).pathname;

/** A project outside the repository, as an application developer would start one. */
export interface FreshProject {
	dir: string;
	/** Runs a file of the project (or of its node_modules) with this Node (24); rejects on a non-zero exit. */
	node(args: string[], env?: NodeJS.ProcessEnv): Promise<string>;
	remove(): void;
}

async function npm(args: string[], cwd: string): Promise<string> {
	const result = await run('npm', args, { cwd, timeoutMs: 540_000 });

	if (result.code !== 0) {
		throw new Error(
			`npm ${args.join(' ')} (in ${cwd}) exited ${result.code}:\n${result.stderr.slice(-3000)}`
		);
	}

	return result.stdout;
}

/** `npm pack` of a package folder of this repository (its prepack builds it); returns the tarball's path. */
export async function packPackage(folder: string, destination: string): Promise<string> {
	const out = await npm(['pack', '--pack-destination', destination, path.join(ROOT, folder)], ROOT);
	const tarball = path.join(destination, out.trim().split('\n').pop()!);

	if (!fs.existsSync(tarball)) {
		throw new Error(`npm pack did not write ${tarball}`);
	}

	return tarball;
}

/**
 * A project in a temporary directory with `files` and `package.json`,
 * installed with npm from the registry (the tarball as a file dependency).
 */
export async function freshProject(
	name: string,
	packageJson: Record<string, unknown>,
	files: Record<string, string>,
	tarballFolder: string
): Promise<FreshProject> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `skylark-${name}-`));

	try {
		const tarball = await packPackage(tarballFolder, dir);
		const manifest = JSON.parse(
			fs.readFileSync(path.join(ROOT, tarballFolder, 'package.json'), 'utf8')
		) as {
			name: string;
		};

		fs.writeFileSync(
			path.join(dir, 'package.json'),
			JSON.stringify(
				{
					name,
					private: true,
					type: 'module',
					...packageJson,
					dependencies: { [manifest.name]: `file:./${path.basename(tarball)}` },
				},
				null,
				2
			)
		);

		for (const [file, text] of Object.entries(files)) {
			fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			fs.writeFileSync(path.join(dir, file), text);
		}

		await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error'], dir);
	} catch (error) {
		fs.rmSync(dir, { recursive: true, force: true });
		throw error;
	}

	return {
		dir,
		async node(args, env = {}) {
			const result = await run(process.execPath, args, {
				cwd: dir,
				env: { ...process.env, ...env },
				timeoutMs: 300_000,
			});

			if (result.code !== 0) {
				throw new Error(
					`node ${args.join(' ')} exited ${result.code}:\n${result.stdout}${result.stderr}`
				);
			}

			return result.stdout;
		},
		remove: () => fs.rmSync(dir, { recursive: true, force: true }),
	};
}
