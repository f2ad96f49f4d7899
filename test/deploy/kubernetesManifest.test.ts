/** deploy/kubernetes/skylark.yaml: probes, host networking and ports, Secret references, Service. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { optionSpecs } from '../../server/src/config/options.js';
import { type Doc, dockerRuntimeStage, k8sContainer, k8sEnv, k8sKind } from './deployFormats.js';

describe('deploy files', function () {
	this.timeout(60_000);

	describe('Kubernetes manifest', () => {
		it('probes /readyz (readiness) and /healthz (liveness) on the HTTP port', () => {
			const container = k8sContainer();
			const port = Number(k8sEnv().PORT ?? optionSpecs.PORT.default);

			assert.equal(container.readinessProbe.httpGet.path, '/readyz');
			assert.equal(container.livenessProbe.httpGet.path, '/healthz');
			assert.equal(container.readinessProbe.httpGet.port, port);
			assert.equal(container.livenessProbe.httpGet.port, port);
		});

		it("drains in preStop with the image's drain script", () => {
			const command = k8sContainer().lifecycle.preStop.exec.command as string[];

			assert.deepEqual(command, ['node', 'deploy/docker/drain.mjs']);
			assert.ok(fs.existsSync(new URL(`../../${command[1]}`, import.meta.url)));

			// The image carries the script and the module it imports.
			const copies = dockerRuntimeStage()
				.split('\n')
				.filter((line) => line.startsWith('COPY '));

			for (const file of ['drain.mjs', 'localUrl.mjs']) {
				assert.ok(
					copies.some((line) => line.includes(`deploy/docker/${file}`)),
					`image lacks ${file}`
				);
			}
		});

		it("runs on the host's network and declares every worker's UDP and TCP port", () => {
			const spec = k8sKind('DaemonSet').spec.template.spec;
			const env = k8sEnv();
			const first = Number(env.RTC_PORT ?? optionSpecs.RTC_PORT.default);
			const workers = Number(env.NUM_WORKERS);

			assert.equal(spec.hostNetwork, true);
			assert.equal(spec.dnsPolicy, 'ClusterFirstWithHostNet');
			assert.ok(workers >= 1, 'NUM_WORKERS must be set: the default counts the node, not the pod');

			const declared = new Set(
				(k8sContainer().ports as Doc[]).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`)
			);

			for (let port = first; port < first + workers; port++) {
				assert.ok(declared.has(`${port}/UDP`) && declared.has(`${port}/TCP`), `port ${port}`);
			}
		});

		it('takes every secret setting from the Secret, and every key of the Secret is used', () => {
			const secret = k8sKind('Secret');
			const env = k8sContainer().env as Doc[];
			const secretSettings = Object.keys(optionSpecs).filter((name) => /_(SECRET|KEY)$/.test(name));
			const referenced = new Map<string, string>();

			for (const entry of env) {
				const ref = entry.valueFrom?.secretKeyRef;

				if (ref) {
					assert.equal(ref.name, secret.metadata.name);
					assert.ok(ref.key in secret.stringData, `Secret has no ${ref.key}`);
					referenced.set(entry.name, ref.key);
				} else {
					assert.ok(
						!secretSettings.includes(entry.name),
						`${entry.name} is a secret but set in plain text`
					);
				}
			}

			assert.ok(secretSettings.includes('AUTH_SECRET'), `secret settings: ${secretSettings}`);
			// Outside DEV_MODE, Skylark refuses to start without AUTH_SECRET.
			assert.equal(k8sEnv().DEV_MODE, 'false');
			assert.equal(referenced.get('AUTH_SECRET'), 'AUTH_SECRET');
			assert.deepEqual(
				Object.keys(secret.stringData).sort(),
				[...new Set(referenced.values())].sort(),
				'every key of the Secret reaches the container'
			);
		});

		it('the Service carries signaling only', () => {
			const service = k8sKind('Service');

			assert.deepEqual(
				(service.spec.ports as Doc[]).map((p) => [p.targetPort, p.protocol ?? 'TCP']),
				[[Number(k8sEnv().PORT ?? optionSpecs.PORT.default), 'TCP']]
			);
		});
	});
});
