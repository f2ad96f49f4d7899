/**
 * A cluster of three Skylark processes and a Redis, with Chromium pages of
 * the demo entering through different nodes and through a round-robin nginx
 * in front of them (no sticky sessions): they see and hear each other, and
 * survive the room's node being killed.
 */
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../helpers/browser.js';
import { killNode, ownerOf, startCluster, stopCluster, type ClusterNode } from '../helpers/cluster.js';
import { startBalancer, type Balancer } from '../helpers/nginxBalancer.js';
import { remoteVideoShowing, seesAndHears } from '../helpers/pageStats.js';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';

describe('a cluster in Chromium (3 nodes, Redis, nginx round-robin in front)', function () {
	this.timeout(180_000);

	let redis: RedisServer;
	let nodes: ClusterNode[];
	let balancer: Balancer;
	let chromium: ChromiumSession;

	before(async () => {
		redis = await startRedis();
		nodes = await startCluster(redis, 3, { DEV_MODE: 'true', ROOM_EMPTY_GRACE_MS: '1000' });
		balancer = await startBalancer(nodes.map((n) => n.url));
		chromium = await launchChromium();
	});

	after(async () => {
		await chromium?.close();
		await balancer?.stop();
		await stopCluster(nodes ?? []);
		await redis?.stop();
	});

	async function open(base: string, room: string, name: string): Promise<Page> {
		const page = await chromium.context.newPage();

		await page.goto(`${base}/?room=${room}&name=${name}`);

		return page;
	}

	it('pages entering through different nodes and the balancer see and hear each other', async () => {
		const pages = [
			await open(nodes[0].url, 'everywhere', 'alice'),
			await open(nodes[2].url, 'everywhere', 'bob'),
			await open(balancer.url, 'everywhere', 'carol'),
		];

		for (const page of pages) {
			await seesAndHears(page, 2);
		}

		// Every page ended in the one room on its node, whatever it entered through.
		const owner = await ownerOf(nodes, 'everywhere');
		const { body } = await owner.admin<{ peers: { displayName: string }[] }>('/rooms/everywhere');

		assert.deepEqual(body.peers.map((p) => p.displayName).sort(), ['alice', 'bob', 'carol']);
		await Promise.all(pages.map((p) => p.close()));
	});

	it('the room’s node killed with -9: pages that entered through the balancer get media back within 15 s', async () => {
		const pages = [
			await open(balancer.url, 'failover', 'dave'),
			await open(balancer.url, 'failover', 'erin'),
		];

		for (const page of pages) {
			await remoteVideoShowing(page);
		}

		const owner = await ownerOf(nodes, 'failover');

		for (const page of pages) {
			await page.evaluate(() => {
				window.skylarkDemo!.client.once('roomMoved', () =>
					document.body.setAttribute('data-moved', 'yes')
				);
			});
		}

		const killedAt = performance.now();

		await killNode(owner);

		for (const page of pages) {
			await page.waitForSelector('body[data-moved="yes"]', { timeout: 15_000 });
			await seesAndHears(page, 1, Math.max(1000, 15_000 - (performance.now() - killedAt)));
		}

		const recoveredMs = performance.now() - killedAt;

		assert.ok(recoveredMs < 15_000, `media back after ${recoveredMs.toFixed(0)} ms`);
		process.stdout.write(
			`      Chromium: node kill -9 → both pages decode again after ${recoveredMs.toFixed(0)} ms\n`
		);

		const newOwner = await ownerOf(
			nodes.filter((n) => n !== owner),
			'failover'
		);
		const { body } = await newOwner.admin<{ peers: { displayName: string }[] }>('/rooms/failover');

		assert.notEqual(newOwner.id, owner.id);
		assert.deepEqual(body.peers.map((p) => p.displayName).sort(), ['dave', 'erin']);
	});
});
