/**
 * Several Skylark nodes, each its own process with its own ports, sharing a
 * real Redis: placement, redirects, cluster-wide admin and webhooks, and the
 * failures (a node killed, Redis lost and back empty, a node draining).
 * Clients are the real SDK on Node WebRTC peers.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SignJWT } from 'jose';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import {
	clusterView,
	killNode,
	ownerOf,
	PacketTimeline,
	startCluster,
	stopCluster,
	type ClusterNode,
} from '../helpers/cluster.js';
import { refusal } from '../helpers/clientEvents.js';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';
import { TEST_AUTH_SECRET, testToken } from '../helpers/tokens.js';
import { startWebhookReceiver } from '../helpers/webhookReceiver.js';
import { audioTrack, connectNodeClient, sendAudio, type AudioSender } from '../helpers/weriftPeer.js';
import { until, within } from '../helpers/within.js';

const WEBHOOK_SECRET = 'cluster-webhook-secret-0123456789';

describe('cluster: nodes coordinated through Redis', function () {
	this.timeout(120_000);

	let redis: RedisServer;
	let nodes: ClusterNode[] = [];
	let clients: SkylarkClient[] = [];
	let senders: AudioSender[] = [];

	async function client(node: ClusterNode, room: string): Promise<SkylarkClient> {
		const c = await connectNodeClient(node.url, room);

		clients.push(c);

		return c;
	}

	/** A publisher that keeps sending audio, across room moves. */
	async function speaker(node: ClusterNode, room: string, name: string): Promise<SkylarkClient> {
		const c = await client(node, room);

		await c.join(room, { displayName: name });
		senders.push(sendAudio(await c.publish(audioTrack())));

		return c;
	}

	beforeEach(async () => {
		redis = await startRedis();
	});

	afterEach(async () => {
		senders.forEach((s) => s.stop());
		senders = [];
		clients.forEach((c) => c.close());
		clients = [];
		await stopCluster(nodes);
		nodes = [];
		await redis.stop();
	});

	it('registers every node, places a room on one, and redirects joins that enter elsewhere', async () => {
		nodes = await startCluster(redis, 3);

		const view = await clusterView(nodes[2]);

		assert.deepEqual(view.nodes.map((n) => n.id).sort(), ['node-a', 'node-b', 'node-c']);
		assert.ok(
			view.nodes.every((n) => n.state === 'serving' && /^http:\/\/127\.0\.0\.1:\d+$/.test(n.url))
		);

		const alice = await speaker(nodes[1], 'standup', 'alice');
		const owner = await ownerOf(nodes, 'standup');

		assert.equal(alice.signaling.url, owner.url, 'alice ended on the room’s node');

		// Bob enters through a node that does not host the room: the SDK follows the redirect.
		const entry = nodes.find((n) => n !== owner)!;
		const bob = await client(entry, 'standup');
		const timeline = new PacketTimeline(bob, 'alice');

		await bob.join('standup', { displayName: 'bob' });
		assert.equal(bob.signaling.url, owner.url);
		await until(() => timeline.countSince(0) >= 20, 10_000, 'alice’s audio at bob');

		const { body } = await entry.admin<{ peers: { displayName: string }[] }>('/rooms/standup');

		assert.deepEqual(
			body.peers.map((p) => p.displayName).sort(),
			['alice', 'bob'],
			'admin request forwarded'
		);
		assert.equal((await clusterView(entry)).rooms.find((r) => r.id === 'standup')?.node, owner.id);

		// WHIP and WHEP that enter elsewhere: 307 (method and body kept) to the room's node, whose
		// session URL names it, so PATCH and DELETE reach it whatever URL the client started from.
		const offer = fs.readFileSync(
			path.join(import.meta.dirname, '..', 'whip', 'offers', 'obs-30.sdp'),
			'utf8'
		);
		const post = async (url: string, token: string) =>
			fetch(url, {
				method: 'POST',
				headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/sdp' },
				body: offer,
				redirect: 'manual',
			});

		for (const kind of ['whip', 'whep']) {
			const token = await testToken('standup', { identity: `${kind}-client` });
			const redirected = await post(`${entry.url}/${kind}/standup`, token);

			assert.equal(redirected.status, 307, `${kind}: ${await redirected.text()}`);
			assert.equal(redirected.headers.get('location'), `${owner.url}/${kind}/standup`);

			if (kind === 'whip') {
				const created = await post(redirected.headers.get('location')!, token);
				const session = created.headers.get('location') ?? '';

				assert.equal(created.status, 201);
				assert.match(session, new RegExp(`^${owner.url}/whip/standup/sessions/`));
				assert.equal((await fetch(session, { method: 'DELETE' })).status, 200);
			}
		}
	});

	it('refuses a forged, expired or misdirected ticket with TICKET_INVALID', async () => {
		nodes = await startCluster(redis, 2);

		const raw = new SignalingChannel(nodes[0].url, {
			requestTimeoutMs: 5000,
			token: await testToken('t'),
		});

		try {
			await raw.waitConnected();

			const sign = (secret: string, claims: Record<string, unknown>, expiresAt: number) =>
				new SignJWT(claims)
					.setProtectedHeader({ alg: 'HS256' })
					.setAudience('skylark-node')
					.setSubject('node-a')
					.setExpirationTime(expiresAt)
					.sign(new TextEncoder().encode(secret));
			const now = Math.floor(Date.now() / 1000);
			const join = (ticket: string) => raw.request('join', { roomId: 't', displayName: 'x', ticket });

			assert.equal(await refusal(join('garbage')), 'TICKET_INVALID');
			assert.equal(
				await refusal(
					join(
						await sign(
							'wrong-secret-wrong-secret-wrong-secret',
							{ room: 't', epoch: 1, since: 1 },
							now + 30
						)
					)
				),
				'TICKET_INVALID'
			);
			assert.equal(
				await refusal(join(await sign(TEST_AUTH_SECRET, { room: 't', epoch: 1, since: 1 }, now - 5))),
				'TICKET_INVALID'
			);
			assert.equal(
				await refusal(
					join(await sign(TEST_AUTH_SECRET, { room: 'other', epoch: 1, since: 1 }, now + 30))
				),
				'TICKET_INVALID'
			);
			assert.equal((await clusterView(nodes[0])).rooms.length, 0, 'no room was created');
		} finally {
			raw.close();
		}
	});

	it('lists every room from any node and closes one from a node that does not host it', async () => {
		nodes = await startCluster(redis, 3);

		await speaker(nodes[0], 'one', 'a');
		await speaker(nodes[1], 'two', 'b');

		const [ownerOne, ownerTwo] = [await ownerOf(nodes, 'one'), await ownerOf(nodes, 'two')];
		const outsider = nodes.find((n) => n !== ownerOne)!;
		const listed = await outsider.admin<{ rooms: { id: string; node: string }[] }>('/rooms');

		assert.deepEqual(
			listed.body.rooms.map((r) => `${r.id}@${r.node}`).sort(),
			[`one@${ownerOne.id}`, `two@${ownerTwo.id}`].sort()
		);

		const closed = clients[0];
		const roomClosed = new Promise<string>((resolve) => closed.once('roomClosed', resolve));

		assert.equal((await outsider.admin('/rooms/one', 'DELETE')).status, 204);
		assert.equal(await within(roomClosed, 5000, 'roomClosed at the client'), 'closed-by-admin');
		await until(
			async () => !(await clusterView(outsider)).rooms.some((r) => r.id === 'one'),
			5000,
			'room one gone'
		);
		assert.equal((await outsider.admin('/rooms/nowhere', 'DELETE')).status, 404);
	});

	it('a node killed with -9: its rooms’ clients rejoin through their entry URL on a new owner, with their tracks', async () => {
		const receiver = await startWebhookReceiver(WEBHOOK_SECRET);

		try {
			nodes = await startCluster(redis, 3, { WEBHOOK_URLS: receiver.url, WEBHOOK_SECRET });

			// Someone opens the room; Alice and Bob enter through the other nodes, as through a
			// load balancer: their entry URLs are their way back in.
			const opener = await client(nodes[0], 'survivor');

			await opener.join('survivor', { displayName: 'opener' });

			const owner = await ownerOf(nodes, 'survivor');
			const [entryA, entryB] = nodes.filter((n) => n !== owner);
			const alice = await speaker(entryA, 'survivor', 'alice');
			const bob = await client(entryB, 'survivor');
			const timeline = new PacketTimeline(bob, 'alice');

			await bob.join('survivor', { displayName: 'bob' });
			await until(() => timeline.countSince(0) >= 20, 10_000, 'audio before the crash');

			const moved = Promise.all(
				[alice, bob].map((c) => new Promise((resolve) => c.once('roomMoved', resolve)))
			);
			const killedAt = performance.now();

			await killNode(owner);
			await within(moved, 15_000, 'both clients moved');
			await until(() => timeline.countSince(killedAt) >= 10, 15_000, 'audio again');

			const recoveredMs = performance.now() - killedAt;
			const newOwner = await ownerOf([entryA, entryB], 'survivor');

			assert.notEqual(newOwner.id, owner.id);
			assert.equal(alice.signaling.url, newOwner.url);
			assert.equal(bob.signaling.url, newOwner.url);
			assert.ok(recoveredMs < 15_000, `media back after ${recoveredMs.toFixed(0)} ms`);
			process.stdout.write(
				`      node kill -9 → alice's audio at bob again after ${recoveredMs.toFixed(0)} ms\n`
			);

			// One room life, one room.started, however many nodes it lived on.
			await receiver.event('participant.joined', (w) => w.body.participant?.name === 'bob');
			assert.equal(receiver.received.filter((e) => e.event === 'room.started').length, 1);
		} finally {
			await receiver.close();
		}
	});

	it('Redis dies and comes back empty: media goes on, hosted rooms take joins, others wait with a retry hint', async () => {
		nodes = await startCluster(redis, 2);

		const alice = await speaker(nodes[0], 'steady', 'alice');
		const owner = await ownerOf(nodes, 'steady');
		const other = nodes.find((n) => n !== owner)!;
		const bob = await client(owner, 'steady');
		const timeline = new PacketTimeline(bob, 'alice');

		await bob.join('steady', { displayName: 'bob' });
		await until(() => timeline.countSince(0) >= 10, 10_000, 'audio before Redis dies');

		const epoch = (await clusterView(owner)).rooms.find((r) => r.id === 'steady')!.epoch;

		await redis.stop();

		const outageStart = performance.now();
		// A join to the room on the node hosting it needs no Redis.
		const carol = await client(owner, 'steady');

		await carol.join('steady', { displayName: 'carol' });

		// A join that needs a placement gets UNAVAILABLE with a retry hint, promptly.
		const dave = await client(other, 'elsewhere');
		const askedAt = performance.now();
		const error = await dave.join('elsewhere', { displayName: 'dave' }).then(
			() => assert.fail('a join needing Redis was accepted'),
			(e: { code: string; retryAfterMs?: number }) => e
		);

		assert.equal(error.code, 'UNAVAILABLE');
		assert.ok((error.retryAfterMs ?? 0) > 0, 'the error carries a retry hint');
		assert.ok(performance.now() - askedAt < 3000, 'refused promptly, not hung');

		await until(() => timeline.countSince(outageStart) >= 50, 5000, 'audio during the outage');
		assert.ok(timeline.longestGapSince(outageStart) < 500, 'media never stopped');

		await redis.restart();

		// Back, empty: the nodes register again and the owner re-asserts its room at its epoch.
		await until(
			async () => (await clusterView(other).catch(() => undefined))?.nodes.length === 2,
			10_000,
			're-registered'
		);
		await until(
			async () => (await clusterView(other)).rooms.find((r) => r.id === 'steady')?.epoch === epoch,
			10_000,
			're-asserted at the same epoch'
		);
		await dave.join('elsewhere', { displayName: 'dave' });
		assert.equal(alice.signaling.url, owner.url, 'nobody moved');
	});

	it('a draining node hands its rooms over: clients move to other nodes with a short media gap', async () => {
		nodes = await startCluster(redis, 3);

		await speaker(nodes[0], 'rolling', 'alice');

		const owner = await ownerOf(nodes, 'rolling');
		const entries = nodes.filter((n) => n !== owner);
		const bob = await client(entries[0], 'rolling');
		const timeline = new PacketTimeline(bob, 'alice');

		await bob.join('rolling', { displayName: 'bob' });
		await until(() => timeline.countSince(0) >= 20, 10_000, 'audio before the drain');

		const drainStart = performance.now();
		const moved = new Promise((resolve) => bob.once('roomMoved', resolve));

		assert.equal((await owner.admin('/node/drain', 'POST')).status, 202);
		await within(moved, 10_000, 'bob moved');

		const movedAt = performance.now();

		// Audio from alice's new producer, through the new node.
		await until(() => timeline.countSince(movedAt) >= 25, 10_000, 'audio after the move');

		const gapMs = timeline.longestGapSince(drainStart);
		const newOwner = await ownerOf(entries, 'rolling');

		assert.notEqual(newOwner.id, owner.id);
		assert.equal(bob.signaling.url, newOwner.url);
		assert.ok(gapMs < 3000, `media gap ${gapMs.toFixed(0)} ms`);
		process.stdout.write(`      drain: media gap at the moving client ${gapMs.toFixed(0)} ms\n`);
		await until(
			async () => (await owner.admin<{ rooms: number }>('/node')).body.rooms === 0,
			10_000,
			'the draining node emptied'
		);
		assert.equal((await clusterView(newOwner)).nodes.find((n) => n.id === owner.id)?.state, 'draining');
	});
});
