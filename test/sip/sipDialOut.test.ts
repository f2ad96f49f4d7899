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
import { startWebhookReceiver } from '../helpers/webhookReceiver.js';
import { until } from '../helpers/within.js';
import { createHash } from 'node:crypto';
import { RawSipClient, respond, roomHears, writeTone, startToneIngest } from './sipHelpers.js';

const KEY = 'sip-admin-key-0123456789';
const SECRET = 'sip-webhook-secret-0123';
const ROOM = 'sip-dial-out';

interface CallView {
	id: string;
	state: string;
	status: number | null;
	reason: string | null;
	peerId: string | null;
}

describe('SIP dial-out (Skylark calls Debian baresip)', function () {
	this.timeout(90_000);

	let server: Skylark;
	let api: ReturnType<typeof adminClient>;
	let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;
	let sender: Sender;
	let dir: string;
	let tone: string;
	/** A SIP trunk that challenges (digest) before it answers. */
	let trunk: RawSipClient;
	const phones: Baresip[] = [];

	const call = async (id: string) => (await api<CallView>(`/rooms/${ROOM}/sip/${id}`)).body;
	const state = (id: string, wanted: string) =>
		until(
			async () => ((await call(id)).state === wanted ? wanted : undefined),
			15_000,
			`call ${id} ${wanted}`
		);

	before(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-sip-out-'));
		tone = path.join(dir, 'tone.wav');
		await writeTone(tone, 600);
		hooks = await startWebhookReceiver(SECRET);
		trunk = await RawSipClient.open();
		server = await startTestServer({
			SIP_TRUNKS: `carrier=sip:skylark:s3cret-pass@127.0.0.1:${trunk.port}`,
			ADMIN_API_KEY: KEY,
			SIP_PORT: String(await freePortRange(1)),
			SIP_ALLOWED_SOURCES: '127.0.0.1',
			WEBHOOK_URLS: hooks.url,
			WEBHOOK_SECRET: SECRET,
		});
		api = adminClient(server.url, KEY);

		sender = await startToneIngest(server, api, ROOM);
	});

	afterEach(async () => {
		await Promise.all(phones.splice(0).map((phone) => phone.stop()));
	});

	after(async () => {
		await sender?.stop();
		await server?.close();
		await hooks?.close();
		trunk?.close();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	async function phone(name: string): Promise<Baresip> {
		const started = await Baresip.start({
			dir: path.join(dir, name),
			sourceWav: tone,
			codecs: ['PCMU'],
			user: name,
		});

		phones.push(started);

		return started;
	}

	it('rings, is answered, joins the room both ways, and DELETE hangs up (API states and webhooks)', async () => {
		const callee = await phone('callee');
		const placed = await api<CallView>(`/rooms/${ROOM}/sip`, 'POST', {
			to: `sip:callee@127.0.0.1:${callee.sipPort}`,
		});

		assert.equal(placed.status, 201);
		await callee.event('CALL_INCOMING');
		await state(placed.body.id, 'ringing');
		await callee.command('accept');
		await state(placed.body.id, 'answered');

		const { peerId } = await call(placed.body.id);
		const peer = server.rooms.get(ROOM)!.peers.get(peerId!)!;

		assert.equal(peer.displayName, 'callee');
		const producer = await until(() => [...peer.producers.values()][0], 5000, "the callee's track");
		const volume = await roomHears(server, ROOM, producer.id);

		assert.ok(volume > -40, `the callee's level in the room: ${volume} dBov`);

		const sip = [...server.sip!.calls.values()].find((c) => c.participant?.peer === peer)!;

		await until(
			async () => (await sip.participant!.phoneStats()).packetsToCaller > 150,
			10_000,
			'the mix reaching the callee'
		);
		assert.equal((await api(`/rooms/${ROOM}/sip/${placed.body.id}`, 'DELETE')).status, 204);
		await callee.event('CALL_CLOSED');
		await state(placed.body.id, 'ended');
		assert.ok(!server.rooms.get(ROOM)!.peers.has(peer.id));

		const heard = await until(() => callee.heardWav(), 5000, 'the WAV of what the callee heard');
		const level = await audioLevel(heard);

		assert.ok(level.mean > -35, `what the callee heard: mean ${level.mean} dBFS`);

		for (const event of ['sip.ringing', 'sip.answered', 'sip.ended']) {
			const hook = await hooks.event(
				event,
				(w) => (w.body as { call?: { id: string } }).call?.id === placed.body.id
			);

			assert.ok(hook.signatureValid);
		}
	});

	it('reports busy when the callee declines, and failed for a user the phone does not have', async () => {
		const callee = await phone('declines');
		const declined = await api<CallView>(`/rooms/${ROOM}/sip`, 'POST', {
			to: `sip:declines@127.0.0.1:${callee.sipPort}`,
		});

		await state(declined.body.id, 'ringing');
		await callee.command('hangup');
		await state(declined.body.id, 'busy');

		const unknown = await api<CallView>(`/rooms/${ROOM}/sip`, 'POST', {
			to: `sip:nobody-here@127.0.0.1:${callee.sipPort}`,
		});

		await state(unknown.body.id, 'failed');
		assert.ok((await call(unknown.body.id)).status! >= 400);
		assert.deepEqual(
			[...server.rooms.get(ROOM)!.peers.values()].map((p) => p.displayName),
			['Tone'],
			'nobody joined'
		);
	});

	it('refuses a request that is not a sip: URI, or names a trunk', async () => {
		assert.equal((await api(`/rooms/${ROOM}/sip`, 'POST', { to: 'tel:+15551234' })).status, 400);
		assert.equal(
			(await api(`/rooms/${ROOM}/sip`, 'POST', { to: 'sip:a@127.0.0.1', trunk: 'x' })).status,
			400
		);
	});

	it('goes through a trunk, answering its digest challenge with the configured credentials', async () => {
		const placed = await api<CallView>(`/rooms/${ROOM}/sip`, 'POST', {
			to: 'sip:+15551234@pstn',
			trunk: 'carrier',
		});

		assert.equal(placed.status, 201, JSON.stringify(placed.body));

		const first = await until(
			() => trunk.received.find((r) => r.startsWith('INVITE ')),
			5000,
			'the INVITE at the trunk'
		);

		assert.match(first, new RegExp(`^INVITE sip:\\+15551234@127\\.0\\.0\\.1:${trunk.port}`));
		assert.match(first, /^From: .*sip:skylark@127\.0\.0\.1/m);
		trunk.send(
			respond(first, '401 Unauthorized', [
				'WWW-Authenticate: Digest realm="carrier", nonce="n0nce-1", qop="auth", algorithm=MD5',
			]),
			server.sip!.port
		);

		const second = await until(
			() => trunk.received.find((r) => r.startsWith('INVITE ') && /^CSeq: 2 INVITE/m.test(r)),
			5000,
			'the INVITE again, with credentials'
		);
		const auth = /^Authorization: Digest (.*)$/m.exec(second)?.[1] ?? '';
		const field = (name: string) => new RegExp(`${name}="?([^",]+)"?`).exec(auth)?.[1] ?? '';
		const md5 = (text: string) => createHash('md5').update(text).digest('hex');
		const expected = md5(
			[
				md5(`skylark:carrier:s3cret-pass`),
				field('nonce'),
				field('nc'),
				field('cnonce'),
				field('qop'),
				md5(`INVITE:${field('uri')}`),
			].join(':')
		);

		assert.equal(field('username'), 'skylark');
		assert.equal(field('response'), expected, 'the digest response');
		// Credentials right: the trunk's callee is busy.
		trunk.send(respond(second, '486 Busy Here'), server.sip!.port);
		await state(placed.body.id, 'busy');
		assert.equal((await call(placed.body.id)).status, 486);
		assert.equal((await api(`/rooms/${ROOM}/sip`, 'POST', { to: 'sip:1@x', trunk: 'nope' })).status, 400);
	});
});
