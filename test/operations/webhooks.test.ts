import * as assert from 'node:assert/strict';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { audioTrack, connectNodeClient } from '../helpers/weriftPeer.js';
import { startWebhookReceiver } from '../helpers/webhookReceiver.js';

const SECRET = 'webhook-secret-0123456789';

describe('webhooks', function () {
	this.timeout(60_000);

	it('delivers signed events in order, retrying a failed delivery without blocking anything', async () => {
		const hooks = await startWebhookReceiver(SECRET, { failFirst: true });
		let server: Skylark | undefined;

		try {
			server = await startTestServer({
				WEBHOOK_URLS: hooks.url,
				WEBHOOK_SECRET: SECRET,
				ROOM_EMPTY_GRACE_MS: '50',
			});

			const alice = await connectNodeClient(server.url, 'hooks');

			await alice.join('hooks', { displayName: 'alice' });

			const publication = await alice.publish(audioTrack());

			await alice.unpublish(publication);
			await alice.leave();
			alice.close();
			await hooks.until(6);

			const victim = server.pool.workers[0].worker.pid;

			process.kill(victim, 'SIGKILL');
			await hooks.until(7);

			assert.deepEqual(
				hooks.received.map((r) => r.event),
				[
					'room.started',
					'participant.joined',
					'track.published',
					'track.unpublished',
					'participant.left',
					'room.finished',
					'worker.died',
				]
			);
			assert.ok(
				hooks.received.every((r) => r.signatureValid),
				'every signature checks out'
			);
			assert.ok(hooks.received.every((r) => r.body.event === r.event));
			assert.equal(new Set(hooks.received.map((r) => r.body.id)).size, 7, 'one delivery id per event');
			assert.equal(hooks.attempts(), 8, 'the refused first delivery was retried once');
			assert.equal(hooks.received[1].body.participant?.name, 'alice');
			assert.equal(hooks.received[2].body.track?.kind, 'audio');
			assert.equal(hooks.received[5].body.room?.id, 'hooks');
		} finally {
			await server?.close();
			await hooks.close();
		}
	});

	it('refuses WEBHOOK_URLS without WEBHOOK_SECRET at start-up', async () => {
		await assert.rejects(
			startTestServer({ WEBHOOK_URLS: 'http://127.0.0.1:9/hooks' }),
			/WEBHOOK_SECRET: required/
		);
	});
});
