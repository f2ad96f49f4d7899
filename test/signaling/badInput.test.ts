import * as assert from 'node:assert/strict';
import { SignalingChannel } from '../../client-sdk/src/SignalingChannel.js';
import type { RemoteTrack, SkylarkClient, SkylarkError } from '../../client-sdk/src/index.js';
import { skylark } from '../../protos/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { refusal } from '../helpers/clientEvents.js';
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

/** The frame limit this suite runs with: not the default, so the test proves the setting is read. */
const MAX_FRAME_BYTES = 50_000;

/**
 * A Request of exactly `size` bytes: an id, no method, and padding in a field
 * no version of the protocol uses, which decoding skips. The server answers it
 * with UNKNOWN_METHOD, which shows the frame got through.
 */
function requestOfSize(id: number, size: number): Uint8Array {
	const head = skylark.v1.Request.encode({ id }).finish();
	// Field 1000, length-delimited: tag 0xc2 0x3e, then a 3-byte length for 16 KiB–2 MiB of padding.
	const padding = size - head.length - 2 - 3;
	const frame = new Uint8Array([
		...head,
		0xc2,
		0x3e,
		(padding & 0x7f) | 0x80,
		((padding >> 7) & 0x7f) | 0x80,
		padding >> 14,
		...new Uint8Array(padding),
	]);

	assert.ok(padding >= 1 << 14 && padding < 1 << 21, `padding ${padding} needs a 3-byte length`);
	assert.equal(frame.length, size);
	assert.equal(skylark.v1.Request.decode(frame).id, id);

	return frame;
}

/** The next frame-level error (a response to no request of ours) the server sends. */
function nextFrameError(channel: SignalingChannel): Promise<SkylarkError> {
	return new Promise((resolve) => channel.once('error', resolve));
}

describe('bad signaling input', () => {
	let skylark_: Skylark;
	let alice: SkylarkClient;
	let bob: SkylarkClient;
	let sender: AudioSender;
	let aliceAtBob: RemoteTrack;
	let mallory: SignalingChannel;

	before(async () => {
		skylark_ = await startTestServer({ MAX_FRAME_BYTES: String(MAX_FRAME_BYTES) });
		alice = await connectNodeClient(skylark_.url, 'robust');
		bob = await connectNodeClient(skylark_.url, 'robust');
		await alice.join('robust', { displayName: 'Alice' });
		await bob.join('robust', { displayName: 'Bob' });

		const subscribed = new Promise<RemoteTrack>((resolve) => bob.once('trackSubscribed', resolve));

		sender = sendAudio(await alice.publish(audioTrack()));
		aliceAtBob = await subscribed;
		await receivedPackets(aliceAtBob, 10);
	});

	beforeEach(async () => {
		mallory = new SignalingChannel(skylark_.url, {
			requestTimeoutMs: 5000,
			token: await testToken('robust'),
			socket: { reconnection: false },
		});
		await mallory.waitConnected();
	});

	afterEach(async () => {
		mallory.close();
		// Whatever mallory sent, the call next door carries on.
		assert.equal(await receivedPackets(aliceAtBob, 25), 25);
		assert.equal(skylark_.rooms.get('robust')?.peers.size, 2);
	});

	after(async () => {
		sender.stop();
		alice.close();
		bob.close();
		await skylark_.close();
	});

	it('answers a frame that is not protobuf, or not binary, with BAD_REQUEST', async () => {
		let error = nextFrameError(mallory);

		mallory.sendRawFrame(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]));
		assert.equal((await error).code, 'BAD_REQUEST');
		assert.match((await error).message, /not a valid skylark\.v1\.Request/);

		error = nextFrameError(mallory);
		mallory.sendRawFrame('{"method":"join"}');
		assert.equal((await error).code, 'BAD_REQUEST');
		assert.match((await error).message, /must be binary/);
	});

	it('answers an unknown method with UNKNOWN_METHOD and the request id', async () => {
		const request = skylark.v1.Request.encode({ id: 4242 }).finish();
		// Field 99, length-delimited, empty: a method from some future protocol version.
		const unknownMethod = new Uint8Array([...request, 0x9a, 0x06, 0x00]);
		const error = nextFrameError(mallory);

		mallory.sendRawFrame(unknownMethod);
		assert.equal((await error).code, 'UNKNOWN_METHOD');
	});

	it('refuses requests in the wrong state with INVALID_STATE', async () => {
		assert.equal(await refusal(mallory.request('consume', { producerId: 'anything' })), 'INVALID_STATE');
		assert.equal(await refusal(mallory.request('createTransport', { direction: 1 })), 'INVALID_STATE');

		await mallory.request('join', { roomId: 'robust', displayName: 'Mallory' });
		assert.equal(
			await refusal(mallory.request('join', { roomId: 'robust', displayName: 'Again' })),
			'INVALID_STATE'
		);
		assert.equal(await refusal(mallory.request('consume', { producerId: 'anything' })), 'INVALID_STATE');

		const created = await mallory.request('createTransport', { direction: skylark.v1.Direction.SEND });
		const transportId = created.transport!.transportId;
		const serverPeer = [...skylark_.rooms.get('robust')!.peers.values()].find(
			(p) => p.displayName === 'Mallory'
		)!;

		serverPeer.sendTransport!.close();
		assert.equal(
			await refusal(
				mallory.request('produce', { transportId, kind: 'audio', rtpParameters: { codecs: [] } })
			),
			'INVALID_STATE'
		);
		assert.equal(
			await refusal(mallory.request('produce', { transportId: 'no-such-transport', kind: 'audio' })),
			'NOT_FOUND'
		);
	});

	it('rejects bad join fields and wrong RTP parameters with typed errors', async () => {
		assert.equal(
			await refusal(mallory.request('join', { roomId: '../etc', displayName: 'M' })),
			'BAD_REQUEST'
		);
		assert.equal(
			await refusal(mallory.request('join', { roomId: 'robust', displayName: '' })),
			'BAD_REQUEST'
		);

		await mallory.request('join', { roomId: 'robust', displayName: 'Mallory' });

		const created = await mallory.request('createTransport', { direction: skylark.v1.Direction.SEND });
		const transportId = created.transport!.transportId;
		const produce = (rtpParameters: skylark.v1.RtpParameters.$Properties | undefined, kind = 'audio') =>
			refusal(mallory.request('produce', { transportId, kind, rtpParameters }));

		const opus = { mimeType: 'audio/opus', payloadType: 111, clockRate: 48000, channels: 2 };

		assert.equal(await produce(undefined), 'BAD_REQUEST');
		assert.equal(await produce({ codecs: [] }, 'smell'), 'BAD_REQUEST');
		assert.equal(await produce({ codecs: [] }), 'INVALID_PARAMETERS');
		assert.equal(
			await produce({
				codecs: [{ mimeType: 'audio/NOPE', payloadType: 111, clockRate: 48000 }],
				encodings: [{ ssrc: 1 }],
			}),
			'UNSUPPORTED'
		);
		assert.equal(
			await produce({
				codecs: [opus, opus],
				encodings: [{ ssrc: 1 }],
			}),
			'INVALID_PARAMETERS'
		);
	});

	it('answers a frame of exactly MAX_FRAME_BYTES, and closes the socket on a frame one byte longer (and nothing else)', async () => {
		// socket.io's own limit (1 MB) is far above this one: only the setting can refuse the longer frame.
		const answered = nextFrameError(mallory);

		mallory.sendRawFrame(requestOfSize(4243, MAX_FRAME_BYTES));
		assert.equal(
			(await within(answered, 5000, 'answer to the frame at the limit')).code,
			'UNKNOWN_METHOD'
		);
		assert.equal(mallory.connected, true);

		const disconnected = new Promise<string>((resolve) => mallory.once('disconnect', resolve));

		mallory.sendRawFrame(requestOfSize(4244, MAX_FRAME_BYTES + 1));
		assert.match(
			await within(disconnected, 5000, 'disconnect after the frame over the limit'),
			/transport close|transport error/
		);
		assert.equal((await fetch(`${skylark_.url}/healthz`)).status, 200);
	});
});
