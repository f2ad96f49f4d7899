import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as recordFor } from 'node:timers/promises';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { flashesAndBeeps, probe, startPatternSender } from '../helpers/mediaFiles.js';
import { ingestFlowing } from '../helpers/ingestFlow.js';
import { startTestServer } from '../helpers/server.js';
import { startWebhookReceiver } from '../helpers/webhookReceiver.js';
import { until } from '../helpers/within.js';

const KEY = 'recording-admin-key-0123';
const SECRET = 'recording-webhook-secret';

interface FileView {
	path: string;
	state: string;
	error: string | null;
	durationSeconds: number;
	sizeBytes: number;
	recorderPid: number | null;
}

/**
 * Whether the recorder has written to `file`. FFmpeg writes the header only
 * once every stream has sent its first packet: a file with data lists them all.
 * It buffers its output, though: the first write comes after 256 KiB, some
 * 17 s of the test pattern, hence the long deadlines below.
 */
function hasData(file: string): boolean {
	return fs.existsSync(file) && fs.statSync(file).size > 0;
}

interface RecordingView {
	id: string;
	state: string;
	error: string | null;
	path: string;
	durationSeconds: number;
	files: FileView[];
}

interface IngestView {
	peerId: string;
	tracks: { kind: string; producerId: string }[];
	ffmpegOutputArgs: string[];
}

describe('recording (FFmpeg and GStreamer from Debian)', function () {
	this.timeout(120_000);

	let server: Skylark;
	let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
	let api: ReturnType<typeof adminClient>;
	let dir: string;
	const senders: ReturnType<typeof startPatternSender>[] = [];

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-recordings-'));
		hooks = await startWebhookReceiver(SECRET);
		server = await startTestServer({
			ADMIN_API_KEY: KEY,
			RECORDING_DIR: dir,
			WEBHOOK_URLS: hooks.url,
			WEBHOOK_SECRET: SECRET,
		});
		api = adminClient(server.url, KEY);
	});

	// Each test's FFmpeg senders stop with it: on two cores, a pile of real-time encoders starves the rest.
	afterEach(async () => {
		await Promise.all(senders.splice(0).map((s) => s.stop()));
	});

	after(async () => {
		await server?.close();
		await hooks?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	/** An FFmpeg test pattern (flash + beep every second) pushed into `room` through the ingest API. */
	async function ingest(
		room: string,
		video = 'vp8',
		extra: Record<string, unknown> = {}
	): Promise<IngestView> {
		const res = await api<IngestView>(`/rooms/${room}/ingest`, 'POST', {
			name: `pattern-${video}`,
			audio: 'opus',
			video,
			...extra,
		});

		assert.equal(res.status, 201, JSON.stringify(res.body));
		senders.push(startPatternSender(res.body));
		await ingestFlowing(server, room, res.body.peerId, `pattern-${video}`);

		return res.body;
	}

	async function record(room: string, body: Record<string, unknown>, seconds: number) {
		const started = await api<RecordingView>(`/rooms/${room}/recordings`, 'POST', body);

		assert.equal(started.status, 201, JSON.stringify(started.body));
		assert.equal(started.body.state, 'recording');

		const t0 = Date.now();

		await recordFor(seconds * 1000);

		const stopped = await api<RecordingView>(`/rooms/${room}/recordings/${started.body.id}`, 'DELETE');

		assert.equal(stopped.status, 200);
		assert.equal(stopped.body.state, 'finished', stopped.body.error ?? '');

		return { recording: stopped.body, elapsed: (Date.now() - t0) / 1000 };
	}

	it('records an ingested VP8 + Opus participant to WebM, in sync, for as long as asked', async () => {
		const source = await ingest('rec-sync');
		const { recording, elapsed } = await record('rec-sync', { peerId: source.peerId }, 8);
		const [file] = recording.files;
		const probed = await probe(file!.path);

		assert.match(probed.format.format_name, /webm/);
		assert.deepEqual(probed.streams.map((s) => s.codec_name).sort(), ['opus', 'vp8']);

		const duration = Number(probed.format.duration);

		assert.ok(
			Math.abs(duration - elapsed) / elapsed < 0.05,
			`file lasts ${duration} s, recorded for ${elapsed} s`
		);

		// The first second is skipped: sync comes from RTCP sender reports, which take a moment to arrive.
		const { flashes, beeps } = await flashesAndBeeps(file!.path);
		const offsets = flashes
			.filter((t) => t > 1.5)
			.map((flash) => Math.min(...beeps.map((beep) => Math.abs(beep - flash))));

		process.stdout.write(
			`      ${elapsed.toFixed(2)} s recorded → ${duration.toFixed(2)} s file; ` +
				`flash/beep offsets (ms): ${offsets.map((o) => Math.round(o * 1000)).join(', ')}\n`
		);
		assert.ok(offsets.length >= 5, `found ${offsets.length} flashes`);
		assert.ok(
			Math.max(...offsets) < 0.1,
			`flash/beep offsets ${offsets.map((o) => o.toFixed(3)).join(', ')} s`
		);
		assert.ok(file!.sizeBytes > 10_000);

		const started = await hooks.event('recording.started', (w) => w.body.recording?.id === recording.id);
		const finished = await hooks.event(
			'recording.finished',
			(w) => w.body.recording?.id === recording.id
		);

		assert.ok(started.signatureValid && finished.signatureValid);
		assert.equal(finished.body.recording!.state, 'finished');
	});

	it('records a whole room: a file per participant, including one who starts publishing later', async () => {
		await ingest('rec-room');

		const started = await api<RecordingView>('/rooms/rec-room/recordings', 'POST', {});

		assert.equal(started.status, 201);
		assert.equal(started.body.files.length, 1);

		const late = await ingest('rec-room', 'vp8', { name: 'latecomer' });

		await hooks.event('participant.joined', (w) => w.body.participant?.name === 'latecomer');

		// Recording until the latecomer's file, too, has media in it.
		const view = await until(
			async () => {
				const { body } = await api<RecordingView>(`/rooms/rec-room/recordings/${started.body.id}`);

				return body.files.length === 2 && body.files.every((f) => hasData(f.path)) ? body : undefined;
			},
			45_000,
			'both files of the room recording holding media'
		);

		assert.deepEqual(
			view.files.map((f) => f.state),
			['recording', 'recording']
		);

		const stopped = await api<RecordingView>(`/rooms/rec-room/recordings/${started.body.id}`, 'DELETE');
		const files = stopped.body.files;

		assert.equal(stopped.body.state, 'finished', stopped.body.error ?? '');
		assert.equal(files.length, 2);
		assert.ok(files.some((f) => f.path.includes(`latecomer-${late.peerId.slice(0, 8)}`)));

		for (const file of files) {
			assert.deepEqual((await probe(file.path)).streams.map((s) => s.codec_name).sort(), [
				'opus',
				'vp8',
			]);
		}
	});

	it('copies H264 into Matroska, and transcodes to VP8 at the size asked for', async () => {
		const source = await ingest('rec-h264', 'h264');
		const copied = await record('rec-h264', { peerId: source.peerId }, 3);

		assert.match(copied.recording.files[0]!.path, /\.mkv$/);
		assert.deepEqual(
			(await probe(copied.recording.files[0]!.path)).streams.map((s) => s.codec_name).sort(),
			['h264', 'opus']
		);

		const transcoded = await record(
			'rec-h264',
			{ peerId: source.peerId, video: 'transcode', videoHeight: 120 },
			3
		);
		const streams = (await probe(transcoded.recording.files[0]!.path)).streams;

		assert.deepEqual(
			streams.find((s) => s.codec_type === 'video'),
			{
				...streams.find((s) => s.codec_type === 'video'),
				codec_name: 'vp8',
				height: 120,
			}
		);
	});

	it('records with GStreamer when asked', async () => {
		const source = await ingest('rec-gst');
		const { recording } = await record('rec-gst', { peerId: source.peerId, engine: 'gstreamer' }, 4);
		const probed = await probe(recording.files[0]!.path);

		assert.match(recording.files[0]!.path, /\.webm$/);
		assert.deepEqual(probed.streams.map((s) => s.codec_name).sort(), ['opus', 'vp8']);
		assert.ok(Number(probed.format.duration) > 2.5, `lasts ${probed.format.duration} s`);
	});

	it('answers 404 for what does not exist, 409 for a second recording of the same target, 400 for bad bodies', async () => {
		const source = await ingest('rec-bad');

		assert.equal((await api('/rooms/nowhere/recordings', 'POST', {})).status, 404);
		assert.match(
			(await api<{ error: string }>('/rooms/rec-bad/recordings', 'POST', { peerId: 'ghost' })).body
				.error,
			/peer ghost not found/
		);
		assert.equal((await api('/rooms/rec-bad/recordings', 'POST', { producerIds: ['nope'] })).status, 404);
		assert.equal((await api('/rooms/rec-bad/recordings', 'POST', { engine: 'vlc' })).status, 400);
		assert.equal((await api('/rooms/rec-bad/recordings/unknown', 'DELETE')).status, 404);

		const first = await api<RecordingView>('/rooms/rec-bad/recordings', 'POST', {
			peerId: source.peerId,
		});

		assert.equal(first.status, 201);

		const second = await api<{ error: string }>('/rooms/rec-bad/recordings', 'POST', {
			peerId: source.peerId,
		});

		assert.equal(second.status, 409);
		assert.match(second.body.error, /already being recorded/);

		const list = await api<{ recordings: RecordingView[] }>('/rooms/rec-bad/recordings');

		assert.deepEqual(
			list.body.recordings.map((r) => [r.id, r.state]),
			[[first.body.id, 'recording']]
		);
		assert.equal((await api(`/rooms/rec-bad/recordings/${first.body.id}`, 'DELETE')).status, 200);
	});

	it('fails a recording whose directory cannot be written, or whose disk fills up, and the room carries on', async () => {
		const source = await ingest('rec-full');

		// A file where the room's directory should be: nothing can be created under it.
		fs.writeFileSync(path.join(dir, 'rec-blocked'), 'not a directory');
		await ingest('rec-blocked');

		const blocked = await api<{ error: string }>('/rooms/rec-blocked/recordings', 'POST', {});

		assert.equal(blocked.status, 500);
		assert.match(blocked.body.error, /cannot write recordings to .*rec-blocked.*(ENOTDIR|EEXIST)/);

		// A 16 KiB file system: the recorder runs out of space once FFmpeg writes its first clusters.
		const full = path.join(dir, 'rec-full');

		fs.mkdirSync(full);
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', full]);

		try {
			const started = await api<RecordingView>('/rooms/rec-full/recordings', 'POST', {
				peerId: source.peerId,
			});

			assert.equal(started.status, 201, JSON.stringify(started.body));

			const failed = await hooks.event(
				'recording.failed',
				(w) => w.body.recording?.id === started.body.id,
				60_000
			);

			assert.match(failed.body.error!, /No space left on device/);
			assert.equal(
				server.rooms.get('rec-full')!.peers.size,
				1,
				'the room and its participant carry on'
			);
			await hooks.event('recording.finished', (w) => w.body.recording?.id === started.body.id);
		} finally {
			execFileSync('umount', ['--lazy', full]);
		}
	});

	it('reports a recorder that dies, and stops recordings when their room closes', async () => {
		const source = await ingest('rec-die');
		const started = await api<RecordingView>('/rooms/rec-die/recordings', 'POST', {
			peerId: source.peerId,
		});

		process.kill(started.body.files[0]!.recorderPid!, 'SIGKILL');

		const failed = await hooks.event('recording.failed', (w) => w.body.recording?.id === started.body.id);

		assert.match(failed.body.error!, /killed by SIGKILL/);
		assert.ok(server.rooms.get('rec-die'), 'the room carries on');

		// A new recording of the same participant works, and ends with the room.
		const again = await api<RecordingView>('/rooms/rec-die/recordings', 'POST', {
			peerId: source.peerId,
		});

		assert.equal(again.status, 201);
		// The room closes once the file holds media, so that there is something to finalise.
		await until(() => hasData(again.body.files[0]!.path), 45_000, 'media in the new recording');
		assert.equal((await api('/rooms/rec-die', 'DELETE')).status, 204);

		const finished = await hooks.event(
			'recording.finished',
			(w) => w.body.recording?.id === again.body.id
		);

		assert.equal(finished.body.recording!.state, 'finished', finished.body.recording!.error ?? '');
		assert.ok((await probe(again.body.files[0]!.path)).streams.length === 2, 'the file was finalised');
	});

	it("finalises a participant's file when their worker dies, and the ingest that lived there leaves", async () => {
		await ingest('rec-crash');

		const started = await api<RecordingView>('/rooms/rec-crash/recordings', 'POST', {});
		const room = server.rooms.get('rec-crash')!;

		// The worker dies once the file holds media, so that there is something to finalise.
		await until(() => hasData(started.body.files[0]!.path), 45_000, 'media in the recording');
		process.kill(room.routers.home.worker.worker.pid, 'SIGKILL');

		const left = await hooks.event(
			'participant.left',
			(w) => w.body.room?.id === 'rec-crash' && w.body.reason === 'ingest-lost'
		);

		assert.equal(left.body.participant?.name, 'pattern-vp8');

		// The file ends by itself (its tracks are gone) while the room recording goes on.
		const view = await until(
			async () => {
				const { body } = await api<RecordingView>(`/rooms/rec-crash/recordings/${started.body.id}`);

				return body.files[0]!.state === 'finished' ? body : undefined;
			},
			10_000,
			'the file finished'
		);

		assert.equal(view.state, 'recording');
		assert.deepEqual((await probe(view.files[0]!.path)).streams.map((s) => s.codec_name).sort(), [
			'opus',
			'vp8',
		]);
		await api(`/rooms/rec-crash/recordings/${started.body.id}`, 'DELETE');
	});
});
