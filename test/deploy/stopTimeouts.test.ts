/** Every supervisor in deploy/ waits out the drain before it kills Skylark, and signals node alone. */
import * as assert from 'node:assert/strict';
import {
	composeDurationMs,
	composeSkylark,
	DRAIN_DEFAULT_MS,
	drainMs,
	envFile,
	k8sEnv,
	k8sKind,
	pm2Apps,
	read,
	systemdSpanMs,
	unitSection,
} from './deployFormats.js';

describe('deploy files', function () {
	this.timeout(60_000);

	describe('stop timeouts outlast the drain (DRAIN_TIMEOUT_MS)', () => {
		it('systemd: TimeoutStopSec, SIGTERM to node only (KillMode=mixed)', () => {
			const service = unitSection(read('systemd/skylark.service'), 'Service');
			const env = envFile(read('systemd/skylark.env.example'), false);
			const timeout = service.get('TimeoutStopSec')?.at(-1);

			assert.ok(timeout, 'TimeoutStopSec is not set');
			assert.ok(
				systemdSpanMs(timeout) > drainMs(env),
				`TimeoutStopSec=${timeout} does not exceed DRAIN_TIMEOUT_MS ${drainMs(env)}`
			);
			assert.equal(service.get('KillSignal')?.at(-1), 'SIGTERM');
			assert.equal(service.get('KillMode')?.at(-1), 'mixed');
		});

		it('Docker Compose: stop_grace_period', () => {
			const skylark = composeSkylark();

			assert.ok(skylark.stop_grace_period, 'stop_grace_period is not set');
			assert.ok(
				composeDurationMs(skylark.stop_grace_period) > drainMs(skylark.environment),
				`stop_grace_period ${skylark.stop_grace_period} does not exceed the drain`
			);
			assert.equal(skylark.network_mode, 'host');
		});

		it('Docker: the stop timeout the Dockerfile documents; tini forwards SIGTERM to node alone', () => {
			const dockerfile = read('docker/Dockerfile');
			const documented = /docker stop -t (\d+)/.exec(dockerfile);

			assert.ok(documented, 'the Dockerfile does not say how long `docker stop -t` must wait');
			assert.ok(Number(documented[1]) * 1000 > DRAIN_DEFAULT_MS);
			assert.match(dockerfile, /^STOPSIGNAL SIGTERM$/m);

			const entrypoint = /^ENTRYPOINT (.*)$/m.exec(dockerfile);

			assert.ok(entrypoint && JSON.parse(entrypoint[1])[0].endsWith('tini'), 'PID 1 is not tini');
			// tini -g would signal the whole process group, mediasoup workers included.
			assert.ok(!JSON.parse(entrypoint[1]).includes('-g'));
		});

		it('Kubernetes: terminationGracePeriodSeconds', () => {
			const grace = k8sKind('DaemonSet').spec.template.spec.terminationGracePeriodSeconds;

			assert.equal(typeof grace, 'number', 'terminationGracePeriodSeconds is not set');
			assert.ok(grace * 1000 > drainMs(k8sEnv()), `terminationGracePeriodSeconds ${grace}`);
		});

		it('pm2 (ecosystem.config.js): kill_timeout, and the signal to node only (treekill: false)', async () => {
			const apps = await pm2Apps();
			const app = apps.find((a) => a.name === 'skylark');

			assert.ok(app, 'no "skylark" app');
			assert.equal(typeof app.kill_timeout, 'number', 'kill_timeout is not set');
			assert.ok(app.kill_timeout! > drainMs(app.env ?? {}), `kill_timeout ${app.kill_timeout}`);
			// pm2's default treekill sends the stop signal to every process under
			// node: the mediasoup workers close on it and media stops at once.
			assert.equal(app.treekill, false, 'treekill must be false');
		});
	});
});
