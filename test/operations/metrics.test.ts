import * as assert from 'node:assert/strict';
import type { RemoteTrack } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { audioTrack, connectNodeClient, receivedPackets, sendAudio } from '../helpers/weriftPeer.js';

/** The sample lines with the `node` label every series carries taken out. */
function withoutNodeLabel(text: string): string[] {
	return text.split('\n').map((line) => line.replace(/\{node="[^"]*"\}|,node="[^"]*"|node="[^"]*",/, ''));
}

/** The value of one sample in Prometheus text format (labels given exactly as printed, but `node`), or undefined. */
function sample(text: string, name: string, labels = ''): number | undefined {
	const line = withoutNodeLabel(text).find((l) => l.startsWith(`${name}${labels} `));

	return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics (Prometheus)', function () {
	this.timeout(60_000);

	let server: Skylark;

	before(async () => {
		server = await startTestServer({ NUM_WORKERS: '1' });
	});

	after(async () => {
		await server.close();
	});

	it('reports rooms, peers, tracks, workers, traffic, scores, requests and worker restarts', async () => {
		const alice = await connectNodeClient(server.url, 'metrics');
		const bob = await connectNodeClient(server.url, 'metrics');

		try {
			await alice.join('metrics', { displayName: 'alice' });
			await bob.join('metrics', { displayName: 'bob' });
			await bob.signaling.request('consume', { producerId: 'nope' }).catch(() => undefined);

			const subscribed = new Promise<RemoteTrack>((resolve) => bob.once('trackSubscribed', resolve));
			const sender = sendAudio(await alice.publish(audioTrack()));
			const track = await subscribed;
			const scored = new Promise<void>((resolve) =>
				server.rooms
					.get('metrics')!
					.peers.get(bob.peerId!)!
					.consumers.get(track.id)!
					.once('score', () => resolve())
			);

			await receivedPackets(track, 50);
			await scored;
			// The first scrape takes the baseline of each transport's counters; traffic shows from the next.
			await fetch(`${server.url}/metrics`);
			await receivedPackets(track, 25);
			sender.stop();

			const response = await fetch(`${server.url}/metrics`);
			const text = await response.text();

			assert.equal(response.status, 200);
			assert.match(response.headers.get('content-type') ?? '', /text\/plain/);
			assert.equal(sample(text, 'skylark_rooms'), 1);
			// Every series names its node, so one Prometheus can scrape a whole cluster.
			assert.ok(
				text
					.split('\n')
					.filter((l) => l.startsWith('skylark_'))
					.every((l) => l.includes(`node="${server.cluster.nodeId}"`)),
				'a series without the node label'
			);
			assert.equal(sample(text, 'skylark_peers', '{role="participant"}'), 2);
			assert.equal(sample(text, 'skylark_producers', '{kind="audio"}'), 1);
			assert.equal(sample(text, 'skylark_consumers', '{kind="audio"}'), 1);
			assert.equal(sample(text, 'skylark_consumers', '{kind="video"}'), 0);
			assert.equal(sample(text, 'skylark_pipes'), 0);
			assert.equal(sample(text, 'skylark_signaling_connections'), 2);
			assert.equal(sample(text, 'skylark_worker_up', '{worker="0"}'), 1);
			assert.ok(sample(text, 'skylark_worker_rss_bytes', '{worker="0"}')! > 1_000_000);
			assert.ok(sample(text, 'skylark_worker_cpu_ratio', '{worker="0"}')! >= 0);
			assert.equal(sample(text, 'skylark_signaling_requests_total', '{method="join",code="OK"}'), 2);
			assert.equal(
				sample(text, 'skylark_signaling_requests_total', '{method="consume",code="NOT_FOUND"}'),
				1
			);
			assert.equal(sample(text, 'skylark_join_duration_seconds_count'), 2);
			assert.ok(
				sample(text, 'skylark_signaling_request_duration_seconds_count', '{method="produce"}')! >= 1
			);
			assert.ok(sample(text, 'skylark_rtp_score_count', '{kind="audio"}')! >= 1);
			assert.ok(sample(text, 'skylark_transport_bytes_total', '{direction="in"}')! > 1000);
			assert.ok(sample(text, 'skylark_transport_bytes_total', '{direction="out"}')! > 1000);
			assert.ok(sample(text, 'skylark_rtp_packets_total', '{direction="in"}')! >= 20);
			assert.ok(sample(text, 'skylark_rtp_packets_total', '{direction="out"}')! >= 20);
			assert.equal(sample(text, 'skylark_worker_restarts_total'), 0);
			assert.ok(sample(text, 'skylark_process_resident_memory_bytes')! > 0);

			const replaced = new Promise<void>((resolve) =>
				server.pool.once('workerreplaced', () => resolve())
			);

			process.kill(server.pool.workers[0].worker.pid, 'SIGKILL');
			await replaced;
			assert.equal(
				sample(await (await fetch(`${server.url}/metrics`)).text(), 'skylark_worker_restarts_total'),
				1
			);
		} finally {
			alice.close();
			bob.close();
		}
	});
});
