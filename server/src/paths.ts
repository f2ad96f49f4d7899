import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

/** The repository root (the directory with package.json), whether running from sources or from dist/. */
export function repoRoot(): string {
	let dir = path.dirname(new URL(import.meta.url).pathname);

	while (!fs.existsSync(path.join(dir, 'package.json'))) {
		const parent = path.dirname(dir);

		if (parent === dir) {
			throw new Error('cannot find the Skylark repository root');
		}

		dir = parent;
	}

	return dir;
}

/**
 * `parts` resolved under `root`, for every file Skylark writes from names it
 * was given (room ids, display names). Throws when the result is not strictly
 * inside root: a `..`, an absolute part, or root itself.
 */
export function pathInside(root: string, ...parts: string[]): string {
	const base = path.resolve(root);
	const full = path.resolve(base, ...parts);
	const relative = path.relative(base, full);

	if (
		relative === '' ||
		relative === '..' ||
		relative.startsWith(`..${path.sep}`) ||
		path.isAbsolute(relative)
	) {
		throw new Error(`refusing to write outside ${base}: ${JSON.stringify(parts.join('/'))}`);
	}

	return full;
}

/** A room id made safe as one directory name. */
export const safeDirName = (roomId: string) => roomId.replace(/[^A-Za-z0-9_.-]+/g, '_');

/**
 * Creates the directory and proves a file can be written there. Checked by
 * writing rather than by permission bits, which say nothing for root or for a
 * read-only or full file system.
 */
export async function writableDir(dir: string): Promise<void> {
	const probe = path.join(dir, '.write-test');

	await fsp.mkdir(dir, { recursive: true });
	await fsp.writeFile(probe, 'skylark');
	await fsp.rm(probe);
}
