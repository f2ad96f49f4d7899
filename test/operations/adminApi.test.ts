import * as assert from 'node:assert/strict';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { RemoteTrack, SkylarkClient, SkylarkEvents } from '../../client-sdk/src/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { nextEvent } from '../helpers/clientEvents.js';
import { startTestServer } from '../helpers/server.js';
import { audioTrack, connectNodeClient } from '../helpers/weriftPeer.js';
import { within } from '../helpers/within.js';

const KEY = 'admin-api-key-0123456789';

function next<K extends keyof SkylarkEvents>(client: SkylarkClient, event: K): Promise<SkylarkEvents[K]> {
	return within(nextEvent(client, event), 10_000, String(event));
}

describe('admin API', function () {
	this.timeout(60_000);

	let server: Skylark;
	let clients: SkylarkClient[] = [];

	before(async () => {
		server = await startTestServer({ ADMIN_API_KEY: KEY });
	});

	after(async () => {
		await server.close();
	});

	afterEach(() => {
		clients.forEach((c) => c.close());
		clients = [];
	});

	/** A request to the admin API, with the right key unless another (or null: none) is given. */
	const admin = (path: string, method = 'GET', key: string | null = KEY) =>
		fetch(`${server.url}${path}`, { method, headers: key ? { authorization: `Bearer ${key}` } : {} });

	async function joined(room: string, name: string): Promise<SkylarkClient> {
		const client = await connectNodeClient(server.url, room);

		clients.push(client);
		await client.join(room, { displayName: name });

		return client;
	}

	it('publishes a valid OpenAPI description whose every operation exists and needs the key', async () => {
		const response = await fetch(`${server.url}/api/openapi.json`);
		const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };

		await SwaggerParser.validate(structuredClone(document) as never);

		for (const [template, operations] of Object.entries(document.paths)) {
			for (const method of Object.keys(operations).filter((m) => m !== 'parameters')) {
				const path = template.replace(/\{[^}]+\}/g, 'x');
				const status = (await admin(path, method.toUpperCase(), null)).status;

				assert.equal(status, 401, `${method.toUpperCase()} ${path} without a key`);
			}
		}
	});

	it('lists rooms and shows a room with its peers, transports, producers and consumers', async () => {
		const alice = await joined('ops', 'alice');
		const bob = await joined('ops', 'bob');
		const subscribed = next(bob, 'trackSubscribed');
		const publication = await alice.publish(audioTrack());
		const [track] = (await subscribed) as [RemoteTrack];

		const list = (await (await admin('/rooms')).json()) as { rooms: { id: string; peers: number }[] };

		assert.deepEqual(
			list.rooms.map((r) => [r.id, r.peers]),
			[['ops', 2]]
		);

		const room = (await (await admin('/rooms/ops')).json()) as {
			peers: {
				id: string;
				displayName: string;
				transports: { dtlsState: string }[];
				producers: { id: string }[];
				consumers: { id: string; producerId: string }[];
			}[];
		};
		const [a, b] = ['alice', 'bob'].map((name) => room.peers.find((p) => p.displayName === name)!);

		assert.equal(a.producers[0].id, publication.id);
		assert.equal(b.consumers[0].id, track.id);
		assert.equal(b.consumers[0].producerId, publication.id);
		assert.equal(a.transports.length, 2);
		assert.equal((await admin('/rooms/nowhere')).status, 404);
	});

	it('mutes a producer for everyone, its owner included', async () => {
		const alice = await joined('mute', 'alice');
		const bob = await joined('mute', 'bob');
		const subscribed = next(bob, 'trackSubscribed');
		const publication = await alice.publish(audioTrack());

		await subscribed;

		const muted = next(alice, 'publicationMuted');
		const paused = next(bob, 'trackPaused');

		assert.equal((await admin(`/rooms/mute/producers/${publication.id}/mute`, 'POST')).status, 204);
		assert.equal((await muted)[0], publication);
		assert.equal(publication.paused, true);
		assert.equal((await paused)[1].producerId, publication.id);
		assert.equal(server.rooms.get('mute')!.findProducer(publication.id)!.producer.paused, true);
	});

	it('removes a peer, and closes a room', async () => {
		const alice = await joined('kick', 'alice');
		const bob = await joined('kick', 'bob');
		const bobId = bob.peerId;
		const bobClosed = next(bob, 'roomClosed');
		const aliceSaw = next(alice, 'peerLeft');

		assert.equal((await admin(`/rooms/kick/peers/${bobId}`, 'DELETE')).status, 204);
		assert.deepEqual(await bobClosed, ['removed-by-admin']);
		assert.equal((await aliceSaw)[0].id, bobId);

		const aliceClosed = next(alice, 'roomClosed');

		assert.equal((await admin('/rooms/kick', 'DELETE')).status, 204);
		assert.deepEqual(await aliceClosed, ['closed-by-admin']);
		assert.equal(server.rooms.get('kick'), undefined);
		assert.equal((await admin('/rooms/kick', 'DELETE', 'wrong-key-0123456789')).status, 401);
	});
});
