/**
 * The webinar cascade in Chromium: three Skylark processes (one worker each),
 * Redis, and demo pages. A presenter's camera and microphone reach viewers
 * (`&role=viewer`) that entered through the other nodes and are served there,
 * and come back to them by themselves when the room's origin is killed.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import {
	CLUSTER_ADMIN_KEY,
	clusterView,
	killNode,
	ownerOf,
	startCluster,
	stopCluster,
	type ClusterNode,
} from '../helpers/cluster.js';
import { startBalancer, type Balancer } from '../helpers/nginxBalancer.js';
import { seesAndHears } from '../helpers/pageStats.js';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';
import { until } from '../helpers/within.js';

describe('webinar cascade in Chromium (3 nodes, Redis, every viewer on an edge)', function () {
	this.timeout(180_000);

	let redis: RedisServer;
	let nodes: ClusterNode[];
	let balancer: Balancer;
	let chromium: ChromiumSession;

	before(async () => {
		redis = await startRedis();
		nodes = await startCluster(redis, 3, {
			DEV_MODE: 'true',
			ROOM_EMPTY_GRACE_MS: '1000',
			ORIGIN_MAX_VIEWERS: '0',
		});
		balancer = await startBalancer(nodes.map((n) => n.url));
		chromium = await launchChromium();
	});

	after(async () => {
		await chromium?.close();
		await balancer?.stop();
		await stopCluster(nodes ?? []);
		await redis?.stop();
	});

	async function open(base: string, room: string, name: string, viewer = false): Promise<Page> {
		const page = await chromium.context.newPage();

		await page.goto(`${base}/?room=${room}&name=${name}${viewer ? '&role=viewer' : ''}`);

		return page;
	}

	/** The node a page's signaling ended on. */
	const signalingUrl = (page: Page) => page.evaluate(() => window.skylarkDemo!.client.signaling.url);

	it('a presenter entering through node A is seen and heard by viewers entering through B and C', async () => {
		const presenter = await open(nodes[0].url, 'keynote', 'presenter');

		await presenter.waitForFunction(() => window.skylarkDemo?.client.publications.size === 2);

		const origin = await ownerOf(nodes, 'keynote');
		const edges = nodes.filter((n) => n !== origin);
		const viewers = await Promise.all(
			edges.map((edge, i) => open(edge.url, 'keynote', `viewer${i}`, true))
		);

		for (const viewer of viewers) {
			await seesAndHears(viewer, 1);
		}

		assert.deepEqual(
			await Promise.all(viewers.map(signalingUrl)),
			edges.map((e) => e.url),
			'each viewer is served by the node it entered through'
		);

		const cascade = await until(
			async () =>
				(await clusterView(origin)).cascade.find(
					(r) => r.room === 'keynote' && r.edges.length === 2 && r.edges.every((e) => e.pipes >= 2)
				),
			10_000,
			'both edges with their pipes in GET /cluster'
		);

		assert.equal(cascade.origin, origin.id);
		assert.deepEqual(cascade.viewers, { [origin.id]: 0, [edges[0].id]: 1, [edges[1].id]: 1 });

		// The dashboard shows the origin and both edges, with their viewers and pipes.
		const dashboard = await chromium.context.newPage();

		await dashboard.goto(`${origin.url}/dashboard?key=${CLUSTER_ADMIN_KEY}`);
		await dashboard.waitForFunction(() => document.querySelectorAll('#cascade tbody tr').length === 3);

		const rows = await dashboard.$$eval('#cascade tbody tr', (trs) =>
			trs.map((tr) => [...tr.children].map((td) => td.textContent))
		);

		assert.deepEqual(
			rows.map(([room, node, role, viewers]) => [room, node, role, viewers]).sort(),
			[
				['keynote', origin.id, 'origin', '0'],
				['keynote', edges[0].id, 'edge', '1'],
				['keynote', edges[1].id, 'edge', '1'],
			].sort()
		);
		await Promise.all([presenter, dashboard, ...viewers].map((p) => p.close()));
	});

	it('the origin killed with -9: edge viewers decode the presenter again, without doing anything', async () => {
		// Through the balancer, the presenter's page rejoins on a live node when the origin dies.
		const presenter = await open(balancer.url, 'failover', 'presenter');

		await presenter.waitForFunction(() => window.skylarkDemo?.client.publications.size === 2);

		const origin = await ownerOf(nodes, 'failover');
		const edges = nodes.filter((n) => n !== origin);
		const viewers = await Promise.all(
			edges.map((edge, i) => open(edge.url, 'failover', `viewer${i}`, true))
		);

		for (const viewer of viewers) {
			await seesAndHears(viewer, 1);
		}

		const killedAt = performance.now();

		await killNode(origin);

		for (const viewer of viewers) {
			await seesAndHears(viewer, 1, Math.max(1000, 30_000 - (performance.now() - killedAt)));
		}

		const recoveredMs = performance.now() - killedAt;

		process.stdout.write(
			`      Chromium: origin kill -9 → both edge viewers decode the presenter again after ${recoveredMs.toFixed(0)} ms\n`
		);
		assert.ok(recoveredMs < 30_000);
		assert.deepEqual(
			await Promise.all(viewers.map(signalingUrl)),
			edges.map((e) => e.url),
			'the viewers never left their nodes'
		);
		await Promise.all([presenter, ...viewers].map((p) => p.close()));
	});
});
