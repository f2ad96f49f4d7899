import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import type { SkylarkError } from '../../client-sdk/src/index.js';
import type { RemoteTrack, SkylarkClient } from '../../client-sdk/src/index.js';
import { skylark } from '../../protos/index.js';
import type { Peer } from '../../server/src/rooms/Peer.js';
import type { Room } from '../../server/src/rooms/Room.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { nextEvent } from '../helpers/clientEvents.js';
import { roomSctpConnected } from '../helpers/sctp.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { within } from '../helpers/within.js';
import {
	audioTrack,
	connectNodeClient,
	receivedPackets,
	sendAudio,
	videoTrack,
	type AudioSender,
} from '../helpers/weriftPeer.js';

describe('a room spanning two workers (pipeToRouter)', () => {
	let skylark_: Skylark;
	let clients: SkylarkClient[];
	let senders: AudioSender[];

	beforeEach(async () => {
		// One consumer fills a worker, so the second subscriber lands on the other one.
		skylark_ = await startTestServer({ NUM_WORKERS: '2', WORKER_MAX_CONSUMERS: '1' });
		clients = [];
		senders = [];
	});

	afterEach(async () => {
		senders.forEach((s) => s.stop());
		clients.forEach((c) => c.close());
		await skylark_.close();
	});

	async function join(name: string, role: 'presenter' | 'viewer' | 'participant'): Promise<SkylarkClient> {
		const client = await connectNodeClient(skylark_.url, 'webinar');

		clients.push(client);
		await client.join('webinar', { displayName: name, role });

		return client;
	}

	function serverPeer(room: Room, client: SkylarkClient): Peer {
		return room.peers.get(client.peerId!)!;
	}

	/** A presenter publishing audio, and two viewers subscribed on different workers. */
	async function webinar() {
		const presenter = await join('presenter', 'presenter');
		const publication = await presenter.publish(audioTrack(), { source: 'microphone' });

		senders.push(sendAudio(publication));

		const viewers: { client: SkylarkClient; track: RemoteTrack }[] = [];

		for (const name of ['viewer-1', 'viewer-2']) {
			const client = await connectNodeClient(skylark_.url, 'webinar');
			const subscribed = nextEvent(client, 'trackSubscribed');

			clients.push(client);
			await client.join('webinar', { displayName: name, role: 'viewer' });
			viewers.push({ client, track: (await subscribed)[0] });
		}

		return { presenter, publication, viewers, room: skylark_.rooms.get('webinar')! };
	}

	it("delivers a producer's RTP to consumers on both workers through one pipe", async () => {
		const { presenter, viewers, room } = await webinar();
		const [v1, v2] = viewers.map((v) => serverPeer(room, v.client));

		assert.equal(room.routers.all.length, 2);
		assert.notEqual(v1.router.worker, v2.router.worker, 'viewers share a worker');
		assert.equal(serverPeer(room, presenter).router, v1.router);
		// One pipe for the audio producer, one for the presenter's chat data producer.
		assert.equal(room.routers.pipeCount, 2);
		assert.deepEqual(await pipedProducerIds(v2), [
			serverPeer(room, presenter).producers.keys().next().value,
		]);

		for (const { track } of viewers) {
			assert.equal(await receivedPackets(track, 25), 25);
		}

		for (const { client, track } of viewers) {
			const consumer = serverPeer(room, client).consumers.get(track.id)!;

			assert.ok(
				(await consumer.getStats()).some((s) => s.type === 'outbound-rtp' && s.packetCount > 0)
			);
		}
	});

	it('carries pause and resume through the pipe, and closing the producer closes every piped consumer', async () => {
		const { presenter, publication, viewers, room } = await webinar();
		const piped = viewers[1];
		const pipedConsumer = serverPeer(room, piped.client).consumers.get(piped.track.id)!;

		await receivedPackets(piped.track, 5);

		const paused = once(pipedConsumer, 'producerpause');

		await presenter.pause(publication);
		await paused;
		assert.equal(pipedConsumer.producerPaused, true);

		const resumed = once(pipedConsumer, 'producerresume');

		await presenter.resume(publication);
		await resumed;
		await receivedPackets(piped.track, 5);

		const gone = viewers.map(({ client }) => nextEvent(client, 'trackUnsubscribed'));

		await presenter.unpublish(publication);
		await Promise.all(gone);
		await once(pipedConsumer.observer, 'close');
		assert.equal(pipedConsumer.closed, true);
		assert.deepEqual(await pipedProducerIds(serverPeer(room, piped.client)), []);
	});

	it("closes a router's pipe when the last consumer that needed it leaves", async () => {
		const { viewers, room } = await webinar();
		const remote = serverPeer(room, viewers[1].client);

		assert.equal((await pipedProducerIds(remote)).length, 1);
		assert.equal(room.routers.pipeCount, 2);

		await viewers[1].client.leave();

		assert.equal(room.routers.pipeCount, 0);
		assert.deepEqual(await pipedProducerIds(remote), []);
		assert.equal((await remote.router.router.dump()).mapDataProducerIdDataConsumerIds.length, 0);
		// The viewer on the producer's own router still receives.
		assert.equal(await receivedPackets(viewers[0].track, 10), 10);
	});

	it('keeps active speaker and chat working across routers', async () => {
		const home = await join('home', 'participant');
		const room = skylark_.rooms.get('webinar')!;

		// A video track and one subscriber to it fill the home worker, so the next participant lands
		// elsewhere. The remote participant's audio is then the room's only audio, on the other
		// worker: the active-speaker observer on the home router only knows it through a pipe.
		await home.publish(videoTrack());

		const filler = await connectNodeClient(skylark_.url, 'webinar');
		const filled = nextEvent(filler, 'trackSubscribed');

		clients.push(filler);
		await filler.join('webinar', { displayName: 'filler', role: 'viewer' });
		await within(filled, 10_000, 'filler subscription');

		const remote = await join('remote', 'participant');

		assert.notEqual(serverPeer(room, remote).router, serverPeer(room, home).router);

		const speaker = nextEvent(home, 'activeSpeaker');

		senders.push(sendAudio(await remote.publish(audioTrack())));
		assert.equal((await within(speaker, 15_000, 'active speaker'))[0], remote.peerId);

		const chat = nextEvent(home, 'data');

		await within(roomSctpConnected(room), 10_000, 'SCTP associations');
		await remote.sendData('hello across workers');
		assert.deepEqual((await within(chat, 10_000, 'chat message'))[0], {
			peerId: remote.peerId,
			label: 'chat',
			data: 'hello across workers',
		});
	});

	it('does not announce viewers to each other, only to those who publish', async () => {
		const presenter = await join('presenter', 'presenter');
		const joinedSeenByPresenter: string[] = [];
		const joinedSeenByViewer: string[] = [];

		presenter.on('peerJoined', (peer) => joinedSeenByPresenter.push(peer.displayName));

		const first = await join('viewer-1', 'viewer');

		first.on('peerJoined', (peer) => joinedSeenByViewer.push(peer.displayName));

		const second = await connectNodeClient(skylark_.url, 'webinar');

		clients.push(second);

		const seen = nextEvent(presenter, 'peerJoined');
		const secondJoin = await second.join('webinar', { displayName: 'viewer-2', role: 'viewer' });

		await seen;
		assert.deepEqual(joinedSeenByPresenter, ['viewer-1', 'viewer-2']);
		assert.deepEqual(joinedSeenByViewer, []);
		assert.deepEqual(
			secondJoin.peers.map((p) => p.displayName),
			['presenter']
		);
	});

	it('lets viewers subscribe but never publish', async () => {
		const viewer = await join('viewer', 'viewer');

		await assert.rejects(
			viewer.publish(audioTrack()),
			(error: SkylarkError) => error.code === 'INVALID_STATE'
		);

		const raw = new SignalingChannel(skylark_.url, {
			requestTimeoutMs: 5000,
			token: await testToken('webinar'),
		});

		try {
			await raw.waitConnected();
			await raw.request('join', {
				roomId: 'webinar',
				displayName: 'raw viewer',
				role: skylark.v1.Role.VIEWER,
			});
			await assert.rejects(
				raw.request('createTransport', { direction: skylark.v1.Direction.SEND }),
				(error: SkylarkError) => error.code === 'FORBIDDEN'
			);
			await assert.rejects(
				raw.request('produce', { transportId: 'x', kind: 'audio' }),
				(error: SkylarkError) => error.code === 'FORBIDDEN'
			);

			const peer = [...skylark_.rooms.get('webinar')!.peers.values()].find(
				(p) => p.displayName === 'raw viewer'
			)!;

			assert.equal(peer.sendTransport, undefined);
			assert.equal(peer.producers.size, 0);
		} finally {
			raw.close();
		}
	});
});

/** Ids of the media producers piped into a peer's router (pipe producers keep the original id). */
async function pipedProducerIds(peer: Peer): Promise<string[]> {
	const dump = await peer.router.router.dump();

	return dump.mapProducerIdConsumerIds.map(({ key }) => key).filter((id) => !peer.producers.has(id));
}
