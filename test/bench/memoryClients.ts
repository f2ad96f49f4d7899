/**
 * Idle signaling-only peers for bench:memory, in their own process so the
 * server's memory is measured alone: joins COUNT peers to ROOM (nothing
 * published or subscribed), prints "ready", and holds them until killed.
 * Usage: memoryClients.ts <url> <room> <count>.
 */
import { joinRoom } from '../load/plainPeers.js';
import { testToken } from '../helpers/tokens.js';

const [url, room, count] = [process.argv[2], process.argv[3], Number(process.argv[4])];
const BATCH = 50;

for (let first = 0; first < count; first += BATCH) {
	await Promise.all(
		Array.from({ length: Math.min(BATCH, count - first) }, async (_, i) => {
			const identity = `idle-${first + i}`;
			const token = await testToken(room, {
				identity,
				grants: { canPublish: false, canPublishData: false },
			});

			await joinRoom(url, token, { roomId: room, displayName: identity });
		})
	);
}

process.stdout.write('ready\n');
