/** deploy/docker/drain.mjs (Kubernetes preStop) against a live node: it drains, and returns once rooms are empty. */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { connectNodeClient } from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

const KEY = 'prestop-admin-key-012345';
const SCRIPT = new URL('../../deploy/docker/drain.mjs', import.meta.url).pathname;

describe('the preStop drain script', function () {
	this.timeout(30_000);

	let server: Skylark;
	let client: SkylarkClient | undefined;

	before(async () => {
		server = await startTestServer({ ADMIN_API_KEY: KEY });
	});

	after(async () => {
		client?.close();
		await server?.close();
	});

	it('drains the node and returns once its rooms have emptied', async () => {
		client = await connectNodeClient(server.url, 'prestop');
		await client.join('prestop', { displayName: 'alice' });

		const told = new Promise((resolve) => client!.once('serverDraining', resolve));
		const script = spawn(process.execPath, [SCRIPT], {
			env: {
				...process.env,
				PORT: new URL(server.url).port,
				HTTP_LISTEN_IP: '127.0.0.1',
				ADMIN_API_KEY: KEY,
			},
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		const exited = once(script, 'exit');

		await within(told, 5000, 'serverDraining');
		assert.equal((await fetch(`${server.url}/readyz`)).status, 503);
		assert.equal(script.exitCode, null, 'the hook waits while a room is open');

		await client.leave();

		const [code] = await within(exited, 10_000, 'the hook to return');

		assert.equal(code, 0);
		assert.equal(server.rooms.rooms.size, 0);
	});

	it('needs the admin key', async () => {
		const res = await fetch(`${server.url}/node/drain`, { method: 'POST' });

		assert.equal(res.status, 401);
	});
});
