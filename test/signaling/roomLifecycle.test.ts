import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { optionSpecs } from '../../server/src/config/options.js';
import { nextEvent } from '../helpers/clientEvents.js';
import { roomSctpConnected } from '../helpers/sctp.js';
import { startTestServer } from '../helpers/server.js';
import { sendVoice, type Voice } from '../helpers/voice.js';
import {
	audioTrack,
	connectNodeClient,
	receivedPackets,
	sendAudio,
	type AudioSender,
} from '../helpers/weriftPeer.js';
import { until } from '../helpers/within.js';

describe('rooms over signaling, with the SDK and real media (Node WebRTC peers)', () => {
	let skylark: Skylark;
	let clients: SkylarkClient[];
	let senders: AudioSender[];

	before(async () => {
		skylark = await startTestServer({ ROOM_EMPTY_GRACE_MS: '200' });
	});

	after(async () => {
		await skylark.close();
	});

	beforeEach(() => {
		clients = [];
		senders = [];
	});

	afterEach(() => {
		senders.forEach((s) => s.stop());
		clients.forEach((c) => c.close());
	});

	async function client(room: string): Promise<SkylarkClient> {
		const c = await connectNodeClient(skylark.url, room);

		clients.push(c);

		return c;
	}

	it('joins, exchanges audio both ways, and tells peers who joined and left', async () => {
		const alice = await client('lifecycle');
		const bob = await client('lifecycle');
		const aliceJoin = await alice.join('lifecycle', { displayName: 'Alice' });

		assert.deepEqual(aliceJoin.peers, []);

		const bobSeen = nextEvent(alice, 'peerJoined');
		const bobJoin = await bob.join('lifecycle', { displayName: 'Bob' });

		assert.deepEqual(
			bobJoin.peers.map((p) => p.displayName),
			['Alice']
		);
		assert.equal((await bobSeen)[0].displayName, 'Bob');

		const aliceGetsTrack = nextEvent(alice, 'trackSubscribed');
		const bobGetsTrack = nextEvent(bob, 'trackSubscribed');
		const alicePub = await alice.publish(audioTrack(), { source: 'microphone' });
		const bobPub = await bob.publish(audioTrack(), { source: 'microphone' });

		senders.push(sendAudio(alicePub), sendAudio(bobPub));

		const [atBob] = await bobGetsTrack;
		const [atAlice] = await aliceGetsTrack;

		assert.equal(atBob.peerId, aliceJoin.peerId);
		assert.equal(atBob.source, 'microphone');
		assert.equal(atAlice.peerId, bobJoin.peerId);
		assert.equal(await receivedPackets(atBob, 25), 25);
		assert.equal(await receivedPackets(atAlice, 25), 25);

		const room = skylark.rooms.get('lifecycle')!;

		assert.equal(room.peers.size, 2);

		const bobGone = nextEvent(alice, 'peerLeft');
		const trackGone = nextEvent(alice, 'trackUnsubscribed');

		await bob.leave();
		assert.equal((await bobGone)[0].id, bobJoin.peerId);
		assert.equal((await trackGone)[0].id, atAlice.id);
		assert.equal(room.peers.size, 1);
	});

	it('pauses, resumes and closes a producer, and closing it closes its consumers', async () => {
		const alice = await client('producer-control');
		const bob = await client('producer-control');

		await alice.join('producer-control', { displayName: 'Alice' });
		await bob.join('producer-control', { displayName: 'Bob' });

		const subscribed = nextEvent(bob, 'trackSubscribed');
		const pub = await alice.publish(audioTrack());

		senders.push(sendAudio(pub));

		const [track] = await subscribed;
		const serverConsumer = skylark.rooms
			.get('producer-control')!
			.peers.get(bob.peerId!)!
			.consumers.get(track.id)!;

		await receivedPackets(track, 10);

		const paused = nextEvent(bob, 'trackPaused');

		await alice.pause(pub);
		await paused;
		assert.equal(serverConsumer.producerPaused, true);

		const resumed = nextEvent(bob, 'trackResumed');

		await alice.resume(pub);
		await resumed;
		assert.equal(serverConsumer.producerPaused, false);
		await receivedPackets(track, 10);

		const unsubscribed = nextEvent(bob, 'trackUnsubscribed');

		await alice.unpublish(pub);
		assert.equal((await unsubscribed)[0].id, track.id);
		await once(serverConsumer.observer, 'close');
		assert.equal(serverConsumer.closed, true);
	});

	it('delivers chat messages over the data channel', async () => {
		const alice = await client('chat');
		const bob = await client('chat');
		const carol = await client('chat');

		await alice.join('chat', { displayName: 'Alice' });
		await bob.join('chat', { displayName: 'Bob' });
		await carol.join('chat', { displayName: 'Carol' });

		await roomSctpConnected(skylark.rooms.get('chat')!);

		// mediasoup's SCTP stack negotiates streams itself; the message size is Skylark's setting.
		for (const peer of skylark.rooms.get('chat')!.peers.values()) {
			for (const transport of [peer.sendTransport, peer.recvTransport]) {
				assert.equal(
					transport?.sctpParameters?.maxSendMessageSize,
					optionSpecs.MAX_DATA_MESSAGE_BYTES.default
				);
				assert.equal(
					transport?.sctpParameters?.maxReceiveMessageSize,
					optionSpecs.MAX_DATA_MESSAGE_BYTES.default
				);
			}
		}

		const atBob = nextEvent(bob, 'data');
		const atCarol = nextEvent(carol, 'data');

		await alice.sendData('hello from alice');

		for (const [message] of [await atBob, await atCarol]) {
			assert.deepEqual(message, { peerId: alice.peerId, label: 'chat', data: 'hello from alice' });
		}
	});

	it('reports the dominant speaker to every peer: of two, the one talking, then the other as they take turns', async () => {
		const alice = await client('speaker');
		const bob = await client('speaker');

		await alice.join('speaker', { displayName: 'Alice' });
		await bob.join('speaker', { displayName: 'Bob' });

		// Every announcement each of them hears, in order.
		const heard = { byAlice: [] as string[], byBob: [] as string[] };

		alice.on('activeSpeaker', (peerId) => heard.byAlice.push(peerId));
		bob.on('activeSpeaker', (peerId) => heard.byBob.push(peerId));

		const aliceVoice: Voice = { talking: true };
		const bobVoice: Voice = { talking: false };
		const [alicePub, bobPub] = await Promise.all([
			alice.publish(audioTrack()),
			bob.publish(audioTrack()),
		]);

		senders.push(sendVoice(alicePub, aliceVoice), sendVoice(bobPub, bobVoice));

		// Until both streams have history, the observer may name either first: what counts is
		// whom both peers were told last.
		const names = new Map([
			[alice.peerId!, 'Alice'],
			[bob.peerId!, 'Bob'],
		]);
		const turn = async (speaker: SkylarkClient, what: string) => {
			const started = performance.now();

			await until(
				() => heard.byAlice.at(-1) === speaker.peerId && heard.byBob.at(-1) === speaker.peerId,
				10_000,
				() => `${what}; heard: ${heard.byBob.map((id) => names.get(id)).join(', ')}`
			);

			return Math.round(performance.now() - started);
		};
		const took = [await turn(alice, 'Alice dominant')];

		aliceVoice.talking = false;
		bobVoice.talking = true;
		took.push(await turn(bob, 'Bob dominant once he talks'));

		aliceVoice.talking = true;
		bobVoice.talking = false;
		took.push(await turn(alice, 'Alice dominant again'));

		process.stdout.write(
			`      heard: ${heard.byBob.map((id) => names.get(id)).join(', ')}; turns took ${took.join(' / ')} ms\n`
		);
	});

	it('closes the room once the last peer has left and the grace period passed', async () => {
		const alice = await client('short-lived');

		await alice.join('short-lived', { displayName: 'Alice' });

		const room = skylark.rooms.get('short-lived')!;
		const routerId = room.routers.home.router.id;
		const closed = once(room, 'close');

		await alice.leave();
		assert.deepEqual(await closed, ['empty']);
		assert.equal(skylark.rooms.get('short-lived'), undefined);
		assert.ok(!(await skylark.pool.workers[0].worker.dump()).routerIds.includes(routerId));
	});
});
