import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as sip from 'sip';
import * as digest from 'sip/digest.js';
import { ConfigError, loadConfig } from '../../server/src/config/loadConfig.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { Baresip } from '../helpers/baresip.js';
import type { Sender } from '../helpers/mediaFiles.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { offer, RawSipClient, request, startToneIngest, writeTone } from './sipHelpers.js';

const KEY = 'sip-admin-key-0123456789';
const ROOM = 'sip-auth';
const PBX = { user: 'pbx', password: 'correct-horse-battery' };
const PCMU = offer('0', ['a=rtpmap:0 PCMU/8000']);

/**
 * Callers outside SIP_ALLOWED_SOURCES with SIP_CALLER_CREDENTIALS: no source
 * is listed here (192.0.2.1 is never used), so every local caller must sign
 * its INVITE with a digest of a configured user's password.
 */
describe('SIP dial-in with digest authentication (SIP_CALLER_CREDENTIALS)', function () {
	this.timeout(60_000);

	let server: Skylark;
	let sender: Sender;
	let sipPort: number;
	let dir: string;
	let tone: string;
	let raw: RawSipClient;
	let seq = 0;
	const phones: Baresip[] = [];
	const callId = () => `auth-${process.pid}-${++seq}`;
	const peersInRoom = () => [...server.rooms.get(ROOM)!.peers.values()].map((p) => p.displayName).sort();

	/** The raw client's last response to `id` with `status`, parsed. */
	const responseTo = (id: string, status: number) =>
		until(
			() =>
				raw.received
					.map((text) => sip.parse(text))
					.find((m) => m?.headers['call-id'] === id && m.status === status),
			5000,
			`${status} to ${id}`
		);

	/** An INVITE to `room` answered with 401, then signed with `credentials` (npm sip's digest, as a PBX would). */
	async function signedInvite(room: string, credentials: { user: string; password: string }) {
		const id = callId();
		const text = request({ room, sipPort, client: raw, callId: id, sdp: PCMU });

		raw.send(text, sipPort);

		const challenge = await responseTo(id, 401);
		const signed = sip.parse(text)!;

		digest.signRequest(null, signed, challenge, credentials);
		signed.headers.cseq = { method: 'INVITE', seq: 2 };
		signed.headers.via![0]!.params.branch = `z9hG4bK-${id}-2`;

		return { id, challenge, signed };
	}

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-sip-auth-'));
		tone = path.join(dir, 'tone.wav');
		await writeTone(tone, 600);
		sipPort = await freePortRange(1);
		server = await startTestServer({
			ADMIN_API_KEY: KEY,
			SIP_PORT: String(sipPort),
			SIP_CALLER_CREDENTIALS: `${PBX.user}:${PBX.password},other:another-password`,
			SIP_INVITE_BURST: '40',
		});
		sender = await startToneIngest(server, adminClient(server.url, KEY), ROOM);
		raw = await RawSipClient.open();
	});

	afterEach(async () => {
		await Promise.all(phones.splice(0).map((phone) => phone.stop()));
	});

	after(async () => {
		raw?.close();
		await sender?.stop();
		await server?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('a PBX with the right password (baresip answering the challenge) joins the room', async () => {
		const pbx = await Baresip.start({
			dir: path.join(dir, 'pbx'),
			sourceWav: tone,
			codecs: ['PCMU'],
			displayName: 'Branch Office',
			auth: PBX,
		});

		phones.push(pbx);
		await pbx.command('dial', `sip:${ROOM}@127.0.0.1:${sipPort}`);
		await pbx.event('CALL_ESTABLISHED');
		await until(() => peersInRoom().includes('Branch Office'), 5000, 'the caller in the room');
		await pbx.command('hangup');
		await until(() => !peersInRoom().includes('Branch Office'), 5000, 'the caller gone');
	});

	it('a wrong password is challenged again and never joins', async () => {
		const before = peersInRoom();
		const intruder = await Baresip.start({
			dir: path.join(dir, 'intruder'),
			sourceWav: tone,
			codecs: ['PCMU'],
			displayName: 'Intruder',
			auth: { user: PBX.user, password: 'wrong-password' },
		});

		phones.push(intruder);
		await intruder.command('dial', `sip:${ROOM}@127.0.0.1:${sipPort}`);

		const closed = await intruder.event('CALL_CLOSED');

		assert.match(closed.param ?? '', /401|403|Unauthorized|Forbidden/, JSON.stringify(closed));
		assert.deepEqual(peersInRoom(), before);
	});

	it('an unsigned INVITE gets a digest challenge; a signed one passes it once, a replay of it does not', async () => {
		const { id, challenge, signed } = await signedInvite('nobody-here', PBX);
		const asked = String(challenge.headers['www-authenticate'] ?? JSON.stringify(challenge.headers));

		assert.match(JSON.stringify(challenge.headers['www-authenticate']), /Digest/, asked);

		// Past authentication, the request is judged as any other: no such room.
		raw.send(sip.stringify(signed), sipPort);
		await responseTo(id, 404);

		// The same signed request as a new call (an answer overheard on UDP): challenged again.
		const replay = callId();

		signed.headers['call-id'] = replay;
		signed.headers.via![0]!.params.branch = `z9hG4bK-${replay}`;
		raw.send(sip.stringify(signed), sipPort);
		await responseTo(replay, 401);
	});

	it('a signature with an unknown user or the wrong password gets 401; requests outside a call get 403', async () => {
		for (const credentials of [
			{ user: 'nobody', password: PBX.password },
			{ user: PBX.user, password: 'not-the-password' },
		]) {
			const { id, signed } = await signedInvite(ROOM, credentials);

			raw.send(sip.stringify(signed), sipPort);
			await until(
				() =>
					raw.received.some(
						(r) =>
							r.startsWith('SIP/2.0 401') &&
							r.includes(`Call-ID: ${id}`) &&
							r.includes('CSeq: 2 INVITE')
					),
				5000,
				`401 to the signed INVITE of ${credentials.user}`
			);
		}

		const bye = callId();

		raw.send(
			request({ method: 'BYE', room: ROOM, sipPort, client: raw, callId: bye, toTag: 'x' }),
			sipPort
		);
		assert.equal(await raw.finalStatus(bye), 403);
		assert.deepEqual(peersInRoom(), ['Tone']);
	});

	it('SIP_PORT needs SIP_ALLOWED_SOURCES or SIP_CALLER_CREDENTIALS; passwords are 8 characters or more', () => {
		const base = { DEV_MODE: 'true', SIP_PORT: '5060' };

		assert.throws(
			() => loadConfig(base),
			(error: Error) =>
				error instanceof ConfigError &&
				/SIP_ALLOWED_SOURCES or SIP_CALLER_CREDENTIALS/.test(error.message)
		);
		assert.throws(() => loadConfig({ ...base, SIP_CALLER_CREDENTIALS: 'pbx:short' }), /8 or more/);
		assert.deepEqual(
			loadConfig({ ...base, SIP_CALLER_CREDENTIALS: 'pbx:a:long:password' }).SIP_CALLER_CREDENTIALS,
			[{ user: 'pbx', password: 'a:long:password' }]
		);
	});
});
