import * as assert from 'node:assert/strict';
import type { Skylark } from '../../server/src/Skylark.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { RtpPhone } from './rtpPhone.js';

const ROOM = 'sip-session';

describe('SIP session: timers, refreshes, re-INVITE (raw SIP phone)', function () {
	this.timeout(30_000);

	let server: Skylark;
	let sipPort: number;
	let phone: RtpPhone;

	before(async () => {
		sipPort = await freePortRange(1);
		server = await startTestServer({
			SIP_PORT: String(sipPort),
			SIP_ALLOWED_SOURCES: '127.0.0.1',
			SIP_ROOMS: 'create',
		});
		phone = await RtpPhone.open(`session-${process.pid}`);
	});

	after(async () => {
		phone?.close();
		await server?.close();
	});

	it('takes the session interval a caller asks for, answers its refreshes (re-INVITE, UPDATE) with the same media, and BYE ends it', async () => {
		const ok = await phone.call(ROOM, sipPort, ['Supported: timer', 'Session-Expires: 90;refresher=uac']);

		assert.match(ok, /^Session-Expires: 90;refresher=uac$/m);
		assert.match(ok, /^Require: timer$/m);

		const port = /^m=audio (\d+)/m.exec(ok)![1];
		const version = Number(/^o=skylark \d+ (\d+)/m.exec(ok)![1]);
		const reInvite = await phone.inDialog('INVITE', ROOM, sipPort, 2, [
			'Session-Expires: 90;refresher=uac',
		]);

		assert.match(reInvite, /^SIP\/2\.0 200/);
		assert.equal(/^m=audio (\d+)/m.exec(reInvite)![1], port, 'the same media port');
		assert.equal(Number(/^o=skylark \d+ (\d+)/m.exec(reInvite)![1]), version + 1, 'a new SDP version');

		const update = await phone.inDialog('UPDATE', ROOM, sipPort, 3, [
			'Session-Expires: 90;refresher=uac',
		]);

		assert.match(update, /^SIP\/2\.0 200/);
		assert.match(update, /^Session-Expires: 90;refresher=uac$/m);

		// The call went on through all that: the phone still hears the room's mix.
		const heard = phone.heard.length;

		await until(() => phone.heard.length > heard + 10, 5000, 'the mix still flowing');
		assert.equal(server.sip!.calls.size, 1);
		await phone.hangUp(ROOM, sipPort);
		await until(() => server.sip!.calls.size === 0, 5000, 'the call gone');
		await until(
			() => !server.rooms.get(ROOM) || server.rooms.get(ROOM)!.peers.size === 0,
			5000,
			'the room empty'
		);
	});

	it('hold (a=sendonly) stops the mix to the phone and resume (a=sendrecv) brings it back', async () => {
		const holder = await RtpPhone.open(`hold-${process.pid}`);

		try {
			await holder.call(ROOM, sipPort);

			const call = await until(() => server.sip!.calls.get(`hold-${process.pid}`), 5000, 'the call');
			const received = async () => (await call.participant!.phoneStats()).packetsFromCaller;
			/** Resolves after the phone itself sent `packets` more (its 20 ms clock, not a timer here). */
			const afterPhoneSent = async (packets: number) => {
				const from = await received();

				return until(
					async () => (await received()) >= from + packets,
					5000,
					`${packets} packets from the phone`
				);
			};

			await until(() => holder.heard.length > 10, 5000, 'the mix reaching the phone');

			const held = await holder.inDialog(
				'INVITE',
				ROOM,
				sipPort,
				2,
				[],
				holder.sdp.replace('a=sendrecv', 'a=sendonly')
			);

			assert.match(held, /^a=recvonly$/m);
			await afterPhoneSent(5);

			const heardOnHold = holder.heard.length;

			await afterPhoneSent(25);
			assert.equal(holder.heard.length, heardOnHold, 'nothing sent to a phone that holds');

			const resumed = await holder.inDialog('INVITE', ROOM, sipPort, 3);

			assert.match(resumed, /^a=sendrecv$/m);
			await until(() => holder.heard.length > heardOnHold + 10, 5000, 'the mix back after resume');

			// A re-offer without the call's codec cannot be taken: 488, and the call goes on.
			const other = await holder.inDialog(
				'INVITE',
				ROOM,
				sipPort,
				4,
				[],
				holder.sdp
					.replace('RTP/AVP 0', 'RTP/AVP 8')
					.replace('a=rtpmap:0 PCMU/8000', 'a=rtpmap:8 PCMA/8000')
			);

			assert.match(other, /^SIP\/2\.0 488/);
			await holder.hangUp(ROOM, sipPort);
		} finally {
			holder.close();
		}
	});
});
