import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runOrThrow } from './exec.js';
import { sourcePatches } from './patches.js';
import { buildToolDir, mediasoupPackageDir, mediasoupVersion } from './paths.js';

/** Debian packages that provide the compiler, flatc and every library the worker links. */
export const BUILD_PACKAGES = [
	'g++',
	'pkg-config',
	'libuv1-dev',
	'libssl-dev',
	'libsrtp2-dev',
	'libabsl-dev',
	'libflatbuffers-dev',
	'flatbuffers-compiler',
] as const;

/** Bump when the way the worker is compiled changes in a way the inputs below do not show. */
const BUILD_RECIPE_REVISION = 2;

// abseil is needed only by the bundled libwebrtc bandwidth estimator
// (absl/strings, absl/types), as in mediasoup's deps/libwebrtc/meson.build.
const PKG_CONFIG_LIBS = ['libuv', 'openssl', 'libsrtp2', 'flatbuffers', 'absl_strings', 'absl_optional'];

export interface CompileUnit {
	/** Stable name of the source (relative to mediasoup's worker/), for the cache key. */
	name: string;
	/** Absolute path of the source to compile (a patched copy for patched files). */
	source: string;
	/** Object file path, relative to the build directory. */
	object: string;
	defines: string[];
}

export interface BuildPlan {
	version: string;
	/** Short hash of every build input: equal keys mean interchangeable binaries. */
	key: string;
	workerDir: string;
	/** Values of mediasoup's meson options the build follows (their defaults). */
	options: Record<string, boolean>;
	cxxFlags: string[];
	includeDirs: string[];
	linkLibs: string[];
	units: CompileUnit[];
	schemas: string[];
	/** String embedded in the binary so a cached file can be matched to its build. */
	buildId: string;
}

/** Reads the boolean options and their defaults out of meson_options.txt. */
export function mesonBooleanOptions(mesonOptions: string): Record<string, boolean> {
	const options: Record<string, boolean> = {};

	for (const m of mesonOptions.matchAll(
		/^option\('(\w+)',\s*type:\s*'boolean',\s*value:\s*(true|false)/gm
	)) {
		options[m[1]] = m[2] === 'true';
	}

	return options;
}

/** One enclosing `if` (or its `else`) in a meson.build file. */
interface MesonBranch {
	condition: string;
	negated: boolean;
}

/**
 * Evaluates an enclosing `if` branch. Only option tests are understood
 * (`get_option('x')`, `not get_option('x')`); anything else around a source
 * list means mediasoup's build layout changed and must be reviewed.
 */
function mesonBranchTaken(branch: MesonBranch, options: Record<string, boolean>): boolean {
	const m = /^(not\s+)?get_option\('(\w+)'\)$/.exec(branch.condition);

	if (!m || !(m[2] in options)) {
		throw new Error(`meson condition "${branch.condition}" around a source list is not understood`);
	}

	return (m[1] ? !options[m[2]] : options[m[2]]) !== branch.negated;
}

/**
 * Reads a source list out of a meson.build file: `name = [ 'a', 'b' ]` plus
 * every `name += [ … ]`, at any indentation, where the enclosing `if` blocks
 * hold for the given option values (mediasoup 3.27 adds the libwebrtc
 * bandwidth estimator's sources inside `if not get_option(…)`).
 */
export function mesonList(mesonBuild: string, name: string, options: Record<string, boolean> = {}): string[] {
	const lines = mesonBuild.split('\n');
	const branches: MesonBranch[] = [];
	const items: string[] = [];
	const start = new RegExp(`^${name}\\s*\\+?=\\s*\\[`);
	let found = false;

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].trim();

		if (line.startsWith('if ')) {
			branches.push({ condition: line.slice(3).trim(), negated: false });
		} else if (line.startsWith('elif ')) {
			// Not evaluated: only a list inside it would make mesonBranchTaken throw.
			branches[branches.length - 1] = { condition: line, negated: false };
		} else if (line === 'else') {
			branches[branches.length - 1].negated = true;
		} else if (line === 'endif') {
			branches.pop();
		} else if (start.test(line)) {
			const block: string[] = [];

			for (; i < lines.length; i++) {
				block.push(lines[i]);

				if (/^\s*\]/.test(lines[i])) {
					break;
				}
			}

			if (branches.every((b) => mesonBranchTaken(b, options))) {
				found = true;
				items.push(...[...block.join('\n').matchAll(/'([^']+)'/g)].map((m) => m[1]));
			}
		}
	}

	if (!found) {
		throw new Error(`meson list "${name}" not found; mediasoup's build layout changed`);
	}

	return items;
}

function hashFiles(hash: ReturnType<typeof createHash>, root: string, rel: string): void {
	const full = path.join(root, rel);
	const stat = fs.statSync(full);

	if (stat.isDirectory()) {
		for (const entry of fs.readdirSync(full).sort()) {
			hashFiles(hash, root, path.join(rel, entry));
		}
	} else {
		hash.update(rel).update('\0').update(fs.readFileSync(full)).update('\0');
	}
}

async function pkgConfig(args: string[]): Promise<string[]> {
	return (await runOrThrow('pkg-config', args)).trim().split(/\s+/).filter(Boolean);
}

export async function createBuildPlan(): Promise<BuildPlan> {
	const version = mediasoupVersion();
	const workerDir = path.join(mediasoupPackageDir(), 'worker');
	const mesonBuild = fs.readFileSync(path.join(workerDir, 'meson.build'), 'utf8');
	const webrtcMeson = fs.readFileSync(path.join(workerDir, 'deps', 'libwebrtc', 'meson.build'), 'utf8');
	const schemas = mesonList(
		fs.readFileSync(path.join(workerDir, 'fbs', 'meson.build'), 'utf8'),
		'flatbuffers_schemas'
	);
	const options = mesonBooleanOptions(fs.readFileSync(path.join(workerDir, 'meson_options.txt'), 'utf8'));
	const libs = PKG_CONFIG_LIBS;
	const workerSources = [...mesonList(mesonBuild, 'common_sources', options), 'src/main.cpp'];

	const patchedFiles = new Set(sourcePatches.map((p) => p.file));
	const units: CompileUnit[] = [
		...workerSources.map((rel) => ({
			name: rel,
			source: patchedFiles.has(rel) ? path.join('patched', rel) : path.join(workerDir, rel),
			object: path.join('obj', `${rel}.o`),
			defines: ['-DMS_EXECUTABLE'],
		})),
		...mesonList(webrtcMeson, 'libwebrtc_sources', options).map((rel) => ({
			name: path.join('deps', 'libwebrtc', rel),
			source: path.join(workerDir, 'deps', 'libwebrtc', rel),
			object: path.join('obj', 'libwebrtc', `${rel}.o`),
			defines: [],
		})),
		{
			name: 'skylark_build_id.cpp',
			source: 'skylark_build_id.cpp',
			object: path.join('obj', 'skylark_build_id.o'),
			defines: [],
		},
	];

	const cflags = await pkgConfig(['--cflags', ...libs]);
	const linkLibs = [...(await pkgConfig(['--libs', ...libs])), '-lpthread', '-ldl'];
	const cxxFlags = [
		// mediasoup 3.27 is C++20 (std::span, ranges, requires-clauses); the
		// bundled libwebrtc code builds with it too.
		'-std=c++20',
		'-O3',
		'-DNDEBUG',
		'-D_FILE_OFFSET_BITS=64',
		os.endianness() === 'LE' ? '-DMS_LITTLE_ENDIAN' : '-DMS_BIG_ENDIAN',
		'-DFLATBUFFERS_LOCALE_INDEPENDENT=1',
		'-w',
		...cflags,
	];

	// The key covers what decides the binary's bytes, and nothing that varies
	// between checkouts (absolute paths), so every clone shares one cache entry.
	const hash = createHash('sha256');

	hash.update(
		JSON.stringify({
			recipe: BUILD_RECIPE_REVISION,
			version,
			arch: os.arch(),
			compiler: (await runOrThrow('g++', ['--version'])).split('\n')[0],
			libraries: await runOrThrow('pkg-config', ['--modversion', ...libs]),
			cxxFlags,
			linkLibs,
			options,
			units: units.map((u) => [u.name, u.defines]),
			patches: sourcePatches.map((p) => [p.file, p.find, p.replace]),
		})
	);

	for (const rel of ['src', 'include', 'deps/libwebrtc', 'fbs', 'meson.build', 'meson_options.txt']) {
		hashFiles(hash, workerDir, rel);
	}

	hashFiles(hash, buildToolDir, 'compat');

	const key = hash.digest('hex').slice(0, 16);

	return {
		version,
		key,
		workerDir,
		options,
		cxxFlags,
		includeDirs: [
			// Compat headers first: they stand in for libsrtp 3 and ankerl::unordered_dense.
			path.join(buildToolDir, 'compat'),
			path.join(workerDir, 'include'),
			'fbs',
			path.join(workerDir, 'deps', 'libwebrtc'),
			path.join(workerDir, 'deps', 'libwebrtc', 'libwebrtc'),
		],
		linkLibs,
		units,
		schemas: schemas.map((s) => path.join(workerDir, 'fbs', s)),
		buildId: `SKYLARK_WORKER_BUILD_ID=${version}+${key}`,
	};
}
