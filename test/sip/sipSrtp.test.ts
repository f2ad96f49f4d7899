import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Skylark } from '../../server/src/Skylark.js';
import type { CallParticipant } from '../../server/src/sip/CallParticipant.js';
import { adminClient } from '../helpers/adminClient.js';
import { Baresip } from '../helpers/baresip.js';
import { audioLevel, type Sender } from '../helpers/mediaFiles.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { RtpPhone } from './rtpPhone.js';
import { roomHears, startToneIngest, writeTone } from './sipHelpers.js';

const KEY = 'sip-admin-key-0123456789';
const ROOM = 'sip-srtp';

/**
 * The phone's media in mediasoup: SDES-SRTP with Debian baresip (its srtp
 * module, `mediaenc=srtp-mand`) both ways, dial-in and dial-out; no packet
 * of the phone's reaching a Node socket once the call is in the room; and
 * symmetric RTP for a phone whose SDP names an address it does not send from.
 */
describe('SIP media in mediasoup: SDES-SRTP, symmetric RTP', function () {
	this.timeout(90_000);

	let server: Skylark;
	let api: ReturnType<typeof adminClient>;
	let sender: Sender;
	let dir: string;
	let tone: string;
	let sipPort: number;
	/** Answers at once, over SRTP only: reached through a trunk configured `;srtp=sdes`. */
	let callee: Baresip;
	const phones: Baresip[] = [];

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-sip-srtp-'));
		tone = path.join(dir, 'tone.wav');
		await writeTone(tone, 600);
		sipPort = await freePortRange(1);
		callee = await Baresip.start({
			dir: path.join(dir, 'dial-out'),
			sourceWav: tone,
			codecs: ['PCMA'],
			user: 'secure',
			answerMode: 'auto',
			mediaenc: 'srtp-mand',
		});
		server = await startTestServer({
			ADMIN_API_KEY: KEY,
			SIP_PORT: String(sipPort),
			SIP_ALLOWED_SOURCES: '127.0.0.1',
			SIP_TRUNKS: `secure=sip:skylark:trunk-pass@127.0.0.1:${callee.sipPort};srtp=sdes`,
		});
		api = adminClient(server.url, KEY);
		sender = await startToneIngest(server, api, ROOM);
	});

	afterEach(async () => {
		await Promise.all(phones.splice(0).map((phone) => phone.stop()));
	});

	after(async () => {
		await sender?.stop();
		await callee?.stop();
		await server?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	const participantOf = (peerId: string): CallParticipant =>
		[...server.sip!.calls.values()].find((c) => c.participant?.peer.id === peerId)!.participant!;

	/** The room hears the phone, the phone hears the room, and mediasoup (not Node) exchanges its RTP. */
	async function assertMediaBothWays(phone: Baresip, participant: CallParticipant): Promise<void> {
		const producer = await until(
			() => [...participant.peer.producers.values()][0],
			5000,
			"the phone's track"
		);
		const volume = await roomHears(server, ROOM, producer.id);

		assert.ok(volume > -40, `the phone's level in the room: ${volume} dBov`);
		await until(
			async () => (await participant.phoneStats()).packetsToCaller > 150,
			10_000,
			'the mix reaching the phone'
		);

		const stats = await participant.phoneStats();

		assert.ok(participant.phone.srtpParameters, 'the phone-facing transport runs SRTP');
		assert.ok(participant.phone.latch.closed, "Node's latch let go of the port");
		assert.match(stats.remote ?? '', /^127\.0\.0\.1:\d+$/);
		assert.ok(stats.packetsFromCaller > 100, `${stats.packetsFromCaller} packets from the phone`);
		await phone.command('hangup');
		await phone.event('CALL_CLOSED');

		const heard = await until(() => phone.heardWav(), 5000, 'the WAV of what the phone heard');
		const level = await audioLevel(heard);

		assert.ok(level.mean > -35, `what the phone heard: mean ${level.mean} dBFS (silence is -91)`);
	}

	it('a caller that takes only SRTP (SDES) is heard in the room and hears it, through mediasoup', async () => {
		const phone = await Baresip.start({
			dir: path.join(dir, 'dial-in'),
			sourceWav: tone,
			codecs: ['PCMU'],
			displayName: 'Secure Desk',
			mediaenc: 'srtp-mand',
		});

		phones.push(phone);
		await phone.command('dial', `sip:${ROOM}@127.0.0.1:${sipPort}`);
		await phone.event('CALL_ESTABLISHED');

		const caller = await until(
			() => [...server.rooms.get(ROOM)!.peers.values()].find((p) => p.displayName === 'Secure Desk'),
			5000,
			'the caller in the room'
		);

		await assertMediaBothWays(phone, participantOf(caller.id));
	});

	it('dial-out through a trunk with srtp=sdes offers SDES, and a callee that takes only SRTP joins both ways', async () => {
		const placed = await api<{ id: string }>(`/rooms/${ROOM}/sip`, 'POST', {
			to: 'sip:secure@carrier.invalid',
			trunk: 'secure',
		});

		assert.equal(placed.status, 201, JSON.stringify(placed.body));

		const peerId = await until(
			async () =>
				(await api<{ peerId: string | null }>(`/rooms/${ROOM}/sip/${placed.body.id}`)).body.peerId,
			15_000,
			'the callee answering'
		);

		await assertMediaBothWays(callee, participantOf(peerId));
	});

	it('symmetric RTP: a phone whose SDP names another address is answered where its packets come from', async () => {
		const phone = await RtpPhone.open(`nat-${process.pid}`, { address: '192.0.2.1', port: 9 });

		try {
			await phone.call(ROOM, sipPort);
			await until(() => phone.heard.length > 25, 10_000, 'the mix reaching the phone behind "NAT"');

			const call = server.sip!.calls.get(`nat-${process.pid}`)!;
			const stats = await call.participant!.phoneStats();

			assert.equal(stats.remote, `127.0.0.1:${phone.rtpPort}`);
			assert.ok(call.participant!.phone.latch.closed);
			assert.equal(call.participant!.phone.srtpParameters, undefined);
			await phone.hangUp(ROOM, sipPort);
		} finally {
			phone.close();
		}
	});
});
