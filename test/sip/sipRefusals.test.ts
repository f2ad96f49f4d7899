import * as assert from 'node:assert/strict';
import type { Skylark } from '../../server/src/Skylark.js';
import { adminClient } from '../helpers/adminClient.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { offer, RawSipClient, request } from './sipHelpers.js';

const KEY = 'sip-admin-key-0123456789';
const ROOM = 'sip-refusals';
const PCMU = offer('0 101', ['a=rtpmap:0 PCMU/8000', 'a=rtpmap:101 telephone-event/8000']);

/** Every room here and who is in it: what bad SIP input must leave alone. */
const roomsState = (server: Skylark) =>
	[...server.rooms.rooms.values()].map((room) => ({
		id: room.id,
		peers: [...room.peers.values()].map((p) => p.displayName).sort(),
	}));

describe('SIP dial-in refusals (raw SIP over UDP)', function () {
	this.timeout(30_000);

	let server: Skylark;
	let sipPort: number;
	let client: RawSipClient;
	let initial: ReturnType<typeof roomsState>;
	let seq = 0;
	const callId = () => `refusal-${process.pid}-${++seq}`;

	/** Sends an INVITE (to `room`, with `sdp`) and resolves with Skylark's final status. */
	async function invite(room: string, sdp: string, from = client): Promise<number> {
		const id = callId();

		from.send(request({ room, sipPort, client: from, callId: id, sdp }), sipPort);

		return from.finalStatus(id);
	}

	before(async () => {
		sipPort = await freePortRange(1);
		server = await startTestServer({
			ADMIN_API_KEY: KEY,
			SIP_PORT: String(sipPort),
			SIP_ALLOWED_SOURCES: '127.0.0.1',
			SIP_DISPATCH_RULES: '4420=pin-room;pin=7351',
			// More refusals from one source than the default burst allows (the rate limit has its own test).
			SIP_INVITE_BURST: '40',
		});
		client = await RawSipClient.open();

		// The room exists (someone is in it), so refusals are about the request, not a missing room.
		const ingest = await adminClient(server.url, KEY)(`/rooms/${ROOM}/ingest`, 'POST', {
			name: 'Resident',
			audio: 'opus',
		});

		assert.equal(ingest.status, 201);
		initial = roomsState(server);
	});

	afterEach(() => {
		assert.deepEqual(roomsState(server), initial, 'the rooms changed');
		assert.equal(server.sip!.calls.size, 0, 'a call was left behind');
	});

	after(async () => {
		client?.close();
		await server?.close();
	});

	it('404 for a room that is not open, and for a request URI without a room', async () => {
		assert.equal(await invite('nobody-here', PCMU), 404);
		assert.equal(await invite('bad%20room!', PCMU), 404);
	});

	it('488 for an offer without a codec Skylark takes, and for SRTP without a key mediasoup can use', async () => {
		assert.equal(
			await invite(ROOM, offer('9 18', ['a=rtpmap:9 G722/8000', 'a=rtpmap:18 G729/8000'])),
			488
		);
		assert.equal(await invite(ROOM, offer('0', ['a=rtpmap:0 PCMU/8000'], 'RTP/SAVP')), 488);

		const key = `inline:${Buffer.alloc(30, 7).toString('base64')}`;

		for (const crypto of [
			// A suite mediasoup does not run, a key with an MKI, a session parameter, a key of the wrong length.
			`a=crypto:1 AES_256_CM_HMAC_SHA1_80 inline:${Buffer.alloc(46, 7).toString('base64')}`,
			`a=crypto:1 AES_CM_128_HMAC_SHA1_80 ${key}|2^20|1:4`,
			`a=crypto:1 AES_CM_128_HMAC_SHA1_80 ${key} UNENCRYPTED_SRTP`,
			`a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:${Buffer.alloc(16, 7).toString('base64')}`,
		]) {
			assert.equal(
				await invite(ROOM, offer('0', ['a=rtpmap:0 PCMU/8000', crypto], 'RTP/SAVP')),
				488,
				crypto
			);
		}
	});

	it('400 for an INVITE without SDP or with an SDP that has no media', async () => {
		assert.equal(await invite(ROOM, ''), 400);
		assert.equal(await invite(ROOM, 'v=0\r\ns=nothing here\r\n'), 400);
	});

	it('403 from a source not allowed, and for a PIN-guarded room called by name', async () => {
		const stranger = await RawSipClient.open('127.0.0.2');

		try {
			assert.equal(await invite(ROOM, PCMU, stranger), 403);
		} finally {
			stranger.close();
		}

		assert.equal(await invite('pin-room', PCMU), 403);
	});

	it('488 for a PIN-guarded number called without telephone-event (no way to key the PIN)', async () => {
		assert.equal(await invite('4420', offer('0', ['a=rtpmap:0 PCMU/8000'])), 488);
	});

	it('488 for a PIN-guarded number called over SRTP (the digits would be encrypted)', async () => {
		const crypto = `a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:${Buffer.alloc(30, 7).toString('base64')}`;
		const rtpmaps = ['a=rtpmap:0 PCMU/8000', 'a=rtpmap:101 telephone-event/8000', crypto];

		assert.equal(await invite('4420', offer('0 101', rtpmaps, 'RTP/SAVP')), 488);
	});

	it('no answer to what is not SIP, 481 to a BYE outside any call; the server still answers', async () => {
		client.send('this is not SIP at all\r\n\r\n', sipPort);
		client.send('INVITE sip:x@127.0.0.1 SIP/2.0\r\nContent-Length: 0\r\n\r\n', sipPort);

		const bye = callId();

		client.send(
			request({ method: 'BYE', room: ROOM, sipPort, client, callId: bye, toTag: 'nope' }),
			sipPort
		);
		assert.equal(await client.finalStatus(bye), 481);

		const options = callId();

		client.send(request({ method: 'OPTIONS', room: ROOM, sipPort, client, callId: options }), sipPort);
		assert.equal(await client.finalStatus(options), 200);
		assert.ok(
			client.received.every((r) => !r.includes('Call-ID: \r\n')),
			'answered a message it could not parse'
		);
	});

	it('CANCEL before the answer: 200 to the CANCEL, 487 to the INVITE, and the caller never stays in the room', async () => {
		const id = callId();

		client.send(request({ room: ROOM, sipPort, client, callId: id, sdp: PCMU }), sipPort);
		client.send(request({ method: 'CANCEL', room: ROOM, sipPort, client, callId: id }), sipPort);
		assert.equal(await client.finalStatus(id), 200, 'the CANCEL');
		await until(
			() => client.received.some((r) => r.startsWith('SIP/2.0 487') && r.includes(`Call-ID: ${id}`)),
			5000,
			'487 to the cancelled INVITE'
		);
		await until(() => server.sip!.calls.size === 0, 5000, 'the cancelled call gone');
		await until(() => server.rooms.get(ROOM)!.peers.size === 1, 5000, 'the room as it was');
	});
});

describe('SIP INVITE rate limit', function () {
	this.timeout(30_000);

	it('answers 503 with Retry-After once a source is over its burst', async () => {
		const sipPort = await freePortRange(1);
		const server = await startTestServer({
			SIP_PORT: String(sipPort),
			SIP_ALLOWED_SOURCES: '127.0.0.0/8',
			SIP_INVITE_BURST: '3',
			SIP_INVITES_PER_SECOND: '0.01',
		});
		const client = await RawSipClient.open();

		try {
			const statuses: number[] = [];

			for (let i = 0; i < 5; i++) {
				const id = `rate-${process.pid}-${i}`;

				client.send(
					request({ room: 'nobody-here', sipPort, client, callId: id, sdp: offer('0') }),
					sipPort
				);
				statuses.push(await client.finalStatus(id));
			}

			assert.deepEqual(statuses, [404, 404, 404, 503, 503]);
			assert.ok(
				client.received.some((r) => r.startsWith('SIP/2.0 503') && /Retry-After: \d+/i.test(r))
			);

			// Another source has its own allowance.
			const other = await RawSipClient.open('127.0.0.3');

			try {
				other.send(
					request({
						room: 'nobody-here',
						sipPort,
						client: other,
						callId: 'rate-other',
						sdp: offer('0'),
					}),
					sipPort
				);
				assert.equal(await other.finalStatus('rate-other'), 404);
			} finally {
				other.close();
			}
		} finally {
			client.close();
			await server.close();
		}
	});
});
