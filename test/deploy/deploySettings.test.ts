/** The environment settings deploy files set: known options, valid values, writable recording directory. */
import * as assert from 'node:assert/strict';
import { loadConfig } from '../../server/src/config/loadConfig.js';
import { optionSpecs } from '../../server/src/config/options.js';
import {
	assertKnownEnv,
	composeSkylark,
	type Doc,
	dockerfileEnv,
	dockerRuntimeStage,
	envFile,
	fillAll,
	k8sContainer,
	k8sEnv,
	k8sKind,
	pm2Apps,
	read,
	unitSection,
	within,
} from './deployFormats.js';

describe('deploy files', function () {
	this.timeout(60_000);

	describe('settings in deploy files', () => {
		it('every environment variable they set is a Skylark option (or a known non-option)', async () => {
			const apps = await pm2Apps();
			const unitEnv = (unitSection(read('systemd/skylark.service'), 'Service').get('Environment') ?? [])
				.flatMap((value) => value.split(/\s+/))
				.map((assignment) => assignment.split('=')[0]);

			assertKnownEnv(
				'skylark.env.example',
				Object.keys(envFile(read('systemd/skylark.env.example'), true))
			);
			assertKnownEnv('skylark.service', unitEnv);
			assertKnownEnv('docker-compose.yml', Object.keys(composeSkylark().environment));
			assertKnownEnv('Dockerfile', Object.keys(dockerfileEnv(read('docker/Dockerfile'))));
			assertKnownEnv('kubernetes/skylark.yaml (env)', Object.keys(k8sEnv()));
			assertKnownEnv('kubernetes/skylark.yaml (Secret)', Object.keys(k8sKind('Secret').stringData));
			assertKnownEnv(
				'ecosystem.config.js',
				apps.flatMap((app) => Object.keys(app.env ?? {}))
			);
		});

		it('their values pass configuration checks once placeholders are filled in', () => {
			// The commented-out examples of the env file too: an operator enables them as written.
			const sets: [string, Record<string, string>][] = [
				['skylark.env.example', fillAll(envFile(read('systemd/skylark.env.example'), true))],
				['docker-compose.yml', fillAll(composeSkylark().environment)],
				['kubernetes/skylark.yaml', k8sEnv()],
			];

			for (const [file, env] of sets) {
				assert.doesNotThrow(() => loadConfig(env), `${file}`);
			}
		});

		it('recordings go to a writable directory, not the default one under the read-only app', () => {
			const fallback = optionSpecs.RECORDING_DIR.default;
			// systemd: ProtectSystem=strict leaves only ReadWritePaths (and the StateDirectory) writable.
			const service = unitSection(read('systemd/skylark.service'), 'Service');
			const unitEnv = Object.fromEntries(
				(service.get('Environment') ?? [])
					.flatMap((value) => value.split(/\s+/))
					.map((assignment) => assignment.split('=') as [string, string])
			);
			const systemdDir =
				envFile(read('systemd/skylark.env.example'), false).RECORDING_DIR ?? unitEnv.RECORDING_DIR;
			const writable = [
				...(service.get('ReadWritePaths') ?? []).flatMap((value) => value.split(/\s+/)),
				...(service.get('StateDirectory') ?? []).map((name) => `/var/lib/${name}`),
			];

			assert.equal(service.get('ProtectSystem')?.at(-1), 'strict');
			assert.ok(
				writable.some((dir) => within(systemdDir ?? fallback, dir)),
				`systemd: RECORDING_DIR ${systemdDir} is not in ${writable.join(', ')}`
			);
			assert.equal(unitEnv.RECORDING_DIR, systemdDir, 'the unit and the env file disagree');

			// The image: /app belongs to root; the skylark user writes only to its VOLUME.
			const runtime = dockerRuntimeStage();
			const imageDir = dockerfileEnv(runtime).RECORDING_DIR;
			const volumes = [...runtime.matchAll(/^VOLUME (.*)$/gm)].flatMap(
				(m) => JSON.parse(m[1]) as string[]
			);

			assert.ok(
				volumes.some((dir) => within(imageDir ?? fallback, dir)),
				`Docker: RECORDING_DIR ${imageDir} is not on a VOLUME (${volumes.join(', ')})`
			);

			// Compose mounts a volume there.
			const compose = composeSkylark();
			const composeDir = compose.environment.RECORDING_DIR ?? imageDir;
			const targets = (compose.volumes as string[]).map((v) => v.split(':')[1]);

			assert.ok(
				targets.some((dir) => within(composeDir, dir)),
				`Compose: no volume at ${composeDir}`
			);

			// Kubernetes: read-only root filesystem, so it must be on a volumeMount.
			const container = k8sContainer();
			const k8sDir = k8sEnv().RECORDING_DIR ?? imageDir;

			assert.equal(container.securityContext.readOnlyRootFilesystem, true);
			assert.ok(
				(container.volumeMounts as Doc[]).some((m) => within(k8sDir, m.mountPath)),
				`Kubernetes: RECORDING_DIR ${k8sDir} is not on a volume`
			);
		});

		it('placeholder secrets are refused, so nobody runs with them by mistake', () => {
			const env = envFile(read('systemd/skylark.env.example'), false);
			const k8s = { ...k8sEnv(), ...k8sKind('Secret').stringData };

			for (const [file, settings] of [
				['skylark.env.example', env],
				['kubernetes/skylark.yaml', k8s],
			] as const) {
				assert.throws(() => loadConfig(settings), /AUTH_SECRET/, file);
			}
		});
	});
});
