import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { TokenVerifier } from '../../server/src/auth/accessTokens.js';
import { buildProgram } from '../../server/src/cli/program.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { run } from '../../server/worker-build/exec.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';
import { within } from '../helpers/within.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const BIN = path.join(ROOT, 'server/src/cli/skylark.mjs');
const ADMIN_KEY = 'cli-test-admin-key-0123456789';
/** What the commands with required arguments need besides. */
const COMPLETE: Record<string, string[]> = {
	token: ['--room', 'r', '--identity', 'a'],
	'rooms close': ['r'],
	'record start': ['r'],
	'record stop': ['r', 'x'],
	'record list': ['r'],
	bench: ['signaling'],
};

/** Runs `skylark …` as a user would: its own process, the bin file, Node 24 from node_modules/.bin. */
function skylark(args: string[], env: NodeJS.ProcessEnv = {}) {
	return run(process.execPath, [BIN, ...args], {
		cwd: os.tmpdir(),
		env: {
			...process.env,
			AUTH_SECRET: '',
			ADMIN_API_KEY: '',
			SKYLARK_URL: '',
			SKYLARK_API_KEY: '',
			...env,
		},
		timeoutMs: 30_000,
	});
}

/** Every command line of the tree: `[]`, `['rooms']`, `['rooms', 'list']`, ... */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
	return [prefix, ...command.commands.flatMap((c) => commandPaths(c, [...prefix, c.name()]))];
}

describe('skylark CLI', function () {
	this.timeout(120_000);

	const paths = commandPaths(buildProgram(() => undefined));

	it('has the commands the docs promise', () => {
		const names = paths.map((p) => p.join(' '));

		for (const expected of [
			'start',
			'doctor',
			'token',
			'rooms list',
			'rooms close',
			'record start',
			'record stop',
			'record list',
			'loadtest',
			'bench',
			'config print',
		]) {
			assert.ok(names.includes(expected), `no "skylark ${expected}"`);
		}
	});

	it('--help works on every command (exit 0); an unknown option prints the usage and exits 2', async () => {
		for (const args of paths) {
			const help = await skylark([...args, '--help']);
			const label = `skylark ${args.join(' ')}`;

			assert.equal(help.code, 0, `${label} --help: ${help.stderr}`);
			assert.match(help.stdout, /^Usage: (skylark|npm run)/m, `${label} --help`);

			// Otherwise complete, so the unknown option is the only thing wrong.
			const wrong = await skylark([...args, ...(COMPLETE[args.join(' ')] ?? []), '--no-such-option']);

			assert.equal(wrong.code, 2, `${label} --no-such-option: ${wrong.stdout}${wrong.stderr}`);
			assert.match(wrong.stderr, /nknown option '--no-such-option'/, label);
			assert.match(wrong.stderr, /Usage: skylark/, `${label}: usage printed`);
		}

		assert.equal((await skylark([])).code, 2, 'no command is a usage error');
		assert.equal((await skylark(['fly'])).code, 2);
		assert.equal((await skylark(['bench', 'nope'])).code, 2);
		assert.match((await skylark(['--version'])).stdout, /^0\.1\.0 \(protocol skylark\.v1\)$/m);
	});

	it('npm run token -- --help and the other npm scripts are aliases of it', async () => {
		const result = await run('npm', ['run', '--silent', 'token', '--', '--help'], {
			cwd: ROOT,
			timeoutMs: 30_000,
		});

		assert.equal(result.code, 0, result.stderr);
		assert.match(result.stdout, /^Usage: skylark token \[options\]/m);

		const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
			.scripts as Record<string, string>;

		for (const name of [
			'token',
			'doctor',
			'loadtest',
			'bench:signaling',
			'bench:join',
			'bench:joins',
			'bench:scale',
			'bench:forward',
		]) {
			assert.match(scripts[name], /^node server\/src\/cli\/skylark\.mjs /, name);
		}
	});

	it('token: mints what the server accepts; bad input gets a clear error', async () => {
		const minted = await skylark(
			[
				'token',
				'--room',
				'standup',
				'--identity',
				'alice',
				'--name',
				'Alice',
				'--grants',
				'publish',
				'--ttl',
				'15m',
			],
			{ AUTH_SECRET: TEST_AUTH_SECRET }
		);

		assert.equal(minted.code, 0, minted.stderr);

		const claims = await new TokenVerifier(TEST_AUTH_SECRET).verify(minted.stdout.trim());

		assert.deepEqual(
			[claims.identity, claims.name, claims.room, claims.grants.canPublish],
			['alice', 'Alice', 'standup', true]
		);
		assert.equal(claims.grants.canSubscribe, false);

		const badGrant = await skylark(['token', '--room', 'r', '--identity', 'a', '--grants', 'fly'], {
			AUTH_SECRET: TEST_AUTH_SECRET,
		});

		assert.equal(badGrant.code, 1);
		assert.match(badGrant.stderr, /unknown grant "fly"/);

		const noSecret = await skylark(['token', '--room', 'r', '--identity', 'a']);

		assert.equal(noSecret.code, 1);
		assert.match(noSecret.stderr, /AUTH_SECRET is not set/);

		const missing = await skylark(['token', '--identity', 'a']);

		assert.equal(missing.code, 2);
		assert.match(missing.stderr, /required option '--room <roomId>' not specified/);
	});

	describe('admin commands against a live node', () => {
		let server: Skylark;

		before(async () => {
			server = await startTestServer({ ADMIN_API_KEY: ADMIN_KEY });
			await server.rooms.getOrCreate('cli-room');
		});
		after(() => server?.close());

		it('rooms list and close take --url/--api-key, or SKYLARK_URL/SKYLARK_API_KEY', async () => {
			const listed = await skylark(['rooms', 'list', '--url', server.url, '--api-key', ADMIN_KEY]);

			assert.equal(listed.code, 0, listed.stderr);
			assert.match(listed.stdout, /^ROOM +PEERS +NODE\ncli-room +0 +\S+\n$/);

			const env = { SKYLARK_URL: server.url, SKYLARK_API_KEY: ADMIN_KEY };
			const json = await skylark(['rooms', 'list', '--json'], env);

			assert.deepEqual(
				(JSON.parse(json.stdout) as { id: string }[]).map((r) => r.id),
				['cli-room']
			);
			assert.equal((await skylark(['rooms', 'close', 'cli-room'], env)).code, 0);
			assert.equal(server.rooms.get('cli-room'), undefined);

			const gone = await skylark(['rooms', 'close', 'cli-room'], env);

			assert.equal(gone.code, 1);
			assert.match(gone.stderr, /DELETE \/rooms\/\{roomId\}: 404 room cli-room not found/);

			const noKey = await skylark(['rooms', 'list', '--url', server.url]);

			assert.equal(noKey.code, 2);
			assert.match(noKey.stderr, /no API key: pass --api-key, or set SKYLARK_API_KEY/);

			const wrongKey = await skylark([
				'rooms',
				'list',
				'--url',
				server.url,
				'--api-key',
				'wrong-key-0123456789',
			]);

			assert.equal(wrongKey.code, 1);
			assert.match(wrongKey.stderr, /401 missing or wrong admin API key/);
		});

		it('record list and stop', async () => {
			await server.rooms.getOrCreate('cli-rec');

			const env = { SKYLARK_URL: server.url, SKYLARK_API_KEY: ADMIN_KEY };
			const listed = await skylark(['record', 'list', 'cli-rec'], env);

			assert.equal(listed.code, 0, listed.stderr);
			assert.equal(listed.stdout, 'no recordings\n');

			const stop = await skylark(['record', 'stop', 'cli-rec', 'nope'], env);

			assert.equal(stop.code, 1);
			assert.match(stop.stderr, /404 recording nope not found in room cli-rec/);
			assert.equal((await skylark(['record', 'start', 'cli-rec', '--engine', 'vlc'], env)).code, 2);
		});
	});

	describe('config file', () => {
		let dir: string;

		beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-cli-config-'))));
		afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

		it('config print: values, where each came from, secrets masked', async () => {
			const file = path.join(dir, 'skylark.yaml');

			fs.writeFileSync(file, `# my node\nPORT: 8080\nAUTH_SECRET: ${'k'.repeat(40)}\n`);

			const printed = await skylark(['config', 'print', '--config', file], { RTC_PORT: '45000' });

			assert.equal(printed.code, 0, printed.stderr);
			assert.match(printed.stdout, new RegExp(`^PORT +8080 +file ${file}:2$`, 'm'));
			assert.match(
				printed.stdout,
				new RegExp(`^AUTH_SECRET +<hidden, 40 characters> +file ${file}:3$`, 'm')
			);
			assert.match(printed.stdout, /^RTC_PORT +45000 +environment$/m);
			assert.match(printed.stdout, /^LOG_LEVEL +info +default$/m);
			assert.doesNotMatch(printed.stdout, /kkkk/);

			fs.writeFileSync(file, 'PORT: 8080\nLOG_LEVEL: loud\n');

			const bad = await skylark(['config', 'print', '--config', file, '--dev']);

			assert.equal(bad.code, 1);
			assert.match(bad.stderr, new RegExp(`LOG_LEVEL="loud" \\(${file}:2\\)`));
		});

		it('start --config skylark.yaml runs a node with those settings; a bad file names its line', async () => {
			const file = path.join(dir, 'skylark.yaml');

			fs.writeFileSync(
				file,
				[
					'PORT: 0 # any free port',
					'LISTEN_IP: 127.0.0.1',
					`RTC_PORT: ${await freePortRange(1)}`,
					'NUM_WORKERS: 1',
					`AUTH_SECRET: ${TEST_AUTH_SECRET}`,
					'DRAIN_TIMEOUT_MS: 1000',
					'LOG_LEVEL: info',
				].join('\n')
			);

			const child = spawn(process.execPath, [BIN, 'start', '--config', file], {
				cwd: ROOT,
				stdio: ['ignore', 'pipe', 'inherit'],
			});
			const exited = once(child, 'exit');

			try {
				const lines = createInterface({ input: child.stdout! });
				const listening = await within(
					new Promise<{ port: number; workers: number }>((resolve) =>
						lines.on('line', (line) => {
							if (line.includes('"Skylark listening"')) {
								resolve(JSON.parse(line) as { port: number; workers: number });
							}
						})
					),
					30_000,
					'skylark start listening'
				);

				assert.equal(listening.workers, 1);
				assert.equal((await fetch(`http://127.0.0.1:${listening.port}/healthz`)).status, 200);
			} finally {
				child.kill('SIGTERM');
			}

			assert.deepEqual(await within(exited, 10_000, 'exit after SIGTERM'), [0, null]);

			fs.writeFileSync(file, 'PORT: 0\nRTC_PORT: [1\n');

			const bad = await skylark(['start', '--config', file]);

			assert.equal(bad.code, 1);
			assert.match(bad.stderr, new RegExp(`CONFIG_FILE ${file}:\\d: `));
		});
	});
});
