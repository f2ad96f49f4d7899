import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { connectNodeClient } from '../helpers/weriftPeer.js';

const KEY = 'dashboard-admin-key-0123';

/** The text of every row of one of the dashboard's tables. */
function rows(page: Page, table: string): Promise<string[][]> {
	return page.$$eval(`${table} tbody tr`, (trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
	);
}

describe('the dashboard page (Chromium)', function () {
	this.timeout(60_000);

	let server: Skylark;
	let chromium: ChromiumSession;
	const clients: SkylarkClient[] = [];

	before(async () => {
		server = await startTestServer({ ADMIN_API_KEY: KEY, NUM_WORKERS: '2' });
		chromium = await launchChromium();
	});

	after(async () => {
		clients.forEach((c) => c.close());
		await chromium?.close();
		await server?.close();
	});

	async function join(room: string, name: string): Promise<void> {
		const client = await connectNodeClient(server.url, room, {
			token: await testToken(room, { identity: name }),
		});

		clients.push(client);
		await client.join(room, { displayName: name });
	}

	it('shows live workers, rooms and peers, following changes every second', async () => {
		const page = await chromium.context.newPage();

		await join('dash-room', 'alice');
		await page.goto(`${server.url}/dashboard?key=${KEY}`);
		assert.ok(!page.url().includes(KEY), 'the key is taken out of the address bar');
		assert.equal(
			await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
			'rgb(16, 20, 24)',
			'the shared page stylesheet is served'
		);

		await page.waitForFunction(() => document.querySelectorAll('#workers tbody tr').length === 2);

		const workers = await rows(page, '#workers');
		const pids = server.pool.state().map((w) => String(w.pid));

		assert.deepEqual(
			workers.map((w) => w[1]),
			pids
		);
		assert.ok(workers.every((w) => w[2] === 'up'));
		assert.equal(await page.textContent('#node-state'), 'ready');
		// A single node is a cluster of one: the nodes table shows it, serving.
		await page.waitForSelector(`#nodes tbody tr[data-node="${server.cluster.nodeId}"]`);
		assert.deepEqual(
			(await rows(page, '#nodes')).map((n) => [n[0], n[3]]),
			[[`${server.cluster.nodeId} (this node)`, 'serving']]
		);

		await page.waitForSelector('#rooms tbody tr[data-room="dash-room"]');
		assert.equal((await rows(page, '#rooms'))[0]![1], '1', 'one peer');

		// Bob joins after the page loaded: the next poll shows him.
		await join('dash-room', 'bob');
		await page.waitForFunction(
			() =>
				document.querySelector('#rooms tbody tr[data-room="dash-room"] td:nth-child(2)')
					?.textContent === '2',
			undefined,
			{ timeout: 5000 }
		);

		await page.click('#rooms tbody tr[data-room="dash-room"]');
		await page.waitForFunction(() => document.querySelectorAll('#peers tbody tr').length === 2);
		assert.deepEqual((await rows(page, '#peers')).map((p) => p[0]).sort(), ['alice', 'bob']);

		const routersNow = server.pool.state().reduce((sum, w) => sum + w.load.routers, 0);

		await page.waitForFunction(
			(expected) =>
				[...document.querySelectorAll('#workers tbody tr td:nth-child(5)')].reduce(
					(sum, td) => sum + Number(td.textContent),
					0
				) === expected,
			routersNow
		);
		await page.close();
	});

	it('asks for the key again when the one given is wrong', async () => {
		const page = await chromium.context.newPage();

		await page.goto(`${server.url}/dashboard?key=not-the-admin-key`);
		await page.waitForSelector('#key-form:not([hidden])');
		assert.match((await page.textContent('#status'))!, /wrong admin API key/);
		assert.equal(await page.$$eval('#rooms tbody tr', (trs) => trs.length), 0, 'nothing shown');

		await page.fill('#key-form input[name=key]', KEY);
		await page.click('#key-form button');
		await page.waitForSelector('#rooms tbody tr[data-room="dash-room"]');
		await page.close();
	});
});
