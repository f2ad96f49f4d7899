/**
 * Reads the files under deploy/ (systemd unit and env file, Dockerfile, Docker
 * Compose, Kubernetes manifest, Grafana dashboard, pm2 process file) into
 * values the deploy tests check: parsers for their formats and accessors for
 * the parts the tests look at.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionSpecs } from '../../server/src/config/options.js';
import { repoRoot } from '../../server/src/paths.js';

// js-yaml (a devDependency) ships no type declarations and @types/js-yaml is not
// installed: loaded through require so that none are needed.
const yaml = createRequire(import.meta.url)('js-yaml') as { loadAll(text: string): unknown[] };

export const ROOT = repoRoot();
export const DEPLOY = path.join(ROOT, 'deploy');
export const DRAIN_DEFAULT_MS = optionSpecs.DRAIN_TIMEOUT_MS.default;

/** Environment variables deploy files may set that are not Skylark options. */
const NON_OPTION_ENV = new Set([
	'NODE_ENV',
	'CONFIG_FILE',
	'MEDIASOUP_WORKER_BIN',
	'SKYLARK_WORKER_SOURCE',
	'SKYLARK_WORKER_CACHE_DIR',
	'SKYLARK_WORKER_BUILD_JOBS',
	'SKYLARK_PREBUILT_TIMEOUT_MS',
]);

/** Stands in for secrets and other values a deploy file leaves to the operator. */
const FILLER = 'x'.repeat(48);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML and JSON are walked freely
export type Doc = any;

export function read(rel: string): string {
	return fs.readFileSync(path.join(DEPLOY, rel), 'utf8');
}

function yamlDocs(rel: string): Doc[] {
	return yaml.loadAll(read(rel)).filter((doc) => doc !== null && doc !== undefined);
}

/** KEY=value lines of an EnvironmentFile; commented-out examples (`#KEY=value`) too when asked. */
export function envFile(text: string, withCommented: boolean): Record<string, string> {
	const env: Record<string, string> = {};

	for (const line of text.split('\n')) {
		const match = /^(#?)([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());

		if (match && (withCommented || !match[1])) {
			env[match[2]] = match[3];
		}
	}

	return env;
}

/** A deploy file's value as the operator would fill it in: placeholders and Compose variables get real values. */
function filled(value: string): string {
	if (value === 'CHANGE-ME') {
		return FILLER;
	}

	// Compose interpolation: ${VAR}, ${VAR:?error}, ${VAR:-default}.
	const variable = /^\$\{\w+(?::?([-?])(.*))?\}$/.exec(value);

	if (variable) {
		return variable[1] === '-' ? variable[2] : FILLER;
	}

	return value;
}

export function fillAll(env: Record<string, string>): Record<string, string> {
	// A placeholder for a URL setting is filled in with a URL, as an operator would.
	return Object.fromEntries(
		Object.entries(env).map(([name, value]) => {
			const filledValue = filled(value);

			return [
				name,
				filledValue === FILLER && name.endsWith('_URL') ? 'https://node.example.com' : filledValue,
			];
		})
	);
}

export function assertKnownEnv(file: string, names: Iterable<string>): void {
	const unknown = [...names].filter((name) => !(name in optionSpecs) && !NON_OPTION_ENV.has(name));

	assert.deepEqual(unknown, [], `${file} sets environment variables Skylark does not read`);
}

/** The drain timeout a supervisor must outlast: the one its environment sets, else the default. */
export function drainMs(env: Record<string, string | undefined>): number {
	return env.DRAIN_TIMEOUT_MS ? Number(env.DRAIN_TIMEOUT_MS) : DRAIN_DEFAULT_MS;
}

/** Compose durations: "70s", "1m10s", "1m30.5s", "500ms". */
export function composeDurationMs(value: string): number {
	const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001 };
	const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|us|h|m|s)/g)];

	assert.ok(parts.length > 0 && parts.map((p) => p[0]).join('') === value, `bad duration "${value}"`);

	return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * units[unit], 0);
}

/** systemd time spans as used for TimeoutStopSec: "70", "70s", "1min 10s". */
export function systemdSpanMs(value: string): number {
	if (/^\d+$/.test(value)) {
		return Number(value) * 1000;
	}

	const units: Record<string, number> = { min: 60_000, s: 1000, ms: 1 };
	const parts = [...value.matchAll(/(\d+)\s*(min|ms|s)/g)];

	assert.ok(parts.length > 0, `bad time span "${value}"`);

	return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * units[unit], 0);
}

/** `Key=value` settings of one section of a systemd unit (last one wins). */
export function unitSection(text: string, section: string): Map<string, string[]> {
	const settings = new Map<string, string[]>();
	let current = '';

	for (const raw of text.split('\n')) {
		const line = raw.trim();
		const header = /^\[(.+)\]$/.exec(line);

		if (header) {
			current = header[1];
		} else if (current === section && line && !line.startsWith('#')) {
			const eq = line.indexOf('=');
			const key = line.slice(0, eq);

			settings.set(key, [...(settings.get(key) ?? []), line.slice(eq + 1)]);
		}
	}

	return settings;
}

export function k8sKind(kind: string): Doc {
	const doc = yamlDocs('kubernetes/skylark.yaml').find((d) => d.kind === kind);

	assert.ok(doc, `deploy/kubernetes/skylark.yaml has no ${kind}`);

	return doc;
}

export function k8sContainer(): Doc {
	return k8sKind('DaemonSet').spec.template.spec.containers.find((c: Doc) => c.name === 'skylark');
}

/** The Skylark container's literal env values, with values that come from elsewhere filled in. */
export function k8sEnv(): Record<string, string> {
	const env: Record<string, string> = {};

	for (const entry of k8sContainer().env as Doc[]) {
		// Kubernetes expands $(NAME) from the variables defined before it, as here.
		env[entry.name] = ((entry.value as string | undefined) ?? FILLER).replace(
			/\$\(([A-Z_][A-Z0-9_]*)\)/g,
			(whole: string, name: string) => env[name] ?? whole
		);
	}

	return env;
}

export function composeSkylark(): Doc {
	return yamlDocs('docker/docker-compose.yml')[0].services.skylark;
}

/** NAME=value pairs of a Dockerfile's ENV instructions, all stages (continuation lines joined). */
export function dockerfileEnv(text: string): Record<string, string> {
	const logical = text.replace(/\\\n/g, ' ');

	return Object.fromEntries(
		[...logical.matchAll(/^ENV\s+(.*)$/gm)].flatMap((m) =>
			[...m[1].matchAll(/(?:^|\s)([A-Z][A-Z0-9_]*)=(\S*)/g)].map((n) => [n[1], n[2]])
		)
	);
}

/** The runtime stage of the Dockerfile: from the last FROM on. */
export function dockerRuntimeStage(): string {
	const dockerfile = read('docker/Dockerfile');

	return dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
}

/** Whether a path is the directory or inside it. */
export function within(file: string, dir: string): boolean {
	const relative = path.posix.relative(dir, file);

	return path.posix.isAbsolute(file) && !relative.startsWith('..') && !path.posix.isAbsolute(relative);
}

/** Metric names in a PromQL expression. */
export function metricNames(expr: string): string[] {
	return [...expr.matchAll(/\bskylark_[a-zA-Z0-9_]+/g)].map((m) => m[0]);
}

export interface DashboardQuery {
	where: string;
	expr: string;
	legend?: string;
}

export function dashboardQueries(dashboard: Doc): DashboardQuery[] {
	const queries: DashboardQuery[] = [];
	const walk = (panels: Doc[]) => {
		for (const panel of panels ?? []) {
			for (const target of panel.targets ?? []) {
				queries.push({
					where: `panel "${panel.title}"`,
					expr: target.expr,
					legend: target.legendFormat,
				});
			}

			walk(panel.panels);
		}
	};

	walk(dashboard.panels);

	for (const variable of dashboard.templating.list) {
		if (variable.type === 'query') {
			queries.push({ where: `variable "${variable.name}"`, expr: variable.definition });
		}
	}

	return queries;
}

/** An app of the pm2 process file (ecosystem.config.js), as far as the tests read it. */
export interface Pm2App {
	name: string;
	kill_timeout?: number;
	treekill?: boolean;
	env?: Record<string, string>;
}

/** The apps of the pm2 process file, ecosystem.config.js at the repository root. */
export async function pm2Apps(): Promise<Pm2App[]> {
	const { apps } = (await import(pathToFileURL(path.join(ROOT, 'ecosystem.config.js')).href)) as {
		apps: Pm2App[];
	};

	return apps;
}
