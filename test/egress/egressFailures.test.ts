import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { colorAndTone, probe } from '../helpers/mediaFiles.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { egressBed, egressUntil, ingest, type EgressBed, type EgressView } from './egressHelpers.js';

const KEY = 'egress-failures-key-0123';
const SECRET = 'egress-failures-secret-0';

interface EgressHook {
	egress?: EgressView;
	reason?: string;
}

describe('live egress: following the room, failures and shutdown', function () {
	this.timeout(90_000);

	const bed = egressBed(KEY, SECRET, {
		EGRESS_RESOLUTION: '640x360',
		EGRESS_FPS: '15',
		EGRESS_RTMP_RETRIES: '2',
	});
	let server: Skylark;
	let hooks: EgressBed['hooks'];
	let api: EgressBed['api'];
	let dir: string;
	const { stops } = bed;
	const join = (room: string, name: string, color = 'gray', video = 'vp8') =>
		bed.join(room, name, { video, inputs: colorAndTone(color) });
	const startEgress = bed.startEgress.bind(bed);

	before(() => ({ server, hooks, api, dir } = bed));

	const hookOf = (name: string, id: string, match: (body: EgressHook) => boolean = () => true) =>
		hooks.event(name, (w) => {
			const body = w.body as EgressHook;

			return body.egress?.id === id && match(body);
		});

	it('retries an RTMP endpoint that refuses, with backoff, then fails with the reason (webhooks on the way)', async () => {
		await join('refused', 'alice');

		const closedPort = await freePortRange(1);
		const started = await startEgress('refused', {
			kind: 'rtmp',
			url: `rtmp://127.0.0.1:${closedPort}/live/key`,
		});
		const t0 = Date.now();
		const ended = await hookOf('egress.ended', started.id);
		const body = ended.body as EgressHook;

		assert.ok(ended.signatureValid);
		assert.equal(body.egress!.state, 'failed');
		assert.equal(body.egress!.outputs[0]!.attempts, 3, 'the first try and two retries');
		assert.match(body.egress!.error!, /rtmp: .*Connection refused/);
		// Waits of 1 s, then 2 s, between the three tries.
		assert.ok(Date.now() - t0 >= 2900, `gave up after ${Date.now() - t0} ms`);
		await hookOf('egress.started', started.id);
		await hookOf('egress.updated', started.id, (b) => b.egress!.outputs[0]!.state === 'retrying');
		assert.equal(server.rooms.get('refused')!.peers.size, 1, 'the room carries on');
	});

	it('fails when its encoder dies, and the room and its media carry on', async () => {
		const alice = await join('crash', 'alice');
		const started = await startEgress('crash', { kind: 'file', format: 'mkv' });

		process.kill(started.encoderPid!, 'SIGKILL');

		const ended = (await hookOf('egress.ended', started.id)).body as EgressHook;

		assert.equal(ended.egress!.state, 'failed');
		assert.match(ended.egress!.error!, /the encoder stopped \(killed by SIGKILL/);

		const producer = [...server.rooms.get('crash')!.peers.get(alice.peerId)!.producers.values()][0]!;
		const before = (await producer.getStats())[0]!.byteCount;

		await until(
			async () => (await producer.getStats())[0]!.byteCount > before,
			5000,
			'media still flowing'
		);
	});

	it('fails a file egress whose disk fills up, saying so', async () => {
		await join('full', 'alice', 'red');

		// A 16 KiB file system where the room's composed files go: FFmpeg runs out of space within a second or two.
		const full = path.join(dir, 'recordings', 'full');

		fs.mkdirSync(full, { recursive: true });
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', full]);

		try {
			const started = await startEgress('full', { kind: 'file', format: 'mkv' });
			const ended = (await hookOf('egress.ended', started.id)).body as EgressHook;

			assert.equal(ended.egress!.state, 'failed');
			assert.match(ended.egress!.error!, /file: .*No space left on device/);
			assert.equal(server.rooms.get('full')!.peers.size, 1, 'the room carries on');
		} finally {
			execFileSync('umount', ['--lazy', full]);
		}
	});

	it('follows the active speaker within 2 s in the speaker layout', async () => {
		const alice = await join('talk', 'alice', 'red');
		const bob = await join('talk', 'bob', 'blue');
		const started = await startEgress('talk', { kind: 'file', layout: 'speaker' });
		const big = (v: EgressView) => v.tiles.find((t) => t.y === 0);

		await egressUntil(
			api,
			'talk',
			started.id,
			(v) => v.tiles.length === 2 && v.tiles.every((t) => t.showing),
			'two tiles showing'
		);

		for (const speaker of [bob.peerId, alice.peerId]) {
			const t0 = Date.now();

			server.rooms.observer.safeEmit('activespeaker', server.rooms.get('talk')!, speaker);

			const view = await egressUntil(
				api,
				'talk',
				started.id,
				(v) => big(v)?.peerId === speaker && v.tiles.every((t) => t.showing),
				'the speaker large and showing',
				5000
			);

			assert.ok(Date.now() - t0 < 2000, `layout followed in ${Date.now() - t0} ms`);
			assert.equal(big(view)!.width, 640);
		}

		assert.equal((await api(`/rooms/talk/egress/${started.id}`, 'DELETE')).status, 200);
	});

	it('copies one participant’s H.264 without re-encoding (track egress), and refuses VP8 saying what to use', async () => {
		const h264 = await join('track', 'camera', 'green', 'h264');
		const vp8 = await join('track', 'webcam', 'green', 'vp8');
		const refused = await api<{ error: string }>('/rooms/track/egress', 'POST', {
			type: 'track',
			peerId: vp8.peerId,
			kind: 'rtmp',
			url: 'rtmp://127.0.0.1/live/x',
		});

		assert.equal(refused.status, 400);
		assert.match(refused.body.error, /H\.264 only.*recordings/);

		const started = await startEgress('track', {
			type: 'track',
			peerId: h264.peerId,
			kind: 'file',
			format: 'mp4',
		});

		await egressUntil(api, 'track', started.id, (v) => v.outputs[0]!.bytes > 50_000, 'the copy flowing');

		const stopped = await api<EgressView>(`/rooms/track/egress/${started.id}`, 'DELETE');
		const probed = await probe(stopped.body.outputs[0]!.target);

		assert.deepEqual(probed.streams.map((s) => s.codec_name).sort(), ['aac', 'h264']);
		assert.equal(
			probed.streams.find((s) => s.codec_type === 'video')!.height,
			240,
			'the source size: not re-encoded'
		);
	});

	it('answers 404 for what does not exist and 400 for bad requests', async () => {
		await join('bad', 'alice');

		assert.equal((await api('/rooms/nowhere/egress', 'POST', { kind: 'hls' })).status, 404);
		assert.equal((await api('/rooms/bad/egress/unknown', 'DELETE')).status, 404);

		for (const body of [
			{},
			{ kind: 'rtmp' },
			{ kind: 'rtmp', url: 'http://example.com/x' },
			{ kind: 'file', format: 'avi' },
			{ kind: 'hls', resolution: '641x360' },
			{ kind: 'hls', layout: 'mosaic' },
			{ kind: 'hls', outputs: [{ kind: 'hls' }] },
			{ type: 'track', kind: 'file' },
		]) {
			const res = await api<{ error: string }>('/rooms/bad/egress', 'POST', body);

			assert.equal(res.status, 400, `${JSON.stringify(body)} → ${JSON.stringify(res.body)}`);
		}

		assert.equal((await api('/rooms/bad/egress', 'POST', { kind: 'file', peerId: 'ghost' })).status, 404);
		assert.deepEqual((await api<{ egresses: unknown[] }>('/rooms/bad/egress')).body.egresses, []);
	});

	// Last on the shared node: the root hooks close the replacement worker this test makes.
	it('picks participants up again after their worker dies and they publish again', async () => {
		await join('phoenix', 'alice');

		const started = await startEgress('phoenix', { kind: 'file' });
		const room = server.rooms.get('phoenix')!;

		await egressUntil(api, 'phoenix', started.id, (v) => v.tiles[0]?.showing === true, 'alice showing');
		process.kill(room.routers.home.worker.worker.pid, 'SIGKILL');
		await hooks.event(
			'participant.left',
			(w) => w.body.room?.id === 'phoenix' && w.body.reason === 'ingest-lost'
		);
		// The room moves to the replacement worker; clients are told to publish again once it has.
		await until(() => !room.routers.home.router.closed, 10_000, 'the room on a live worker');

		// The ingest publishes again (a browser would, on mediaReset): the composite shows it.
		const again = await join('phoenix', 'alice-again');
		const view = await egressUntil(
			api,
			'phoenix',
			started.id,
			(v) => v.tiles.length === 1 && v.tiles[0]!.peerId === again.peerId && v.tiles[0]!.showing,
			'the re-published participant showing'
		);

		assert.equal(view.state, 'active');
		assert.equal((await api(`/rooms/phoenix/egress/${started.id}`, 'DELETE')).body.state, 'ended');
		// The shared node's rooms live on that replacement worker: closed now, they do not try to
		// recover (and log that they cannot) when the root hooks close it.
		server.rooms.closeAll('test-done');
	});

	it('finalises every egress when the node shuts down', async () => {
		const node = await startTestServer({
			ADMIN_API_KEY: KEY,
			RECORDING_DIR: path.join(dir, 'shutdown'),
			EGRESS_HLS_DIR: path.join(dir, 'shutdown-hls'),
			EGRESS_RESOLUTION: '320x180',
		});
		const nodeApi = adminClient(node.url, KEY);

		try {
			const { sender } = await ingest(node, nodeApi, 'closing', {
				name: 'alice',
				inputs: colorAndTone('red'),
			});

			stops.push(() => sender.stop());

			const started = (
				await nodeApi<EgressView>('/rooms/closing/egress', 'POST', {
					outputs: [{ kind: 'file', format: 'mp4' }, { kind: 'hls' }],
				})
			).body;

			await egressUntil(nodeApi, 'closing', started.id, (v) => v.tiles[0]?.showing === true, 'showing');
			await node.close();

			const probed = await probe(started.outputs[0]!.target);
			const playlist = fs.readFileSync(path.join(started.outputs[1]!.target, 'index.m3u8'), 'utf8');

			assert.deepEqual(probed.streams.map((s) => s.codec_name).sort(), ['aac', 'h264']);
			assert.ok(Number(probed.format.duration) > 0.5, `the file lasts ${probed.format.duration} s`);
			assert.match(playlist, /#EXT-X-ENDLIST/);
		} finally {
			await node.close();
		}
	});
});
