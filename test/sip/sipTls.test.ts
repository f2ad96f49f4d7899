import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, loadConfig } from '../../server/src/config/loadConfig.js';
import type { Skylark } from '../../server/src/Skylark.js';
import type { CallParticipant } from '../../server/src/sip/CallParticipant.js';
import { adminClient } from '../helpers/adminClient.js';
import { Baresip } from '../helpers/baresip.js';
import { audioLevel, type Sender } from '../helpers/mediaFiles.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { RawSipTlsClient } from './rawSipTls.js';
import { offer, request, roomHears, startToneIngest, writeTone } from './sipHelpers.js';
import { TestCa, type TestCertificate } from './testCa.js';

const KEY = 'sip-admin-key-0123456789';
const ROOM = 'sip-tls';

interface CallView {
	id: string;
	state: string;
	status: number | null;
	peerId: string | null;
	reason: string | null;
}

/**
 * SIP over TLS with Debian baresip (its TLS transport listens one port above
 * its UDP one), certificates from a CA made with openssl for the run: a
 * caller over TLS with SDES-SRTP, dial-out through a `;transport=tls` trunk and
 * to a `;transport=tls` target (both verified against SIP_TLS_CA), a callee
 * whose certificate that CA did not sign, and the TLS port's refusals.
 */
describe('SIP over TLS (baresip, SDES-SRTP)', function () {
	this.timeout(120_000);

	let server: Skylark;
	let api: ReturnType<typeof adminClient>;
	let sender: Sender;
	let dir: string;
	let tone: string;
	let ca: TestCa;
	let phoneCert: TestCertificate;
	let tlsPort: number;
	/** Reached through the trunk `carrier` (transport=tls, srtp=sdes); answers at once. */
	let trunkCallee: Baresip;
	const phones: Baresip[] = [];

	const phone = async (name: string, extra: Partial<Parameters<typeof Baresip.start>[0]> = {}) => {
		const started = await Baresip.start({
			dir: path.join(dir, name),
			sourceWav: tone,
			codecs: ['PCMU'],
			mediaenc: 'srtp-mand',
			tls: { certificate: phoneCert.combined, cafile: ca.cert },
			...extra,
		});

		phones.push(started);

		return started;
	};
	const call = async (id: string) => (await api<CallView>(`/rooms/${ROOM}/sip/${id}`)).body;
	const participantOf = (peerId: string): CallParticipant =>
		[...server.sip!.calls.values()].find((c) => c.participant?.peer.id === peerId)!.participant!;

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-sip-tls-'));
		tone = path.join(dir, 'tone.wav');
		await writeTone(tone, 600);
		ca = await TestCa.create(dir);

		const skylarkCert = await ca.issue('skylark');

		phoneCert = await ca.issue('phone');
		trunkCallee = await phone('trunk', { codecs: ['PCMA'], user: 'carrier-desk', answerMode: 'auto' });

		const sipPort = await freePortRange(2);

		tlsPort = sipPort + 1;
		server = await startTestServer({
			ADMIN_API_KEY: KEY,
			SIP_PORT: String(sipPort),
			SIP_TLS_PORT: String(tlsPort),
			SIP_TLS_CERT: skylarkCert.cert,
			SIP_TLS_KEY: skylarkCert.key,
			SIP_TLS_CA: ca.cert,
			SIP_ALLOWED_SOURCES: '127.0.0.1',
			SIP_TRUNKS: `carrier=sip:skylark:trunk-pass@127.0.0.1:${trunkCallee.tlsPort};transport=tls;srtp=sdes`,
		});
		phones.splice(0);
		api = adminClient(server.url, KEY);
		sender = await startToneIngest(server, api, ROOM);
	});

	afterEach(async () => {
		await Promise.all(phones.splice(0).map((p) => p.stop()));
	});

	after(async () => {
		await sender?.stop();
		await trunkCallee?.stop();
		await server?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	/** The room hears the phone and the phone hears the room, over SRTP in mediasoup; then the phone hangs up. */
	async function assertMediaBothWays(talker: Baresip, participant: CallParticipant): Promise<void> {
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
		assert.ok(participant.phone.srtpParameters, 'the phone-facing transport runs SRTP');
		await talker.command('hangup');
		await talker.event('CALL_CLOSED');

		const heard = await until(() => talker.heardWav(), 5000, 'the WAV of what the phone heard');
		const level = await audioLevel(heard);

		assert.ok(level.mean > -35, `what the phone heard: mean ${level.mean} dBFS (silence is -91)`);
	}

	/** Places a call and waits for the callee in the room. */
	async function dialOut(body: Record<string, string>): Promise<string> {
		const placed = await api<CallView>(`/rooms/${ROOM}/sip`, 'POST', body);

		assert.equal(placed.status, 201, JSON.stringify(placed.body));

		return until(async () => (await call(placed.body.id)).peerId, 15_000, 'the callee answering');
	}

	it('a caller over TLS with SDES-SRTP reaches the room, and both sides hear each other', async () => {
		const caller = await phone('dial-in', { displayName: 'Secure Desk' });

		// Only the TLS port is dialled: the call cannot have gone over UDP or TCP. (baresip 1.0's
		// dial command takes sip: URIs only: it makes sips:x into sip:sips:x.)
		await caller.command('dial', `sip:${ROOM}@127.0.0.1:${tlsPort};transport=tls`);
		await caller.event('CALL_ESTABLISHED');

		const peer = await until(
			() => [...server.rooms.get(ROOM)!.peers.values()].find((p) => p.displayName === 'Secure Desk'),
			5000,
			'the caller in the room'
		);

		await assertMediaBothWays(caller, participantOf(peer.id));
	});

	it('dial-out through a trunk with transport=tls (its certificate checked against SIP_TLS_CA)', async () => {
		const peerId = await dialOut({ to: 'sip:carrier-desk@carrier.invalid', trunk: 'carrier' });

		await assertMediaBothWays(trunkCallee, participantOf(peerId));
	});

	it('dial-out to a sip:…;transport=tls target', async () => {
		const callee = await phone('direct', { user: 'alice', answerMode: 'auto' });
		const peerId = await dialOut({
			to: `sip:alice@127.0.0.1:${callee.tlsPort};transport=tls`,
			srtp: 'sdes',
		});

		await assertMediaBothWays(callee, participantOf(peerId));
	});

	it('a target given by host name: its certificate is checked against that name, not the address it resolved to', async () => {
		// Its certificate names localhost and 127.0.0.9, never 127.0.0.1: only a check of the name passes.
		const named = await ca.issue('named', '127.0.0.9');
		const callee = await phone('named', {
			user: 'bob',
			answerMode: 'auto',
			tls: { certificate: named.combined, cafile: ca.cert },
		});
		const peerId = await dialOut({
			to: `sip:bob@localhost:${callee.tlsPort};transport=tls`,
			srtp: 'sdes',
		});

		assert.ok(participantOf(peerId).phone.srtpParameters, 'the callee joined over SRTP');
		await callee.command('hangup');
		await callee.event('CALL_CLOSED');

		const nowhere = await api<{ error: string }>(`/rooms/${ROOM}/sip`, 'POST', {
			to: 'sip:bob@nowhere.invalid;transport=tls',
		});

		assert.equal(nowhere.status, 400);
		assert.match(nowhere.body.error, /nowhere\.invalid does not resolve \(ENOTFOUND\)/);
	});

	it('a callee whose certificate no trusted CA signed is never called: the call fails', async () => {
		const rogueCa = await TestCa.create(dir, 'Rogue CA');
		const rogueCert = await rogueCa.issue('rogue');
		const rogue = await phone('rogue', {
			user: 'mallory',
			answerMode: 'auto',
			tls: { certificate: rogueCert.combined, cafile: rogueCa.cert },
		});
		const placed = await api<CallView>(`/rooms/${ROOM}/sip`, 'POST', {
			to: `sip:mallory@127.0.0.1:${rogue.tlsPort};transport=tls`,
			srtp: 'sdes',
		});

		assert.equal(placed.status, 201);

		const failed = await until(
			async () => {
				const view = await call(placed.body.id);

				return view.state === 'failed' ? view : undefined;
			},
			15_000,
			'the call failing'
		);

		assert.equal(failed.status, 503);
		// The reason npm `sip` only prints reaches the API: the certificate, not "Service Unavailable".
		assert.match(failed.reason ?? '', /^TLS to 127\.0\.0\.1:\d+ failed: SELF_SIGNED_CERT_IN_CHAIN/);
		assert.ok(!rogue.messages.some((m) => m.type === 'CALL_INCOMING'), 'the rogue callee saw an INVITE');
	});

	it('403 to a TLS client the allowed sources leave out; a plain TCP client on the TLS port breaks nothing', async () => {
		const stranger = await RawSipTlsClient.open(tlsPort, ca.cert, '127.0.0.2');
		const sdp = offer('0', ['a=rtpmap:0 PCMU/8000']);

		try {
			stranger.send(
				request({
					room: ROOM,
					sipPort: tlsPort,
					client: stranger,
					callId: 'tls-stranger',
					sdp,
					transport: 'TLS',
				})
			);
			assert.equal(await stranger.finalStatus('tls-stranger'), 403);
		} finally {
			stranger.close();
		}

		// SIP in the clear to the TLS port: the handshake fails and the connection is closed, with nothing said.
		const plain = net.connect(tlsPort, '127.0.0.1');
		const said: Buffer[] = [];

		plain.on('data', (data: Buffer) => said.push(data));
		plain.on('error', () => undefined);
		await once(plain, 'connect');
		plain.write(
			request({
				method: 'OPTIONS',
				room: ROOM,
				sipPort: tlsPort,
				client: { ip: '127.0.0.1', port: plain.localPort! },
				callId: 'tls-plain',
				transport: 'TCP',
			})
		);
		await once(plain, 'close');
		assert.ok(!Buffer.concat(said).toString('latin1').includes('SIP/2.0'), 'answered SIP in the clear');

		const friend = await RawSipTlsClient.open(tlsPort, ca.cert);

		try {
			// A sips: request URI is read as sip: is (here: a room that is not open).
			friend.send(
				request({
					room: 'nobody-here',
					sipPort: tlsPort,
					client: friend,
					callId: 'tls-sips',
					sdp,
					transport: 'TLS',
				}).replace(/^INVITE sip:/, 'INVITE sips:')
			);
			assert.equal(await friend.finalStatus('tls-sips'), 404);
			friend.send(
				request({
					method: 'OPTIONS',
					room: ROOM,
					sipPort: tlsPort,
					client: friend,
					callId: 'tls-options',
					transport: 'TLS',
				})
			);
			assert.equal(await friend.finalStatus('tls-options'), 200);
		} finally {
			friend.close();
		}

		assert.equal(server.rooms.get(ROOM)!.peers.size, 1, 'only the tone ingest is in the room');
	});

	it('refuses to start with only part of the TLS settings, or TLS without SIP_PORT', () => {
		const base = { DEV_MODE: 'true', SIP_ALLOWED_SOURCES: '127.0.0.1' };

		assert.throws(
			() => loadConfig({ ...base, SIP_PORT: '5060', SIP_TLS_PORT: '5061', SIP_TLS_CERT: 'cert.pem' }),
			(error: Error) =>
				error instanceof ConfigError && /SIP_TLS_KEY: required with SIP_TLS_PORT/.test(error.message)
		);
		assert.throws(
			() => loadConfig({ ...base, SIP_TLS_PORT: '5061', SIP_TLS_CERT: 'c.pem', SIP_TLS_KEY: 'k.pem' }),
			/SIP_PORT: required with SIP_TLS_PORT/
		);
		assert.throws(
			() => loadConfig({ ...base, SIP_PORT: '5060', SIP_TRUNKS: 'c=sip:u:p@192.0.2.1;transport=tls' }),
			/required by a SIP_TRUNKS trunk with transport=tls/
		);
		assert.equal(
			loadConfig({
				...base,
				SIP_PORT: '5060',
				SIP_TLS_PORT: '5061',
				SIP_TLS_CERT: 'c.pem',
				SIP_TLS_KEY: 'k.pem',
			}).SIP_TLS_PORT,
			5061
		);
	});
});
