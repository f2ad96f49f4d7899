/**
 * The soak's mixed load (SOAK_PLAN), run as its own process so the server's
 * memory is measured alone: rooms side by side, each with a publisher sending
 * audio and video and viewers over WebRTC (werift through the SDK). Every
 * few seconds a viewer leaves and another joins, or one drops its signaling
 * connection and resumes. After its lifetime a room empties (everyone
 * leaves) and the next one opens. Usage: soakLoad.ts <url> <seconds> <rooms> <viewers>.
 */
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import { testToken } from '../helpers/tokens.js';
import {
	audioTrack,
	connectNodeClient,
	sendAudio,
	sendVideo,
	videoTrack,
	type AudioSender,
} from '../helpers/weriftPeer.js';
import { SOAK_PLAN } from './soakPlan.js';

const { roomLifetimeMs: ROOM_LIFETIME_MS, actionEveryMs: ACTION_EVERY_MS } = SOAK_PLAN;
/** Bounds every loop besides the deadline: rooms opened per slot. */
const MAX_ROOMS_PER_SLOT = 500;

const [url, seconds, SLOTS, VIEWERS] = [
	process.argv[2],
	Number(process.argv[3]),
	Number(process.argv[4] ?? SOAK_PLAN.slots),
	Number(process.argv[5] ?? SOAK_PLAN.viewers),
];
const deadline = performance.now() + seconds * 1000;
const counts = { rooms: 0, joins: 0, leaves: 0, drops: 0, failures: 0 };

async function viewer(room: string, name: string): Promise<SkylarkClient> {
	const token = await testToken(room, {
		identity: name,
		grants: { canPublish: false, canPublishData: false },
	});
	const client = await connectNodeClient(url, room, { token });

	await client.join(room, { displayName: name });
	counts.joins++;

	return client;
}

function leave(client: SkylarkClient): void {
	counts.leaves++;
	void client.leave().finally(() => client.close());
}

/** One room's life: a publisher, viewers coming and going, then everyone leaves. */
async function roomLife(room: string): Promise<void> {
	const publisher = await connectNodeClient(url, room);
	const senders: AudioSender[] = [];
	const viewers: SkylarkClient[] = [];
	const end = Math.min(deadline, performance.now() + ROOM_LIFETIME_MS);

	try {
		await publisher.join(room, { displayName: 'publisher' });
		counts.joins++;
		senders.push(sendAudio(await publisher.publish(audioTrack())));
		senders.push(sendVideo(await publisher.publish(videoTrack())));

		for (let i = 0; i < VIEWERS; i++) {
			viewers.push(await viewer(room, `viewer-${i}`));
		}

		for (let step = 0; performance.now() < end && step < 1000; step++) {
			await new Promise((resolve) => setTimeout(resolve, ACTION_EVERY_MS));

			if (step % 2 === 0) {
				leave(viewers.shift()!);
				viewers.push(await viewer(room, `viewer-${VIEWERS + step}`));
			} else {
				// Dropped as by the network; the SDK reconnects and resumes the same peer.
				viewers[step % viewers.length].signaling.interrupt();
				counts.drops++;
			}
		}
	} finally {
		senders.forEach((s) => s.stop());
		viewers.forEach(leave);
		leave(publisher);
	}
}

async function slot(index: number): Promise<void> {
	for (let n = 0; performance.now() < deadline && n < MAX_ROOMS_PER_SLOT; n++) {
		counts.rooms++;
		await roomLife(`soak-${index}-${n}`).catch((error: Error) => {
			counts.failures++;
			process.stderr.write(`soak load: room soak-${index}-${n}: ${error.message}\n`);
		});
	}
}

await Promise.all(Array.from({ length: SLOTS }, (_, i) => slot(i)));
process.stdout.write(`${JSON.stringify(counts)}\n`);
process.exit(0);
