import * as assert from 'node:assert/strict';
import type { Skylark } from '../../server/src/Skylark.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { RtpPhone } from './rtpPhone.js';

const ROOM = 'sip-delay';
const BEEPS = 8;
/** Louder than this is the beep (the mix of silence is far below). */
const HEARD_DBFS = -30;

/**
 * Mouth-to-ear through Skylark, on loopback: phone A beeps, phone B (in the
 * same room) hears it. Both phones run in this process on one clock; the path
 * is A → mediasoup → GStreamer (PCMU → Opus) → mediasoup → GStreamer (Opus →
 * mixer → PCMU) → mediasoup → B, the whole of what a phone-to-phone or
 * phone-to-WebRTC call adds on the server, twice transcoded.
 */
describe('SIP mouth-to-ear delay through a room (loopback)', function () {
	this.timeout(60_000);

	let server: Skylark;
	let sipPort: number;
	const phones: RtpPhone[] = [];

	before(async () => {
		sipPort = await freePortRange(1);
		server = await startTestServer({
			SIP_PORT: String(sipPort),
			SIP_ALLOWED_SOURCES: '127.0.0.1',
			SIP_ROOMS: 'create',
		});
	});

	after(async () => {
		phones.forEach((phone) => phone.close());
		await server?.close();
	});

	it(`is measured over ${BEEPS} beeps and stays under 150 ms (median)`, async () => {
		const a = await RtpPhone.open(`delay-a-${process.pid}`);
		const b = await RtpPhone.open(`delay-b-${process.pid}`);

		phones.push(a, b);
		await a.call(ROOM, sipPort);
		await b.call(ROOM, sipPort);
		// Each hears the other: B's mixer has A's voice in a slot before A beeps.
		await until(
			() => [...server.sip!.calls.values()].every((c) => c.participant?.mixedProducers.length === 1),
			10_000,
			'each phone mixed into the other'
		);
		// Media flowing end to end: B hears packets of A's (silent) voice through the mixer.
		await until(() => b.heard.length > 25, 10_000, 'B hearing the room');

		// The first beep that gets through proves the whole path is up (decoders, jitter buffers, mixer).
		await until(
			async () => {
				const sentAt = a.beep(100);

				await until(() => b.heard.some((h) => h.at > sentAt + 300), 2000, 'B hearing on');

				return b.heard.some((h) => h.at > sentAt && h.level > HEARD_DBFS);
			},
			15_000,
			'a first beep through the room'
		);

		const delays: number[] = [];

		for (let i = 0; i < BEEPS; i++) {
			const quietSince = performance.now();

			// Wait for quiet at B (the last beep's tail), then beep.
			await until(
				() =>
					b.heard.filter((h) => h.at > quietSince).length >= 10 &&
					b.heard.at(-1)!.level < HEARD_DBFS,
				5000,
				'quiet at B'
			);

			const sentAt = a.beep(200);
			const heard = await until(
				() => b.heard.find((h) => h.at > sentAt && h.level > HEARD_DBFS),
				5000,
				() =>
					`B hearing beep ${i} ${b.heard
						.slice(-40)
						.map((h) => `${(h.at - sentAt).toFixed(0)}:${h.level.toFixed(0)}`)
						.join(' ')}`,
				2
			);

			delays.push(heard.at - sentAt);
		}

		delays.sort((x, y) => x - y);

		const median = delays[Math.floor(delays.length / 2)]!;

		process.stdout.write(
			`      mouth-to-ear phone → room → phone: median ${median.toFixed(0)} ms (all: ${delays.map((d) => d.toFixed(0)).join(', ')})\n`
		);
		assert.ok(median < 150, `median mouth-to-ear ${median.toFixed(0)} ms`);
		await a.hangUp(ROOM, sipPort);
		await b.hangUp(ROOM, sipPort);
		await until(() => server.sip!.calls.size === 0, 5000, 'both calls ended');
	});
});
