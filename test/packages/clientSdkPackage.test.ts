/**
 * @skylark/client as an application developer gets it: `npm pack`ed, installed
 * into a fresh Vite app outside the repository, type-checked and built there,
 * served by `vite preview`, and joined to a live Skylark room from Chromium.
 */
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { freshProject, type FreshProject } from '../helpers/freshProject.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { until } from '../helpers/within.js';

const ROOM = 'vite-app';

const APP_FILES: Record<string, string> = {
	'index.html': `<!doctype html>
<html>
	<body>
		<p id="status">starting</p>
		<div id="remote"></div>
		<script type="module" src="/src/main.ts"></script>
	</body>
</html>
`,
	'src/main.ts': `import { connect, SkylarkError, type RemoteTrack, type SkylarkErrorCode } from '@skylark/client';

const params = new URLSearchParams(location.search);
const status = document.querySelector<HTMLElement>('#status')!;

async function start(): Promise<void> {
	const client = await connect(params.get('url')!, { token: params.get('token')! });

	client.on('trackSubscribed', (track: RemoteTrack) => {
		if (track.kind !== 'video') {
			return;
		}

		const video = document.createElement('video');

		video.className = 'remote';
		video.autoplay = true;
		video.muted = true;
		video.playsInline = true;
		video.srcObject = new MediaStream([track.track]);
		document.querySelector('#remote')!.append(video);
	});

	await client.join(params.get('room')!, { displayName: params.get('name')! });

	const camera = await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 } });

	await client.publish(camera.getVideoTracks()[0], { source: 'camera' });
	status.textContent = 'joined';
}

start().catch((error: unknown) => {
	const code: SkylarkErrorCode | undefined = error instanceof SkylarkError ? error.code : undefined;

	status.textContent = \`failed: \${code ?? ''} \${String(error)}\`;
});
`,
	'tsconfig.json': JSON.stringify(
		{
			compilerOptions: {
				target: 'ES2022',
				module: 'ESNext',
				moduleResolution: 'bundler',
				lib: ['ES2022', 'DOM', 'DOM.Iterable'],
				types: [],
				strict: true,
				noEmit: true,
				skipLibCheck: false,
			},
			include: ['src'],
		},
		null,
		2
	),
};

function startPreview(app: FreshProject, port: number): ChildProcess {
	return spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort',
		],
		{ cwd: app.dir, stdio: 'ignore' }
	);
}

async function freeTcpPort(): Promise<number> {
	const net = await import('node:net');
	const server = net.createServer();

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

	const { port } = server.address() as { port: number };

	await new Promise<void>((resolve) => server.close(() => resolve()));

	return port;
}

describe('@skylark/client in a fresh Vite app (npm pack → install → build → Chromium)', function () {
	this.timeout(600_000);

	let app: FreshProject;
	let skylark: Skylark;
	let preview: ChildProcess | undefined;
	let chromium: ChromiumSession;
	let appUrl: string;

	before(async () => {
		app = await freshProject(
			'vite-app',
			{
				scripts: { build: 'vite build' },
				devDependencies: { vite: '8.3.8', typescript: '5.9.3' },
			},
			APP_FILES,
			'client-sdk'
		);
		skylark = await startTestServer({ ROOM_EMPTY_GRACE_MS: '1000' });

		const port = await freeTcpPort();

		appUrl = `http://127.0.0.1:${port}`;
		await app.node(['node_modules/vite/bin/vite.js', 'build']);
		preview = startPreview(app, port);
		await until(
			() =>
				fetch(appUrl).then(
					(r) => r.ok,
					() => false
				),
			30_000,
			'vite preview serving the app'
		);
		chromium = await launchChromium();
	});

	after(async () => {
		await chromium?.close();
		preview?.kill();
		await skylark?.close();
		app?.remove();
	});

	it('installs as one self-contained package: types, ES module, script bundle, no runtime dependencies', () => {
		const installed = path.join(app.dir, 'node_modules', '@skylark', 'client');
		const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
			version: string;
			sideEffects: boolean;
			dependencies?: object;
		};

		assert.equal(manifest.version, '0.1.0');
		assert.equal(manifest.sideEffects, false);
		assert.equal(manifest.dependencies, undefined);

		for (const file of [
			'dist/skylark.esm.js',
			'dist/skylark.js',
			'dist/skylark.d.ts',
			'README.md',
			'CHANGELOG.md',
		]) {
			assert.ok(fs.existsSync(path.join(installed, file)), file);
		}

		assert.ok(!fs.existsSync(path.join(app.dir, 'node_modules', 'mediasoup-client')));
		assert.ok(!fs.existsSync(path.join(app.dir, 'node_modules', 'protobufjs')));
	});

	it("type-checks the app against the package's types alone (strict, lib check on)", async () => {
		await app.node(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);

		// A misuse the types must catch.
		fs.writeFileSync(
			path.join(app.dir, 'src', 'wrong.ts'),
			"import { connect } from '@skylark/client';\nawait connect(42);\n"
		);

		try {
			await assert.rejects(
				app.node(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']),
				/TS2345/
			);
		} finally {
			fs.rmSync(path.join(app.dir, 'src', 'wrong.ts'));
		}
	});

	it("the built app's page joins a room and shows the other participant's video", async () => {
		const open = async (name: string): Promise<Page> => {
			const page = await chromium.context.newPage();
			const query = new URLSearchParams({
				url: skylark.url,
				token: await testToken(ROOM, { identity: name }),
				room: ROOM,
				name,
			});

			await page.goto(`${appUrl}/?${query}`);

			return page;
		};
		const pages = [await open('ada'), await open('bea')];

		for (const page of pages) {
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll<HTMLVideoElement>('video.remote')].some(
						(v) => v.videoWidth > 0
					),
				undefined,
				{ timeout: 30_000 }
			);
			assert.equal(await page.textContent('#status'), 'joined');
		}

		const peers = skylark.rooms.get(ROOM)?.peers.size;

		assert.equal(peers, 2);
	});
});
