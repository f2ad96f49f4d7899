/**
 * Skylark runs on the project's own Node.js 24 everywhere it is started:
 * npm scripts (node_modules/.bin/node first on PATH), pm2, systemd and the
 * container image. The host's system Node (20 on these machines) never runs it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { BUNDLED_NODE_MAJOR } from '../../server/src/diagnostics/nodeRuntime.js';
import { startSkylarkProcess, type SkylarkProcess } from '../helpers/skylarkProcess.js';
import { pm2Apps, read, ROOT, unitSection } from './deployFormats.js';

function major(version: string): number {
	return Number.parseInt(version.replace(/^v/, ''), 10);
}

/** The version a node binary reports for itself. */
function versionOf(node: string): string {
	const result = spawnSync(node, ['--version'], { encoding: 'utf8' });

	assert.equal(result.status, 0, `${node} --version: ${result.error?.message ?? result.stderr}`);

	return result.stdout.trim();
}

describe('Node.js runtime', function () {
	this.timeout(60_000);

	let node: SkylarkProcess | undefined;

	afterEach(async () => {
		node?.child.kill('SIGKILL');
		await node?.exited;
		node = undefined;
	});

	it(`the tests and their in-process servers run on Node ≥ ${BUNDLED_NODE_MAJOR}`, () => {
		assert.ok(
			major(process.version) >= BUNDLED_NODE_MAJOR,
			`tests run on ${process.execPath} ${process.version}`
		);
	});

	it('a server started with the `node` npm scripts find on PATH runs on Node ≥ 24, and says so', async () => {
		// npm puts node_modules/.bin first on its scripts' PATH: `npm start` runs `node …` from there.
		const onPath = spawnSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).stdout.trim();

		assert.equal(onPath, path.join(ROOT, 'node_modules', '.bin', 'node'));

		node = await startSkylarkProcess({}, 'node');

		assert.ok(major(node.listening.node) >= BUNDLED_NODE_MAJOR, `server runs on ${node.listening.node}`);

		const metrics = await (await fetch(`${node.url}/metrics`)).text();
		const reported = /^skylark_nodejs_version_info\{version="(v[\d.]+)"/m.exec(metrics)?.[1];

		assert.equal(reported, node.listening.node);
	});

	it('pm2 and systemd start it with the project’s Node 24, not the system’s', async () => {
		const [app] = await pm2Apps();
		const interpreter = (app as { interpreter?: string }).interpreter;

		assert.ok(interpreter, 'ecosystem.config.js sets no interpreter: pm2 would use its own node');
		assert.ok(major(versionOf(interpreter)) >= BUNDLED_NODE_MAJOR);

		const service = unitSection(read('systemd/skylark.service'), 'Service');
		const [program] = (service.get('ExecStart')?.at(-1) ?? '').split(/\s+/);
		const workingDirectory = service.get('WorkingDirectory')?.at(-1) ?? '';

		// The unit runs the checkout installed at WorkingDirectory: map it onto this one.
		assert.ok(
			program.startsWith(`${workingDirectory}/`),
			`ExecStart runs ${program}, outside the checkout`
		);
		assert.ok(
			major(versionOf(path.join(ROOT, path.relative(workingDirectory, program)))) >= BUNDLED_NODE_MAJOR
		);
	});

	it('the container image builds on and runs the Node 24 base image', () => {
		const dockerfile = read('docker/Dockerfile');
		const nodeVersion = /^ARG NODE_VERSION=(\d+)/m.exec(dockerfile)?.[1];
		const stages = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);

		assert.equal(Number(nodeVersion), BUNDLED_NODE_MAJOR);
		assert.ok(
			stages.length >= 2 && stages.every((image) => image.startsWith('node:${NODE_VERSION}-')),
			stages.join(', ')
		);
	});
});
