import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeSettings, formatSettings } from '../../server/src/config/describeConfig.js';
import { ConfigError, loadConfig, loadConfigWithSources } from '../../server/src/config/loadConfig.js';
import { optionSpecs } from '../../server/src/config/options.js';

const EXAMPLE = new URL('../../deploy/config/skylark.example.yaml', import.meta.url).pathname;
const SECRET = 's'.repeat(40);

describe('configuration file (YAML or JSON)', () => {
	let dir: string;
	const write = (name: string, text: string) => {
		const file = path.join(dir, name);

		fs.writeFileSync(file, text);

		return file;
	};
	const problemsOf = (env: NodeJS.ProcessEnv): readonly string[] => {
		try {
			loadConfig(env);
		} catch (error) {
			assert.ok(error instanceof ConfigError, String(error));

			return error.problems;
		}

		assert.fail('the configuration was accepted');
	};

	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-config-file-'));
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('reads YAML with comments and lists; the environment wins; each source is reported', () => {
		const file = write(
			'skylark.yaml',
			[
				'# a comment',
				'PORT: 8080 # HTTP',
				'RTC_PORT: 50000',
				'TURN_URLS:',
				'  - turn:turn.example.com:3478',
				'  - turns:turn.example.com:443?transport=tcp',
				`TURN_SECRET: ${SECRET}`,
				'DEV_MODE: true',
				'REGION:',
			].join('\n')
		);
		const { config, sources } = loadConfigWithSources({ CONFIG_FILE: file, RTC_PORT: '45000' });

		assert.equal(config.PORT, 8080);
		assert.equal(config.RTC_PORT, 45000);
		assert.deepEqual(config.TURN_URLS, [
			'turn:turn.example.com:3478',
			'turns:turn.example.com:443?transport=tcp',
		]);
		assert.equal(config.DEV_MODE, true);
		assert.equal(config.REGION, undefined, 'an empty value leaves the setting unset');
		assert.deepEqual(sources.PORT, { kind: 'file', path: file, line: 2 });
		assert.deepEqual(sources.TURN_URLS, { kind: 'file', path: file, line: 4 });
		assert.deepEqual(sources.RTC_PORT, { kind: 'environment' });
		assert.deepEqual(sources.LOG_LEVEL, { kind: 'default' });
	});

	it('names the file and the line of every problem', () => {
		const yaml = write(
			'bad.yaml',
			['PORT: 80', 'PROT: 1', 'LOG_LEVEL: loud', 'NUM_WORKERS: 2'].join('\n')
		);

		assert.deepEqual(problemsOf({ CONFIG_FILE: yaml, DEV_MODE: 'true' }), [
			`CONFIG_FILE ${yaml}:2: unknown setting "PROT" (did you mean "PORT"?)`,
		]);

		fs.writeFileSync(yaml, ['PORT: 80', 'LOG_LEVEL: loud'].join('\n'));

		const [badValue] = problemsOf({ CONFIG_FILE: yaml, DEV_MODE: 'true' });

		assert.ok(badValue.startsWith(`LOG_LEVEL="loud" (${yaml}:2): `), badValue);

		fs.writeFileSync(yaml, ['PORT: 80', 'LISTEN_IP: [0.0.0.0', 'RTC_PORT: 1'].join('\n'));
		assert.match(problemsOf({ CONFIG_FILE: yaml })[0], new RegExp(`^CONFIG_FILE ${yaml}:[23]: `));

		fs.writeFileSync(yaml, 'PORT: 80\nPORT: 81\n');
		assert.match(problemsOf({ CONFIG_FILE: yaml })[0], new RegExp(`^CONFIG_FILE ${yaml}:2: .*unique`));

		fs.writeFileSync(yaml, 'TURN_URLS:\n  url: turn:x\n');
		assert.deepEqual(problemsOf({ CONFIG_FILE: yaml }), [
			`CONFIG_FILE ${yaml}:1: TURN_URLS must be a single value or a list of values`,
		]);

		const json = write('bad.json', '{\n  "PORT": 80,\n  "RTC_PORT": oops\n}');

		assert.match(
			problemsOf({ CONFIG_FILE: json })[0],
			new RegExp(`^CONFIG_FILE ${json}:3: invalid JSON`)
		);

		fs.writeFileSync(json, '{\n  "PORT": 80,\n  "RTC_PORT": 1\n}');

		const [jsonValue] = problemsOf({ CONFIG_FILE: json, DEV_MODE: 'true' });

		assert.ok(jsonValue.startsWith(`RTC_PORT="1" (${json}:3): `), jsonValue);
		assert.match(
			problemsOf({ CONFIG_FILE: write('skylark.toml', 'PORT = 1') })[0],
			/must end in \.yaml, \.yml or \.json/
		);
		assert.match(
			problemsOf({ CONFIG_FILE: path.join(dir, 'missing.yaml') })[0],
			/cannot read it \(ENOENT\)/
		);
	});

	it('config print: every setting with its source, secrets masked', () => {
		const file = write('skylark.yml', `AUTH_SECRET: ${SECRET}\nPORT: 8080\n`);
		const views = describeSettings(
			loadConfigWithSources({
				CONFIG_FILE: file,
				ADMIN_API_KEY: 'hunter2-admin-key',
				REDIS_URL: 'redis://user:hunter2@redis.example:6379',
			})
		);
		const byName = new Map(views.map((v) => [v.name, v]));

		assert.deepEqual(
			views.map((v) => v.name),
			Object.keys(optionSpecs)
		);
		assert.deepEqual(byName.get('PORT'), {
			name: 'PORT',
			value: '8080',
			source: 'file',
			from: `${file}:2`,
		});
		assert.deepEqual(byName.get('AUTH_SECRET'), {
			name: 'AUTH_SECRET',
			value: '<hidden, 40 characters>',
			source: 'file',
			from: `${file}:1`,
		});
		assert.equal(byName.get('ADMIN_API_KEY')?.source, 'environment');
		assert.deepEqual(byName.get('RTC_PORT'), { name: 'RTC_PORT', value: '40000', source: 'default' });

		const text = formatSettings(views);

		assert.doesNotMatch(text, /hunter2|s{40}/);
		assert.match(text, /^REDIS_URL +"redis:\/\/\*\*\*@redis\.example:6379" +environment$/m);
		assert.match(text, new RegExp(`^PORT +8080 +file ${file}:2$`, 'm'));
	});

	it('deploy/config/skylark.example.yaml lists every setting and loads, commented lines included', () => {
		const text = fs.readFileSync(EXAMPLE, 'utf8');

		for (const name of Object.keys(optionSpecs)) {
			assert.match(text, new RegExp(`^(# )?${name}:`, 'm'), `the example has no line for ${name}`);
		}

		// Placeholders filled in as an operator would, then every commented setting enabled as written.
		const filled = text.replaceAll('CHANGE-ME', SECRET);
		const enabled = filled.replace(/^# ([A-Z_]+:.*)$|^# {3}(- .*)$/gm, (_, setting, item) =>
			setting ? setting : `  ${item}`
		);

		for (const [name, yaml] of [
			['as shipped', filled],
			['every line enabled', enabled.replace(/^DEV_MODE: .*$/m, 'DEV_MODE: false')],
		]) {
			const { config } = loadConfigWithSources({ CONFIG_FILE: write(`${name}.yaml`, yaml) });

			assert.equal(config.DEV_MODE, false, name);
			assert.equal(config.HTTP_LISTEN_IP, '127.0.0.1', name);
		}

		const all = loadConfig({ CONFIG_FILE: write('all.yaml', enabled) });

		assert.equal(all.TURN_URLS?.length, 2);
		assert.equal(all.REDIS_URL, 'redis://10.0.0.5:6379');
	});

	it("README's configuration table has a row per setting, and only those, with the schema's default", () => {
		const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		const section = readme.slice(
			readme.indexOf('\n## Configuration'),
			readme.indexOf('\n## Connectivity')
		);
		const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map((m) => ({
			name: m[1],
			defaultCell: m[2].trim(),
		}));

		assert.deepEqual(
			rows.map((r) => r.name).sort(),
			Object.keys(optionSpecs).sort(),
			'rows and settings differ'
		);

		// NUM_WORKERS' default is the machine's core count, computed at start.
		for (const { name, defaultCell } of rows.filter((r) => r.name !== 'NUM_WORKERS')) {
			const fallback: unknown = optionSpecs[name as keyof typeof optionSpecs].default;

			if (fallback !== undefined) {
				assert.ok(
					defaultCell.startsWith(`\`${String(fallback)}\``),
					`README says ${name} defaults to ${defaultCell}, the schema says ${String(fallback)}`
				);
			}
		}
	});
});
