import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, loadConfig } from '../../server/src/config/loadConfig.js';
import { optionSpecs } from '../../server/src/config/options.js';

describe('configuration', () => {
	it('applies defaults', () => {
		const config = loadConfig({ DEV_MODE: 'true' });

		assert.equal(config.PORT, 3000);
		assert.equal(config.RTC_PORT, 40000);
		assert.equal(config.LISTEN_IP, '0.0.0.0');
		assert.equal(config.NUM_WORKERS, os.availableParallelism());
		assert.equal(config.ANNOUNCED_ADDRESS, undefined);
	});

	it('reports every bad value at once, naming the setting', () => {
		assert.throws(
			() => loadConfig({ PORT: 'eighty', NUM_WORKERS: '0', LISTEN_IP: '300.1.1.1', LOG_LEVEL: 'loud' }),
			(error: ConfigError) => {
				assert.ok(error instanceof ConfigError);
				assert.deepEqual(
					error.problems.map((p) => p.split('=')[0]),
					['PORT', 'LISTEN_IP', 'NUM_WORKERS', 'LOG_LEVEL']
				);
				assert.match(error.message, /LOG_LEVEL="loud"/);

				return true;
			}
		);
	});

	it('reads a JSON config file, with the environment taking precedence', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-config-'));
		const file = path.join(dir, 'skylark.json');

		try {
			fs.writeFileSync(file, JSON.stringify({ PORT: 8080, RTC_PORT: 50000 }));

			const config = loadConfig({ CONFIG_FILE: file, RTC_PORT: '45000', DEV_MODE: 'true' });

			assert.equal(config.PORT, 8080);
			assert.equal(config.RTC_PORT, 45000);

			fs.writeFileSync(file, JSON.stringify({ PROT: 1 }));
			assert.throws(() => loadConfig({ CONFIG_FILE: file }), /unknown setting "PROT"/);
			fs.writeFileSync(file, '{ not json');
			assert.throws(() => loadConfig({ CONFIG_FILE: file }), /CONFIG_FILE/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('needs AUTH_SECRET (or public keys) unless DEV_MODE', () => {
		assert.throws(() => loadConfig({}), /AUTH_SECRET: required/);
		assert.throws(
			() => loadConfig({ AUTH_SECRET: 'short' }),
			/AUTH_SECRET=<hidden, 5 characters>: must be at least 32 characters/
		);
		assert.equal(loadConfig({ AUTH_SECRET: 'x'.repeat(32) }).DEV_MODE, false);
		assert.equal(loadConfig({ DEV_MODE: 'true' }).DEV_MODE, true);
	});

	it('never prints a secret in a configuration error', () => {
		const secrets = {
			AUTH_SECRET: 'hunter2-auth',
			ADMIN_API_KEY: 'hunter2-admin',
			TURN_SECRET: 'hunter2-turn',
			WEBHOOK_SECRET: 'hunter2-hook',
			// Valid except for the ftp one, so the error has to print the list.
			WEBHOOK_URLS:
				'https://bot:hunter2-pass@hooks.example/in?token=hunter2-query,ftp://files.example/x',
		};

		assert.throws(
			() => loadConfig(secrets),
			(error: ConfigError) => {
				assert.deepEqual(
					error.problems.map((p) => p.split('=')[0]).sort(),
					Object.keys(secrets).sort()
				);
				assert.doesNotMatch(error.message, /hunter2/);
				assert.match(error.message, /ADMIN_API_KEY=<hidden, 13 characters>/);
				assert.ok(
					error.message.includes(
						'WEBHOOK_URLS="https://***@hooks.example/in?token=***,ftp://files.example/x"'
					),
					error.message
				);

				return true;
			}
		);
	});

	it("is documented: README's configuration table lists every setting", () => {
		const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		const documented = new Set([...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]));

		for (const name of Object.keys(optionSpecs)) {
			assert.ok(documented.has(name), `README.md has no table row for ${name}`);
		}
	});
});
