/**
 * WHIP and WHEP over real HTTP against a real node: the protocol's status
 * codes, headers and problem details, with offers captured from Chromium and
 * OBS. Meanwhile two SDK participants (werift in Node) exchange audio in the
 * same room: every refused request must leave them, and their media, alone.
 */
import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as sdpTransform from 'sdp-transform';
import type { RemotePeer, SkylarkClient } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { nextEvent } from '../helpers/clientEvents.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import {
	audioTrack,
	connectNodeClient,
	receivedPackets,
	sendAudio,
	type AudioSender,
} from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

const offer = (name: string) =>
	fs.readFileSync(path.join(import.meta.dirname, 'offers', `${name}.sdp`), 'utf8');
const OBS = offer('obs-30');
const CHROMIUM_WHEP = offer('chromium-whep');

interface Sent {
	status: number;
	headers: Headers;
	body: string;
}

/** One HTTP request to the node; the body read as text. */
async function send(
	url: string,
	init: {
		method?: string;
		token?: string;
		type?: string;
		body?: string;
		headers?: Record<string, string>;
	} = {}
): Promise<Sent> {
	const response = await fetch(url, {
		method: init.method ?? 'POST',
		headers: {
			...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
			...(init.type ? { 'Content-Type': init.type } : {}),
			...init.headers,
		},
		body: init.body,
		redirect: 'manual',
	});

	return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Asserts an RFC 9457 problem with `status`, whose detail matches `detail`. */
function assertProblem(sent: Sent, status: number, detail: RegExp): void {
	assert.equal(sent.status, status, `expected ${status}, got ${sent.status}: ${sent.body}`);
	assert.equal(sent.headers.get('content-type')?.split(';')[0], 'application/problem+json');

	const problem = JSON.parse(sent.body) as { type: string; title: string; status: number; detail: string };

	assert.equal(problem.status, status);
	assert.ok(problem.title.length > 0 && problem.type.startsWith('https://'));
	assert.match(problem.detail, detail);
}

describe('WHIP and WHEP over HTTP', function () {
	this.timeout(60_000);

	const ROOM = 'studio';
	let server: Skylark;
	let base: string;
	const clients: SkylarkClient[] = [];

	before(async () => {
		server = await startTestServer();
		base = server.url;
	});

	after(async () => {
		clients.forEach((c) => c.close());
		await server.close();
	});

	afterEach(() => {
		for (const room of server.rooms.rooms.values()) {
			for (const peer of [...room.peers.values()].filter((p) => p.identity.startsWith('whip-'))) {
				room.removePeer(peer, 'test-cleanup');
			}
		}
	});

	async function participant(name: string): Promise<SkylarkClient> {
		const client = await connectNodeClient(base, ROOM, {
			token: await testToken(ROOM, { identity: name }),
		});

		clients.push(client);
		await client.join(ROOM, { displayName: name });

		return client;
	}

	const publishToken = (identity: string, room = ROOM) => testToken(room, { identity, name: identity });

	async function publishObs(identity: string, room = ROOM): Promise<Sent> {
		return send(`${base}/whip/${room}`, {
			token: await publishToken(identity, room),
			type: 'application/sdp',
			body: OBS,
		});
	}

	it('publishes an OBS offer: 201 with an ICE-lite answer, a Location and an ETag; the publisher is a participant; DELETE ends it', async () => {
		const watcher = await participant('watcher');
		const joined = nextEvent(watcher, 'peerJoined');
		const published = new Promise<RemotePeer>((resolve) => {
			const seen = new Set<string>();

			watcher.on('trackPublished', (peer, info) => {
				seen.add(info.kind);

				if (peer.displayName === 'whip-obs' && seen.has('audio') && seen.has('video')) {
					resolve(peer);
				}
			});
		});
		const created = await publishObs('whip-obs');

		assert.equal(created.status, 201, created.body);
		assert.equal(created.headers.get('content-type'), 'application/sdp');
		assert.match(created.headers.get('location') ?? '', /^\/whip\/studio\/sessions\/[\w-]{22}$/);
		assert.match(created.headers.get('etag') ?? '', /^"[\w-]+"$/);

		const answer = sdpTransform.parse(created.body);

		assert.equal(answer.icelite, 'ice-lite');
		assert.equal(answer.groups?.[0].mids, '0 1');
		assert.deepEqual(
			answer.media.map(
				(m) => `${m.type}:${m.direction}:${m.rtp.map((r) => `${r.codec}/${r.payload}`)}`
			),
			['audio:recvonly:opus/111', 'video:recvonly:H264/96']
		);

		for (const m of answer.media) {
			assert.deepEqual(
				[...new Set(m.candidates?.map((c) => c.transport.toLowerCase()))].sort(),
				['tcp', 'udp'],
				'UDP and TCP candidates in every section'
			);
		}

		const [peer] = await within(joined, 5000, 'the watcher seeing the WHIP publisher join');

		assert.equal(peer.displayName, 'whip-obs');
		assert.equal(peer.role, 'presenter');
		await within(published, 5000, 'the watcher seeing its audio and video');

		const left = nextEvent(watcher, 'peerLeft');
		const location = created.headers.get('location')!;
		const deleted = await send(`${base}${location}`, { method: 'DELETE' });

		assert.equal(deleted.status, 200);
		assert.equal((await within(left, 5000, 'the WHIP publisher leaving'))[0].displayName, 'whip-obs');
		assertProblem(await send(`${base}${location}`, { method: 'DELETE' }), 404, /no such WHIP session/);
	});

	it('PATCH: trickle answers 204; an ICE restart needs If-Match (428, 412) and answers 200 with new credentials and a new ETag', async () => {
		const created = await publishObs('whip-restart');
		const location = `${base}${created.headers.get('location')}`;
		const etag = created.headers.get('etag')!;
		const fragment = (ufrag: string, pwd: string) =>
			`a=ice-ufrag:${ufrag}\r\na=ice-pwd:${pwd}\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n` +
			'a=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host\r\n';
		const patch = (body: string, headers: Record<string, string> = {}) =>
			send(location, { method: 'PATCH', type: 'application/trickle-ice-sdpfrag', body, headers });

		const trickle = await patch(fragment('nxcM', 'ezjAjgSSLLvbRhUA1zc6Se'));

		assert.equal(trickle.status, 204);
		assertProblem(await patch(fragment('new1', 'newpassword0123456789xx')), 428, /If-Match/);
		assertProblem(
			await patch(fragment('new1', 'newpassword0123456789xx'), { 'If-Match': '"stale"' }),
			412,
			/ETag/
		);

		const oldUfrag = /a=ice-ufrag:(\S+)/.exec(created.body)![1];
		const restarted = await patch(fragment('new1', 'newpassword0123456789xx'), { 'If-Match': '*' });

		assert.equal(restarted.status, 200, restarted.body);
		assert.equal(restarted.headers.get('content-type'), 'application/trickle-ice-sdpfrag');
		assert.notEqual(restarted.headers.get('etag'), etag);

		const newUfrag = /^a=ice-ufrag:(\S+)\r$/m.exec(restarted.body)?.[1];

		assert.ok(newUfrag && newUfrag !== oldUfrag, 'new server ICE credentials');
		assert.match(restarted.body, /^a=candidate:.* udp .*\r$/m);

		const peer = [...server.rooms.get(ROOM)!.peers.values()].find((p) => p.identity === 'whip-restart')!;

		assert.equal(
			peer.sendTransport?.type === 'webrtc' && peer.sendTransport.iceParameters.usernameFragment,
			newUfrag
		);

		// The new ETag is the one a second restart must match.
		const again = await patch(fragment('new2', 'newpassword0123456789yy'), {
			'If-Match': restarted.headers.get('etag')!,
		});

		assert.equal(again.status, 200);
	});

	it('takes the DTLS client role when the offer is passive (as FFmpeg 8 offers), and a session-level ICE offer', async () => {
		const passive = await send(`${base}/whip/${ROOM}`, {
			token: await publishToken('whip-passive'),
			type: 'application/sdp',
			body: OBS.replace('a=setup:actpass', 'a=setup:passive'),
		});

		assert.equal(passive.status, 201, passive.body);
		assert.deepEqual(
			sdpTransform.parse(passive.body).media.map((m) => m.setup),
			['active', 'active']
		);

		const peer = [...server.rooms.get(ROOM)!.peers.values()].find((p) => p.identity === 'whip-passive')!;
		const transport = peer.sendTransport;

		assert.ok(transport?.type === 'webrtc');
		assert.equal(transport.dtlsParameters.role, 'client');
	});

	it('answers OPTIONS without a token, with Accept-Post and CORS that exposes Location, ETag and Link', async () => {
		const preflight = await send(`${base}/whip/${ROOM}`, {
			method: 'OPTIONS',
			headers: { Origin: 'https://studio.example', 'Access-Control-Request-Method': 'POST' },
		});

		assert.equal(preflight.status, 204);
		assert.equal(preflight.headers.get('accept-post'), 'application/sdp');
		assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
		assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
		assert.equal(preflight.headers.get('access-control-allow-origin'), '*');

		const created = await publishObs('whip-cors');

		for (const header of ['Location', 'ETag', 'Link']) {
			assert.match(created.headers.get('access-control-expose-headers') ?? '', new RegExp(header));
		}
	});

	it('refuses bad requests with problem details, and the room and its media carry on', async () => {
		const alice = await participant('alice');
		const bob = await participant('bob');
		const subscribed = nextEvent(bob, 'trackSubscribed');
		const sender: AudioSender = sendAudio(await alice.publish(audioTrack()));
		const room = server.rooms.get(ROOM)!;

		try {
			const [track] = await within(subscribed, 5000, 'bob subscribing to alice');

			await receivedPackets(track, 10);

			const peersBefore = [...room.peers.keys()].sort();
			const token = await publishToken('whip-bad');
			const whip = (body: string, type = 'application/sdp', t: string | null = token) =>
				send(`${base}/whip/${ROOM}`, { token: t ?? undefined, type, body });
			const obsSection = OBS.slice(OBS.indexOf('m=video'));

			assertProblem(await whip('v=0\r\nthis is not sdp'), 400, /./);
			assertProblem(await whip('hello'), 400, /must start with v=0/);
			assertProblem(
				await whip('v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n'),
				400,
				/no media section/
			);
			assertProblem(
				await whip(
					OBS.replace('BUNDLE 0 1', 'BUNDLE 0 1 2') + obsSection.replace('a=mid:1', 'a=mid:2')
				),
				422,
				/more than one video section/
			);
			assertProblem(
				await whip(OBS.replace('opus/48000/2', 'G7221/16000').replace('H264/90000', 'H265/90000')),
				422,
				/no codec of m-section "0" is supported/
			);
			assertProblem(await whip(`${OBS}a=x:${'y'.repeat(70_000)}\r\n`), 413, /bytes/);
			assertProblem(await whip(OBS, 'application/json'), 415, /application\/sdp/);
			assertProblem(await whip(OBS, 'application/sdp', null), 401, /Bearer/);
			assertProblem(await whip(OBS, 'application/sdp', 'not.a.token'), 401, /rejected/);
			assertProblem(
				await whip(OBS, 'application/sdp', await testToken(ROOM, { grants: { canPublish: false } })),
				403,
				/may not publish/
			);
			assertProblem(
				await whip(OBS, 'application/sdp', await publishToken('whip-x', 'other')),
				403,
				/room "other"/
			);

			const put = await send(`${base}/whip/${ROOM}`, {
				method: 'PUT',
				token,
				type: 'application/sdp',
				body: OBS,
			});

			assertProblem(put, 405, /POST/);
			assert.match(put.headers.get('allow') ?? '', /POST/);
			assert.equal(
				(await whip(OBS, 'application/sdp', null)).headers.get('www-authenticate'),
				'Bearer'
			);

			// A live session's URL under another room's path is not found there.
			const created = await publishObs('whip-elsewhere');
			const sessionId = created.headers.get('location')!.split('/').pop();

			assertProblem(
				await send(`${base}/whip/other/sessions/${sessionId}`, { method: 'DELETE' }),
				404,
				/no such WHIP session/
			);
			assertProblem(
				await send(`${base}/whip/${ROOM}/sessions/nope`, { method: 'DELETE' }),
				404,
				/no such/
			);

			// Nothing was left behind by the refusals, and alice still reaches bob.
			const peersAfter = [...room.peers.values()].filter((p) => p.identity !== 'whip-elsewhere');

			assert.deepEqual(peersAfter.map((p) => p.id).sort(), peersBefore);
			assert.equal(await receivedPackets(track, 25), 25);
		} finally {
			sender.stop();
		}
	});

	describe('WHEP', () => {
		it('answers 409 with Retry-After while nothing is published, HEAD with application/sdp, 403 without subscribe rights', async () => {
			const viewer = await testToken('empty', { grants: { canPublish: false } });
			const conflict = await send(`${base}/whep/empty`, {
				token: viewer,
				type: 'application/sdp',
				body: CHROMIUM_WHEP,
			});

			// The room does not exist yet, and a viewer does not create it.
			assertProblem(conflict, 409, /nobody publishes in room "empty" yet/);
			assert.equal(conflict.headers.get('retry-after'), '2');
			assert.equal(server.rooms.get('empty'), undefined);

			await publishObs('whip-presenter');

			const nobody = await send(`${base}/whep/${ROOM}/someone-else`, {
				token: await testToken(ROOM, { grants: { canPublish: false } }),
				type: 'application/sdp',
				body: CHROMIUM_WHEP,
			});

			assertProblem(nobody, 409, /"someone-else" publishes nothing/);
			assert.equal(nobody.headers.get('retry-after'), '2');

			const head = await send(`${base}/whep/${ROOM}`, { method: 'HEAD' });

			assert.equal(head.status, 200);
			assert.equal(head.headers.get('content-type')?.split(';')[0], 'application/sdp');
			assertProblem(
				await send(`${base}/whep/${ROOM}`, {
					token: await testToken(ROOM, { grants: { canSubscribe: false } }),
					type: 'application/sdp',
					body: CHROMIUM_WHEP,
				}),
				403,
				/may not subscribe/
			);
		});

		it('answers a viewer offer 201 sendonly in its own payload types, with event and layer extension Links', async () => {
			// A room of its own: the viewer count is this viewer alone.
			await publishObs('whip-presenter', 'stage');

			const created = await send(`${base}/whep/stage/whip-presenter`, {
				token: await testToken('stage', { grants: { canPublish: false } }),
				type: 'application/sdp',
				body: CHROMIUM_WHEP,
			});

			assert.equal(created.status, 201, created.body);

			const answer = sdpTransform.parse(created.body);
			const offered = sdpTransform.parse(CHROMIUM_WHEP);
			const h264 = answer.media[1].rtp.find((r) => r.codec === 'H264')!;
			const offeredH264 = offered.media[1].fmtp
				.filter(
					(f) => /packetization-mode=1/.test(f.config) && /profile-level-id=42e01f/.test(f.config)
				)
				.map((f) => f.payload);

			assert.deepEqual(
				answer.media.map((m) => m.direction),
				['sendonly', 'sendonly']
			);
			assert.ok(
				offeredH264.includes(h264.payload),
				`H264 answered as ${h264.payload}, offered ${offeredH264}`
			);
			assert.equal(answer.media[0].rtp[0].payload, 111);

			const links = created.headers.get('link') ?? '';

			assert.match(
				links,
				/rel="urn:ietf:params:whep:ext:core:server-sent-events"; events="active,inactive,layers,reconnect,viewercount"/
			);
			assert.match(links, /rel="urn:ietf:params:whep:ext:core:layer"/);

			// The event stream exists only once created, and can be destroyed.
			const location = created.headers.get('location')!;

			assertProblem(
				await send(`${base}${location}/events/stream`, { method: 'GET' }),
				404,
				/POST the events/
			);
			assertProblem(
				await send(`${base}${location}/events`, {
					type: 'application/json',
					body: '["active","bogus"]',
				}),
				400,
				/unsupported events: bogus/
			);

			const events = await send(`${base}${location}/events`, {
				type: 'application/json',
				body: '["viewercount"]',
			});

			assert.equal(events.status, 201);
			assert.equal(events.headers.get('location'), `${location}/events/stream`);

			const stream = await fetch(`${base}${location}/events/stream`);
			const reader = stream.body!.getReader();
			const first = new TextDecoder().decode((await reader.read()).value);

			assert.equal(stream.headers.get('content-type'), 'text/event-stream');
			assert.match(first, /^event: viewercount\ndata: \{"viewercount":1\}\n\n/);
			assert.equal((await send(`${base}${location}/events/stream`, { method: 'DELETE' })).status, 200);
			assert.equal((await reader.read()).done, true, 'the stream ends when destroyed');
			assertProblem(
				await send(`${base}${location}/layer`, { type: 'application/json', body: '{}' }),
				400,
				/no simulcast/
			);
			assert.equal((await send(`${base}${location}`, { method: 'DELETE' })).status, 200);
		});
	});

	it('offers TURN with REST credentials in Link headers, and answers 503 with Retry-After when full or draining', async () => {
		const turnSecret = 'turn-rest-secret-for-whip';
		const node = await startTestServer({
			TURN_URLS: 'turn:127.0.0.1:3478?transport=udp,turns:127.0.0.1:443?transport=tcp',
			TURN_SECRET: turnSecret,
			MAX_PEERS_PER_ROOM: '1',
		});

		try {
			const created = await send(`${node.url}/whip/linked`, {
				token: await publishToken('whip-linked', 'linked'),
				type: 'application/sdp',
				body: OBS,
			});

			assert.equal(created.status, 201, created.body);

			const links = (created.headers.get('link') ?? '').split(/,\s*(?=<)/);
			const turn = links.filter((l) => /^<turns?:/.test(l));

			assert.equal(turn.length, 2, links.join('\n'));

			for (const link of turn) {
				const [, username] = /username="([^"]+)"/.exec(link)!;
				const [, credential] = /credential="([^"]+)"/.exec(link)!;

				assert.match(link, /rel="ice-server"/);
				assert.match(link, /credential-type="password"/);
				assert.ok(
					Number(username.split(':')[0]) > Date.now() / 1000,
					'the credential expires in the future'
				);
				assert.equal(credential, createHmac('sha1', turnSecret).update(username).digest('base64'));
			}

			const full = await send(`${node.url}/whip/linked`, {
				token: await publishToken('whip-second', 'linked'),
				type: 'application/sdp',
				body: OBS,
			});

			assertProblem(full, 503, /./);
			assert.ok(Number(full.headers.get('retry-after')) > 0);

			const draining = node.drain(1000);
			const refused = await send(`${node.url}/whip/another`, {
				token: await publishToken('whip-late', 'another'),
				type: 'application/sdp',
				body: OBS,
			});

			assertProblem(refused, 503, /shutting down/);
			assert.ok(Number(refused.headers.get('retry-after')) > 0);
			await draining;
		} finally {
			await node.close();
		}
	});
});
