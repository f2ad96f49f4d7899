/**
 * deploy/grafana/skylark-dashboard.json against the metrics a running Skylark
 * serves, and the Docker image's health check against the same node.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { DEPLOY, dashboardQueries, type Doc, metricNames, read } from './deployFormats.js';

/** Runs a program; resolves to its exit code, -1 when it has none (not started, timed out). */
function run(file: string, args: string[], env: Record<string, string>): Promise<number> {
	return new Promise((resolve) => {
		execFile(file, args, { env: { ...process.env, ...env }, timeout: 20_000 }, (error) =>
			resolve(error ? (typeof error.code === 'number' ? error.code : -1) : 0)
		);
	});
}

describe('deploy files', function () {
	this.timeout(60_000);

	describe('Grafana dashboard against a running Skylark', () => {
		let server: Skylark;
		/** Metric families in /metrics: name → type. */
		const families = new Map<string, string>();
		const dashboard: Doc = JSON.parse(read('grafana/skylark-dashboard.json'));

		before(async () => {
			server = await startTestServer({ NUM_WORKERS: '1' });

			const text = await (await fetch(`${server.url}/metrics`)).text();

			for (const match of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
				families.set(match[1], match[2]);
			}

			assert.ok(families.size > 20, 'GET /metrics returned too few metric families');
		});

		after(async () => {
			await server.close();
		});

		/** The family a queried series belongs to: itself, or the histogram/summary of a _bucket/_sum/_count series. */
		function familyOf(name: string): { family: string; suffix: string } | undefined {
			if (families.has(name)) {
				return { family: name, suffix: '' };
			}

			const match = /^(.+)(_bucket|_sum|_count)$/.exec(name);
			const type = match && families.get(match[1]);

			if (match && (type === 'histogram' || (type === 'summary' && match[2] !== '_bucket'))) {
				return { family: match[1], suffix: match[2] };
			}

			return undefined;
		}

		/** Labels a queried series carries: the metric's own, `le` on buckets, and Prometheus' target labels. */
		function labelsOf(name: string): Set<string> {
			const { family, suffix } = familyOf(name)!;
			const metric = server.metrics.registry.getSingleMetric(family);
			const own = (metric as unknown as { labelNames?: readonly string[] } | undefined)?.labelNames;

			assert.ok(Array.isArray(own), `cannot read the label names of ${family}`);

			return new Set([...own, ...(suffix === '_bucket' ? ['le'] : []), 'instance', 'job']);
		}

		it('is a dashboard with uid "skylark" whose queries all use the ${DS_PROMETHEUS} variable', () => {
			assert.equal(dashboard.uid, 'skylark');
			assert.ok(dashboard.schemaVersion >= 36, 'schemaVersion');

			const variable = dashboard.templating.list.find((v: Doc) => v.name === 'DS_PROMETHEUS');

			assert.equal(variable?.type, 'datasource');
			assert.equal(variable?.query, 'prometheus');

			const panels: Doc[] = dashboard.panels;
			const ids = panels.map((p) => p.id);

			assert.equal(new Set(ids).size, ids.length, 'panel ids must be unique');

			for (const panel of panels.filter((p) => p.type !== 'row')) {
				assert.ok(panel.targets?.length > 0, `panel "${panel.title}" has no query`);

				for (const source of [panel.datasource, ...panel.targets.map((t: Doc) => t.datasource)]) {
					assert.deepEqual(source, { type: 'prometheus', uid: '${DS_PROMETHEUS}' }, panel.title);
				}
			}
		});

		it('queries only metrics that /metrics serves, histograms only through _bucket/_sum/_count', () => {
			const problems: string[] = [];

			for (const { where, expr } of dashboardQueries(dashboard)) {
				const names = metricNames(expr);

				if (names.length === 0) {
					problems.push(`${where}: no skylark_ metric in "${expr}"`);
				}

				for (const name of names) {
					const found = familyOf(name);

					if (!found) {
						problems.push(`${where}: ${name} is not in /metrics`);
					} else if (found.suffix === '' && families.get(name) === 'histogram') {
						problems.push(`${where}: histogram ${name} queried without _bucket/_sum/_count`);
					}
				}

				if (/histogram_quantile/.test(expr) && !names.every((n) => n.endsWith('_bucket'))) {
					problems.push(`${where}: histogram_quantile over a series that is not a _bucket`);
				}
			}

			assert.deepEqual(problems, []);
		});

		it('groups, filters and labels by labels those metrics have', () => {
			const problems: string[] = [];

			for (const { where, expr, legend } of dashboardQueries(dashboard)) {
				const names = metricNames(expr).filter((name) => familyOf(name));

				// Matchers: skylark_x{label="...", ...}. (Unknown metrics fail the test above.)
				for (const match of expr.matchAll(/\b(skylark_[a-zA-Z0-9_]+)\{([^}]*)\}/g)) {
					if (!familyOf(match[1])) {
						continue;
					}

					const known = labelsOf(match[1]);

					for (const [, label] of match[2].matchAll(/(\w+)\s*(?:=~|!~|!=|=)/g)) {
						if (!known.has(label)) {
							problems.push(`${where}: ${match[1]} has no label "${label}"`);
						}
					}
				}

				// by (...) / without (...) and {{label}} legends: labels of every metric queried.
				const used = [
					...[...expr.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)].flatMap((m) =>
						m[1].split(',').map((l) => l.trim())
					),
					...[...(legend ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]),
				].filter(Boolean);

				for (const label of used) {
					for (const name of names) {
						if (!labelsOf(name).has(label)) {
							problems.push(`${where}: ${name} has no label "${label}"`);
						}
					}
				}
			}

			assert.deepEqual(problems, []);
		});

		it("charts every one of Skylark's own metrics", () => {
			const charted = new Set(
				dashboardQueries(dashboard).flatMap(({ expr }) =>
					metricNames(expr).map((name) => familyOf(name)?.family)
				)
			);
			// Everything except prom-client's default process and Node.js metrics.
			const own = [...families.keys()].filter((name) => !/^skylark_(process|nodejs)_/.test(name));
			const missing = own.filter((name) => !charted.has(name));

			assert.deepEqual(missing, [], 'metrics without a panel in deploy/grafana/skylark-dashboard.json');
		});

		it("the Docker image's health check passes against a live node and fails against no node", async () => {
			const script = path.join(DEPLOY, 'docker', 'healthcheck.mjs');
			const port = new URL(server.url).port;

			assert.equal(
				await run(process.execPath, [script], { PORT: port, HTTP_LISTEN_IP: '127.0.0.1' }),
				0
			);
			assert.equal(
				await run(process.execPath, [script], { PORT: '1', HTTP_LISTEN_IP: '127.0.0.1' }),
				1
			);
		});
	});
});
