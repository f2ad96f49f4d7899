import * as fs from 'node:fs';
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
