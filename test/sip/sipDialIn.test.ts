import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { Baresip } from '../helpers/baresip.js';
import { audioLevel, type Sender } from '../helpers/mediaFiles.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { roomHears, writeTone, startToneIngest } from './sipHelpers.js';

const KEY = 'sip-admin-key-0123456789';
const ROOM = 'sip-room';
const PIN_ROOM = 'sip-pin-room';

interface RoomView {
	peers: { id: string; displayName: string; identity: string; producers: { kind: string }[] }[];
}

describe('SIP dial-in (Debian baresip calls a room)', function () {
	this.timeout(90_000);

	let server: Skylark;
	let api: ReturnType<typeof adminClient>;
	let sender: Sender;
	let dir: string;
	let sipPort: number;
	let tone: string;
	let speech: string;
	const phones: Baresip[] = [];

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-sip-'));
		tone = path.join(dir, 'tone.wav');
		await writeTone(tone, 600);
		speech = path.join(dir, 'speech.wav');
		await writeTone(speech, 600, 60, true);
		sipPort = await freePortRange(1);
		server = await startTestServer({
			ADMIN_API_KEY: KEY,
			SIP_PORT: String(sipPort),
			SIP_ALLOWED_SOURCES: '127.0.0.1',
			SIP_DISPATCH_RULES: `4420=${PIN_ROOM};pin=7351`,
			RECORDING_DIR: dir,
		});
		api = adminClient(server.url, KEY);

		sender = await startToneIngest(server, api, ROOM);
		// The PIN room is open too: someone waits in it.
		assert.equal(
			(await api(`/rooms/${PIN_ROOM}/ingest`, 'POST', { name: 'Host', audio: 'opus' })).status,
			201
		);
	});

	afterEach(async () => {
		await Promise.all(phones.splice(0).map((phone) => phone.stop()));
	});

	after(async () => {
		await sender?.stop();
		await server?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	for (const { codec, transport } of [
		{ codec: 'PCMU', transport: 'udp' },
		{ codec: 'PCMA', transport: 'tcp' },
		{ codec: 'opus', transport: 'udp' },
	]) {
		it(`a ${codec} caller over ${transport.toUpperCase()} joins, hears the room and is heard in it; BYE ends it`, async () => {
			const phone = await Baresip.start({
				dir: path.join(dir, `${codec}-${transport}`),
				sourceWav: tone,
				codecs: [codec],
				displayName: `Desk ${codec}`,
				user: `desk-${codec.toLowerCase()}`,
			});

			phones.push(phone);
			await phone.command('dial', `sip:${ROOM}@127.0.0.1:${sipPort};transport=${transport}`);
			await phone.event('CALL_ESTABLISHED');

			const room = server.rooms.get(ROOM)!;
			const caller = await until(
				() => [...room.peers.values()].find((p) => p.displayName === `Desk ${codec}`),
				5000,
				'the caller in the room'
			);

			assert.match(caller.identity, new RegExp(`^sip:desk-${codec.toLowerCase()}@`));

			// The admin API lists the caller with an audio track.
			const view = await api<RoomView>(`/rooms/${ROOM}`);
			const listed = view.body.peers.find((p) => p.id === caller.id);

			assert.deepEqual(
				listed?.producers.map((p) => p.kind),
				['audio']
			);

			// The room hears the caller's tone at a real level (silence would be -127 dBov).
			const producer = [...caller.producers.values()][0]!;
			const volume = await roomHears(server, ROOM, producer.id);

			assert.ok(volume > -40, `the caller's level in the room: ${volume} dBov`);

			// The caller hears the room: three seconds of the mix, then hang up and measure what baresip wrote.
			const call = [...server.sip!.calls.values()].find((c) => c.participant?.peer === caller)!;

			assert.deepEqual(
				call.participant!.mixedProducers.length,
				1,
				'the caller hears the tone, not itself'
			);
			await until(
				async () => (await call.participant!.phoneStats()).packetsToCaller > 150,
				10_000,
				'the mix reaching the caller'
			);
			await phone.command('hangup');
			await phone.event('CALL_CLOSED');
			await until(() => !room.peers.has(caller.id), 5000, 'the caller leaving the room after BYE');

			const heard = await until(() => phone.heardWav(), 5000, 'the WAV of what baresip heard');
			const level = await audioLevel(heard);

			assert.ok(level.mean > -35, `what the caller heard: mean ${level.mean} dBFS (silence is -91)`);
			assert.equal(server.sip!.calls.size, 0);
		});
	}

	it('Skylark hangs up: removing the caller through the admin API sends the phone a BYE', async () => {
		const phone = await Baresip.start({
			dir: path.join(dir, 'removed'),
			sourceWav: tone,
			codecs: ['PCMU'],
			displayName: 'Removed',
		});

		phones.push(phone);
		await phone.command('dial', `sip:${ROOM}@127.0.0.1:${sipPort}`);
		await phone.event('CALL_ESTABLISHED');

		const caller = [...server.rooms.get(ROOM)!.peers.values()].find((p) => p.displayName === 'Removed')!;

		assert.equal((await api(`/rooms/${ROOM}/peers/${caller.id}`, 'DELETE')).status, 204);
		await phone.event('CALL_CLOSED');
		assert.equal(server.sip!.calls.size, 0);
	});

	it("a PIN number: the caller keys the PIN (RFC 4733) in early media, joins the rule's room and becomes its active speaker", async () => {
		const phone = await Baresip.start({
			dir: path.join(dir, 'pin'),
			sourceWav: speech,
			codecs: ['PCMU'],
			displayName: 'With PIN',
		});

		phones.push(phone);
		await phone.command('dial', `sip:4420@127.0.0.1:${sipPort}`);
		await phone.event('CALL_PROGRESS');
		assert.ok(![...server.rooms.get(PIN_ROOM)!.peers.values()].some((p) => p.displayName === 'With PIN'));
		const speakers: string[] = [];
		const onSpeaker = (room: { id: string }, peerId: string) =>
			room.id === PIN_ROOM && speakers.push(peerId);

		server.rooms.observer.on('activespeaker', onSpeaker);
		await phone.command('sndcode', '7351');
		await phone.event('CALL_ESTABLISHED');

		const caller = await until(
			() => [...server.rooms.get(PIN_ROOM)!.peers.values()].find((p) => p.displayName === 'With PIN'),
			5000,
			'the caller in the PIN room'
		);

		// The caller's tone makes it the room's active speaker (its packets carry their audio level).
		try {
			await until(() => speakers.includes(caller.id), 10_000, 'the caller as active speaker');
		} finally {
			server.rooms.observer.off('activespeaker', onSpeaker);
		}
		await phone.command('hangup');
		await phone.event('CALL_CLOSED');
	});

	it('a wrong PIN gets 403 and the caller never joins', async () => {
		const phone = await Baresip.start({
			dir: path.join(dir, 'wrong-pin'),
			sourceWav: tone,
			codecs: ['PCMU'],
			displayName: 'Wrong PIN',
		});
		const before = server.rooms.get(PIN_ROOM)!.peers.size;

		phones.push(phone);
		await phone.command('dial', `sip:4420@127.0.0.1:${sipPort}`);
		await phone.event('CALL_PROGRESS');
		await phone.command('sndcode', '0000');

		const closed = await phone.event('CALL_CLOSED');

		assert.match(closed.param ?? '', /403/);
		assert.equal(server.rooms.get(PIN_ROOM)!.peers.size, before);
		assert.equal(server.sip!.calls.size, 0);
	});

	it('a caller can be recorded like any participant (its voice, at its level)', async () => {
		const phone = await Baresip.start({
			dir: path.join(dir, 'recorded'),
			sourceWav: tone,
			codecs: ['PCMA'],
			displayName: 'Recorded',
		});

		phones.push(phone);
		await phone.command('dial', `sip:${ROOM}@127.0.0.1:${sipPort}`);
		await phone.event('CALL_ESTABLISHED');

		const caller = await until(
			() => [...server.rooms.get(ROOM)!.peers.values()].find((p) => p.displayName === 'Recorded'),
			5000,
			'the caller in the room'
		);
		const call = [...server.sip!.calls.values()].find((c) => c.participant?.peer === caller)!;
		const started = await api<{ id: string; state: string }>(`/rooms/${ROOM}/recordings`, 'POST', {
			peerId: caller.id,
		});

		assert.equal(started.status, 201, JSON.stringify(started.body));

		// Three seconds of the caller's voice pass through while it records.
		const from = (await call.participant!.phoneStats()).packetsFromCaller;

		await until(
			async () => (await call.participant!.phoneStats()).packetsFromCaller > from + 150,
			10_000,
			'3 s of the caller'
		);

		const stopped = await api<{ state: string; error: string | null; files: { path: string }[] }>(
			`/rooms/${ROOM}/recordings/${started.body.id}`,
			'DELETE'
		);

		assert.equal(stopped.body.state, 'finished', stopped.body.error ?? '');

		const level = await audioLevel(stopped.body.files[0]!.path);

		assert.ok(level.mean > -35, `the recorded caller: mean ${level.mean} dBFS`);
		await phone.command('hangup');
		await phone.event('CALL_CLOSED');
	});

	it('a dead media pipeline ends the call: the phone gets a BYE and the caller leaves the room', async () => {
		const phone = await Baresip.start({
			dir: path.join(dir, 'pipeline-dies'),
			sourceWav: tone,
			codecs: ['PCMU'],
			displayName: 'Pipeline Dies',
		});

		phones.push(phone);
		await phone.command('dial', `sip:${ROOM}@127.0.0.1:${sipPort}`);
		await phone.event('CALL_ESTABLISHED');

		const room = server.rooms.get(ROOM)!;
		const caller = [...room.peers.values()].find((p) => p.displayName === 'Pipeline Dies')!;
		const call = [...server.sip!.calls.values()].find((c) => c.participant?.peer === caller)!;

		process.kill(call.participant!.pipelinePid!, 'SIGKILL');
		await phone.event('CALL_CLOSED');
		await until(() => !room.peers.has(caller.id), 5000, 'the caller gone from the room');
		assert.equal(server.sip!.calls.size, 0);
	});
});
