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
