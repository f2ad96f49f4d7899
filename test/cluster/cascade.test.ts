/**
 * The webinar cascade over real nodes: three Skylark processes (one worker
 * each) and a real Redis. Publishers are on the room's origin; viewers that
 * enter through other nodes are served there (edges), fed by SRTP pipes
 * between the nodes that open only for what someone watches. Clients are the
 * real SDK on Node WebRTC peers; the origin's death, with media decoded
 * again in Chromium, is in test/browser/cascade.test.ts (a Node peer cannot
 * take a new track into the place of a closed one, as the SDK then asks).
 */
import * as assert from 'node:assert/strict';
import * as werift from 'werift';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import {
	clusterView,
	killNode,
	ownerOf,
	PacketTimeline,
	startCluster,
	stopCluster,
	type ClusterNode,
} from '../helpers/cluster.js';
import { startBalancer, type Balancer } from '../helpers/nginxBalancer.js';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';
import { testToken } from '../helpers/tokens.js';
import {
	audioTrack,
	connectNodeClient,
	sendAudio,
	sendVideo,
	videoTrack,
	type AudioSender,
} from '../helpers/weriftPeer.js';
import { until } from '../helpers/within.js';

/** One series of a node's /metrics, by its labels. */
async function metric(node: ClusterNode, name: string, direction: string): Promise<number> {
	const text = await (await fetch(`${node.url}/metrics`)).text();
	const line = text.split('\n').find((l) => l.startsWith(`${name}{direction="${direction}"`));

	return Number(line?.split(' ').pop() ?? NaN);
}

/** The node serving a room's only edge, from GET /cluster. */
async function edgeOf(nodes: ClusterNode[], origin: ClusterNode): Promise<ClusterNode> {
	const view = await until(
		async () => (await clusterView(origin)).cascade.find((r) => r.edges.length > 0),
		10_000,
		'an edge in GET /cluster'
	);

	return nodes.find((n) => n.id === view.edges[0].node)!;
}

const pipesOut = (node: ClusterNode) => metric(node, 'skylark_cascade_pipes', 'out');
const pipesIn = (node: ClusterNode) => metric(node, 'skylark_cascade_pipes', 'in');

describe('webinar cascade: one room over several nodes', function () {
	this.timeout(120_000);

	let redis: RedisServer;
	let nodes: ClusterNode[] = [];
	let clients: SkylarkClient[] = [];
	let senders: AudioSender[] = [];
	let balancer: Balancer | undefined;

	async function presenter(entry: ClusterNode, room: string, withVideo = false): Promise<SkylarkClient> {
		const c = await connectNodeClient(entry.url, room);

		clients.push(c);
		await c.join(room, { displayName: 'presenter' });
		senders.push(sendAudio(await c.publish(audioTrack())));

		if (withVideo) {
			senders.push(sendVideo(await c.publish(videoTrack())));
		}

		return c;
	}

	/** A viewer: its token may not publish, so it is placed as one. */
	async function viewer(
		entry: { url: string },
		room: string,
		name: string,
		options: { autoSubscribe?: boolean } = {}
	): Promise<SkylarkClient> {
		const token = await testToken(room, {
			identity: name,
			grants: { canPublish: false, canPublishData: false },
		});
		const c = await connectNodeClient(entry.url, room, { token, ...options });

		clients.push(c);
		await c.join(room, { displayName: name, role: 'viewer' });

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
		await balancer?.stop();
		balancer = undefined;
		await stopCluster(nodes);
		nodes = [];
		await redis.stop();
	});

	it('serves viewers on the nodes they entered through, piping each watched producer once per edge', async () => {
		nodes = await startCluster(redis, 3, { ORIGIN_MAX_VIEWERS: '1', PIPE_LINGER_MS: '300' });

		const host = await presenter(nodes[0], 'webinar', true);
		const origin = await ownerOf(nodes, 'webinar');
		const [edgeB, edgeC] = nodes.filter((n) => n !== origin);

		assert.equal(host.signaling.url, origin.url);

		// The first viewer fits on the origin (ORIGIN_MAX_VIEWERS=1); the next ones stay where they entered.
		const first = await viewer(edgeB, 'webinar', 'v-origin');

		assert.equal(first.signaling.url, origin.url, 'the first viewer is on the origin');

		const onB = [await viewer(edgeB, 'webinar', 'b1'), await viewer(edgeB, 'webinar', 'b2')];
		// C's viewer subscribes to the audio only: the video must not cross to C.
		const onC = await viewer(edgeC, 'webinar', 'c1', { autoSubscribe: false });

		onB.forEach((v) => assert.equal(v.signaling.url, edgeB.url, 'a viewer stays on its entry node'));
		assert.equal(onC.signaling.url, edgeC.url);

		const presenterPeer = [...onC.peers.values()].find((p) => p.displayName === 'presenter');

		assert.ok(presenterPeer, 'the edge viewer sees the presenter');
		assert.equal(presenterPeer.tracks.size, 2, 'with both tracks');

		const audio = [...presenterPeer.tracks.values()].find((t) => t.kind === 'audio')!;

		await onC.subscribe(presenterPeer.id, audio.producerId);

		const timelines = [first, ...onB, onC].map((v) => new PacketTimeline(v, 'presenter'));

		await until(
			() => timelines.every((t) => t.countSince(0) >= 25),
			10_000,
			'the presenter’s audio at every viewer'
		);

		// B: audio, video and chat, shared by its two viewers; C: audio and chat, not the video it
		// did not subscribe to; the origin sends five.
		await until(async () => (await pipesIn(edgeB)) === 3, 5000, 'three pipes into B');
		assert.equal(await pipesIn(edgeC), 2, 'only subscribed producers are piped to C');
		assert.equal(await pipesOut(origin), 5);
		assert.ok((await metric(edgeB, 'skylark_cascade_pipe_bytes', 'in')) > 1000, 'media bytes crossed');

		const view = await until(
			async () =>
				(await clusterView(origin)).cascade?.find(
					(r) => r.room === 'webinar' && r.edges.length === 2
				),
			10_000,
			'the cascade in GET /cluster'
		);

		assert.equal(view.origin, origin.id);
		assert.deepEqual(view.viewers, { [origin.id]: 1, [edgeB.id]: 2, [edgeC.id]: 1 });

		// Chat crosses too: the presenter's message reaches an edge viewer.
		const message = new Promise<string>((resolve) => onB[0].once('data', (m) => resolve(String(m.data))));

		await host.sendData('hello edges');
		assert.equal(await message, 'hello edges');

		// The last viewer on C leaves: after the linger, C's pipe and the origin's end of it close.
		await onC.leave();
		await until(async () => (await pipesIn(edgeC)) === 0, 5000, 'C’s pipe closed');
		await until(async () => (await pipesOut(origin)) === 3, 5000, 'the origin freed C’s pipe');
	});

	it('an edge killed with -9: the origin frees its pipes, and the viewer comes back on another node', async () => {
		nodes = await startCluster(redis, 3, { ORIGIN_MAX_VIEWERS: '0' });
		balancer = await startBalancer(nodes.map((n) => n.url));
		await presenter(nodes[0], 'edge-loss');

		const origin = await ownerOf(nodes, 'edge-loss');
		// Through the balancer, as an audience would come: its SDK rejoins through it.
		const watcher = await viewer(balancer, 'edge-loss', 'watcher');
		const timeline = new PacketTimeline(watcher, 'presenter');
		const edge = nodes.find((n) => n.url === watcher.signaling.url) ?? (await edgeOf(nodes, origin));

		assert.notEqual(edge, origin, 'the viewer is on an edge');
		await until(() => timeline.countSince(0) >= 25, 10_000, 'audio at the viewer');
		assert.ok((await pipesOut(origin)) > 0);

		const killedAt = performance.now();

		await killNode(edge);
		await until(
			async () => (await pipesOut(origin)) === 0,
			10_000,
			'the origin freed the dead edge’s pipes'
		);
		await until(() => timeline.countSince(killedAt) >= 25, 30_000, 'audio back at the viewer');
		process.stdout.write(
			`      edge kill -9 → the viewer hears the presenter again after ${Math.round(timeline.arrivals.find((t) => t > killedAt)! - killedAt)} ms, on another node\n`
		);
	});

	it('a keyframe-request storm from every edge reaches the publisher as one request per window', async () => {
		nodes = await startCluster(redis, 3, { ORIGIN_MAX_VIEWERS: '0' });

		const host = await presenter(nodes[0], 'storm', true);
		const origin = await ownerOf(nodes, 'storm');
		const video = [...host.publications.values()].find((p) => p.kind === 'video')!;
		const plis: number[] = [];

		// Count the picture-loss indications that reach the publisher's sender.
		const sender = video.producer.rtpSender as unknown as werift.RTCRtpSender;

		sender.onRtcp.subscribe((packet) => {
			if (packet instanceof werift.RtcpPayloadSpecificFeedback && packet.feedback.count === 1) {
				plis.push(performance.now());
			}
		});

		const edges = nodes.filter((n) => n !== origin);
		const start = performance.now();
		// Six viewers over two edges, all at once: each resumed consumer asks for a keyframe.
		const viewers = await Promise.all(
			[0, 1, 2].flatMap((i) => edges.map((edge, e) => viewer(edge, 'storm', `s${e}${i}`)))
		);

		// Subscribed is not yet connected (a one-round-trip join makes the tracks first): the storm is
		// over once every viewer receives video, each after its keyframe request went up.
		await until(
			async () => {
				const stats = await Promise.all(viewers.map((v) => v.getStats()));

				return stats.every((tracks) =>
					tracks.some((t) => t.kind === 'video' && t.packetsReceived > 0)
				);
			},
			10_000,
			'every viewer receiving the video'
		);

		const elapsed = performance.now() - start + 1000;
		const windows = Math.ceil(elapsed / 340);

		process.stdout.write(
			`      ${viewers.length} viewers on ${edges.length} edges → ${plis.length} PLIs at the publisher in ${Math.round(elapsed)} ms\n`
		);
		assert.ok(plis.length >= 1, 'the publisher was asked for a keyframe');
		assert.ok(plis.length < viewers.length, `${plis.length} PLIs for ${viewers.length} viewers`);
		plis.slice(1).forEach((t, i) =>
			assert.ok(
				t - plis[i] >= 300,
				`two PLIs ${Math.round(t - plis[i])} ms apart (windows: ${windows})`
			)
		);
	});
});
