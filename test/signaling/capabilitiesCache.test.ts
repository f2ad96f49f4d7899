import * as assert from 'node:assert/strict';
import { ProtocolError, skylark } from '../../protos/index.js';
import {
	cacheCapabilitiesDecoding,
	validatedCapabilities,
} from '../../server/src/signaling/capabilitiesCache.js';
import { decodeRequestFrame } from '../../server/src/signaling/frames.js';

import pb = skylark.v1;

const OPUS = {
	kind: 'audio',
	mimeType: 'audio/opus',
	clockRate: 48000,
	preferredPayloadType: 100,
	channels: 2,
};
const VP8 = { kind: 'video', mimeType: 'video/VP8', clockRate: 90000, preferredPayloadType: 101 };

function frame(id: number, rtpCapabilities: pb.RtpCapabilities.$Properties): Buffer {
	return Buffer.from(pb.Request.encode({ id, setCapabilities: { rtpCapabilities } }).finish());
}

function capabilitiesOf(bytes: Uint8Array): pb.RtpCapabilities {
	const decoded = decodeRequestFrame(bytes);

	assert.ok(decoded.ok, 'the frame decodes');

	return decoded.request.setCapabilities!.rtpCapabilities as pb.RtpCapabilities;
}

describe('RTP capabilities cache', () => {
	before(() => cacheCapabilitiesDecoding());

	it('decodes and validates the same bytes once, and shares a frozen result', () => {
		const first = capabilitiesOf(frame(1, { codecs: [OPUS, VP8] }));
		const second = capabilitiesOf(frame(2, { codecs: [OPUS, VP8] }));
		const other = capabilitiesOf(frame(3, { codecs: [VP8] }));

		assert.equal(second, first);
		assert.notEqual(other, first);
		assert.ok(Object.isFrozen(first.codecs[0]));
		assert.deepEqual(
			other.codecs.map((c) => c.mimeType),
			['video/VP8']
		);

		const caps = validatedCapabilities(first, 'rtpCapabilities');

		assert.equal(validatedCapabilities(second, 'rtpCapabilities'), caps);
		assert.deepEqual(
			(caps.codecs ?? []).map((c) => [c.kind, c.mimeType, c.preferredPayloadType]),
			[
				['audio', 'audio/opus', 100],
				['video', 'video/VP8', 101],
			]
		);
		assert.throws(() => (caps.codecs as unknown[]).push({}), TypeError);
	});

	it('merges a field sent twice in one frame, as protobuf does, without touching the cached message', () => {
		const cached = capabilitiesOf(frame(1, { codecs: [OPUS] }));
		const twice = Buffer.concat([
			frame(1, { codecs: [OPUS] }),
			Buffer.from(
				pb.Request.encode({ setCapabilities: { rtpCapabilities: { codecs: [VP8] } } }).finish()
			),
		]);
		const merged = capabilitiesOf(twice);

		assert.deepEqual(
			merged.codecs.map((c) => c.mimeType),
			['audio/opus', 'video/VP8']
		);
		assert.deepEqual(
			cached.codecs.map((c) => c.mimeType),
			['audio/opus']
		);
	});

	it('still refuses bad capabilities every time, naming the field', () => {
		const bad = frame(1, { codecs: [{ ...OPUS, kind: 'text' }] });

		for (let i = 0; i < 2; i++) {
			assert.throws(
				() => validatedCapabilities(capabilitiesOf(bad), 'rtpCapabilities'),
				(error: Error) =>
					error instanceof ProtocolError &&
					error.message.startsWith('rtpCapabilities.codecs[0].kind')
			);
		}

		const truncated = decodeRequestFrame(frame(1, { codecs: [OPUS, VP8] }).subarray(0, 20));

		assert.equal(truncated.ok, false);
	});
});
