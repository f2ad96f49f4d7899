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
	'libusrsctp-dev',
	'libabsl-dev',
	'libflatbuffers-dev',
	'flatbuffers-compiler',
	'liburing-dev',
] as const;

/** Bump when the way the worker is compiled changes in a way the inputs below do not show. */
const BUILD_RECIPE_REVISION = 1;

const PKG_CONFIG_LIBS = [
	'libuv',
	'openssl',
	'libsrtp2',
	'usrsctp',
	'flatbuffers',
	'absl_flat_hash_map',
	'absl_flat_hash_set',
	'absl_btree',
	'absl_inlined_vector',
	'absl_memory',
	'absl_strings',
	'absl_optional',
];

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
	ioUring: boolean;
	liburingVersion?: { major: number; minor: number };
	cxxFlags: string[];
	includeDirs: string[];
	linkLibs: string[];
	units: CompileUnit[];
	schemas: string[];
	/** String embedded in the binary so a cached file can be matched to its build. */
	buildId: string;
}

/** Reads a `name = [ 'a', 'b' ]` list out of a meson.build file. */
export function mesonList(mesonBuild: string, name: string): string[] {
	const match = new RegExp(`^${name} = \\[([\\s\\S]*?)^\\]`, 'm').exec(mesonBuild);

	if (!match) {
		throw new Error(`meson list "${name}" not found; mediasoup's build layout changed`);
	}

	return [...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
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

function ioUringWanted(): boolean {
	if (process.env.SKYLARK_WORKER_IO_URING === '0' || os.platform() !== 'linux') {
		return false;
	}

	// Same rule as mediasoup's meson.build: io_uring support from kernel 6 on.
	return Number.parseInt(os.release().split('.')[0], 10) >= 6;
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
	const ioUring = ioUringWanted();
	const libs = ioUring ? [...PKG_CONFIG_LIBS, 'liburing'] : PKG_CONFIG_LIBS;

	let liburingVersion: BuildPlan['liburingVersion'];

	if (ioUring) {
		const [major, minor] = (await runOrThrow('pkg-config', ['--modversion', 'liburing']))
			.trim()
			.split('.')
			.map(Number);

		liburingVersion = { major, minor };
	}

	const workerSources = [...mesonList(mesonBuild, 'common_sources'), 'src/main.cpp'];

	if (ioUring) {
		workerSources.push('src/DepLibUring.cpp');
	}

	const patchedFiles = new Set(sourcePatches.map((p) => p.file));
	const units: CompileUnit[] = [
		...workerSources.map((rel) => ({
			name: rel,
			source: patchedFiles.has(rel) ? path.join('patched', rel) : path.join(workerDir, rel),
			object: path.join('obj', `${rel}.o`),
			defines: ['-DMS_EXECUTABLE'],
		})),
		...mesonList(webrtcMeson, 'libwebrtc_sources').map((rel) => ({
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
		'-std=c++17',
		'-O3',
		'-DNDEBUG',
		'-D_FILE_OFFSET_BITS=64',
		os.endianness() === 'LE' ? '-DMS_LITTLE_ENDIAN' : '-DMS_BIG_ENDIAN',
		'-DFLATBUFFERS_LOCALE_INDEPENDENT=1',
		...(liburingVersion
			? [
					'-DMS_LIBURING_SUPPORTED',
					`-DSKYLARK_LIBURING_MAJOR=${liburingVersion.major}`,
					`-DSKYLARK_LIBURING_MINOR=${liburingVersion.minor}`,
				]
			: []),
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
			units: units.map((u) => [u.name, u.defines]),
			patches: sourcePatches.map((p) => [p.file, p.find, p.replace]),
		})
	);

	for (const rel of ['src', 'include', 'deps/libwebrtc', 'fbs', 'meson.build']) {
		hashFiles(hash, workerDir, rel);
	}

	hashFiles(hash, buildToolDir, 'compat');

	const key = hash.digest('hex').slice(0, 16);

	return {
		version,
		key,
		workerDir,
		ioUring,
		liburingVersion,
		cxxFlags,
		includeDirs: [
			// Compat headers first: they stand in for the libsrtp 3 / liburing 2.4 APIs.
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
