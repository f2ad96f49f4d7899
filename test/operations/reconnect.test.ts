import * as assert from 'node:assert/strict';
import type { RemoteTrack, SkylarkClient } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { nextEvent } from '../helpers/clientEvents.js';
import { startTestServer } from '../helpers/server.js';
import {
	audioTrack,
	connectNodeClient,
	receivedPackets,
	sendAudio,
	type AudioSender,
} from '../helpers/weriftPeer.js';
import { until, within } from '../helpers/within.js';

describe('network blips', function () {
	this.timeout(60_000);

	let server: Skylark;
	let clients: SkylarkClient[];
	let sender: AudioSender | undefined;

	beforeEach(() => {
		clients = [];
		sender = undefined;
	});

	afterEach(async () => {
		sender?.stop();
		clients.forEach((c) => c.close());
		await server.close();
	});

	async function pair(
		room: string,
		bobSocket: { reconnection?: boolean; reconnectionDelay?: number } = {}
	) {
		const alice = await connectNodeClient(server.url, room);
		const bob = await connectNodeClient(server.url, room, {
			socket: {
				reconnectionDelayMax: bobSocket.reconnectionDelay,
				randomizationFactor: 0,
				...bobSocket,
			},
		});

		clients.push(alice, bob);
		await alice.join(room, { displayName: 'alice' });
		await bob.join(room, { displayName: 'bob' });

		const subscribed = nextEvent(bob, 'trackSubscribed');
		const publication = await alice.publish(audioTrack());

		sender = sendAudio(publication);

		const [track] = await subscribed;

		await receivedPackets(track, 10);

		return { alice, bob, publication, track: track as RemoteTrack };
	}

	it('keeps the peer, its media and what it missed when the socket drops and comes back', async () => {
		server = await startTestServer();

		const { alice, bob, publication, track } = await pair('blip', { reconnectionDelay: 2000 });
		const serverPeer = server.rooms.get('blip')!.peers.get(bob.peerId!)!;
		let aliceSawBobLeave = false;

		alice.on('peerLeft', () => (aliceSawBobLeave = true));

		const reconnected = nextEvent(bob, 'reconnected');
		const paused = nextEvent(bob, 'trackPaused');

		bob.signaling.interrupt();
		// While bob is away (socket.io waits 2 s to reconnect), alice mutes: bob must still hear of it.
		// Only once the server has noticed the drop does the notification have to wait for the resume.
		await until(() => !serverPeer.connected, 1500, 'the server noticing the drop', 10);
		await alice.pause(publication);
		assert.equal(serverPeer.connected, false, 'bob is still away');

		await within(reconnected, 10_000, 'reconnected');
		await within(paused, 5_000, 'trackPaused replayed after the resume');

		assert.equal(server.rooms.get('blip')!.peers.get(bob.peerId!), serverPeer, 'the same peer');
		assert.equal(serverPeer.connected, true);
		assert.equal(serverPeer.consumers.size, 1, 'its consumer survived');
		assert.equal(aliceSawBobLeave, false);

		await alice.resume(publication);
		// Media never depended on signaling; it still flows on the same consumer.
		assert.equal(await receivedPackets(track, 20), 20);
	});

	it('removes the peer and tells the others once the grace period is over', async () => {
		server = await startTestServer({ RECONNECT_GRACE_MS: '1000' });

		const { alice, bob } = await pair('gone', { reconnection: false });
		const bobId = bob.peerId;
		const left = nextEvent(alice, 'peerLeft');
		const started = Date.now();

		bob.signaling.interrupt();

		const [peer] = await within(left, 5000, 'peerLeft');

		assert.equal(peer.id, bobId);
		assert.ok(Date.now() - started >= 900, 'not before the grace period');
		assert.equal(server.rooms.get('gone')!.peers.has(bobId!), false);
	});
});
