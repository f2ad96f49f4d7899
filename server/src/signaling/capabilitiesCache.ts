/**
 * RTP capabilities decoded and validated once per distinct encoding.
 *
 * A browser's RTP capabilities are a 2–3 kB message of ~40 codecs and
 * extensions, and every client of the same browser build sends the same
 * bytes. Decoding them with protobufjs (~27 µs) and validating them (~7 µs)
 * cost more than socket.io's whole round trip (~45 µs), so both are cached:
 * the decoded message by its exact bytes, the validated capabilities by the
 * decoded message. Cached objects are deeply frozen, since every peer with
 * the same capabilities shares them (mediasoup clones capabilities before it
 * normalizes them, so it never writes to them). Bytes that fail to decode, and
 * messages that fail validation, are not cached: they throw the same typed
 * errors every time.
 */
import protobuf from 'protobufjs/minimal.js';
import { rtpCapabilitiesFromProto, skylark } from '../../../protos/index.js';
import type { RtpCapabilities } from '../../../protos/mapping/ortcTypes.js';

import pb = skylark.v1;

/** Distinct encodings kept: a few browser builds; bounded so varied input cannot grow memory. */
const MAX_ENTRIES = 32;

type Decode = typeof pb.RtpCapabilities.decode;
type DecodeArgs = [
	reader: protobuf.Reader | Uint8Array,
	length?: number,
	end?: unknown,
	depth?: unknown,
	target?: unknown,
];

/** Newest last. Found by length and memcmp: cheaper than hashing kilobytes into a string key. */
const decoded: { bytes: Buffer; message: pb.RtpCapabilities }[] = [];
const validated = new WeakMap<pb.RtpCapabilities, RtpCapabilities>();
let installed = false;

function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);

		for (const member of Object.values(value)) {
			deepFreeze(member);
		}
	}

	return value;
}

function remember(bytes: Buffer, message: pb.RtpCapabilities): pb.RtpCapabilities {
	if (decoded.length >= MAX_ENTRIES) {
		decoded.shift();
	}

	decoded.push({ bytes: Buffer.from(bytes), message });

	return message;
}

/**
 * Makes `RtpCapabilities.decode` return the cached message for bytes it has
 * decoded before, wherever the message is nested (setCapabilities, join).
 * Decodes that merge into an existing message (a field repeated in one frame)
 * or that are not reading a length-delimited field go the generated way.
 */
export function cacheCapabilitiesDecoding(): void {
	if (installed) {
		return;
	}

	installed = true;

	const original: Decode = pb.RtpCapabilities.decode.bind(pb.RtpCapabilities);
	const cached = (...args: DecodeArgs): pb.RtpCapabilities => {
		const [reader, length, groupEnd, depth, target] = args;

		if (
			!(reader instanceof protobuf.Reader) ||
			length === undefined ||
			groupEnd !== undefined ||
			target
		) {
			// protobuf merges a repeated field into the first one: never into a shared, frozen message.
			const into =
				target && Object.isFrozen(target)
					? original(pb.RtpCapabilities.encode(target as pb.RtpCapabilities).finish())
					: target;

			return (original as (...a: DecodeArgs) => pb.RtpCapabilities)(
				reader,
				length,
				groupEnd,
				depth,
				into
			);
		}

		const end = reader.pos + length;

		if (end > reader.len) {
			throw new RangeError('index out of range');
		}

		const { buf } = reader;
		const bytes = Buffer.from(buf.buffer, buf.byteOffset + reader.pos, length);
		const hit = decoded.find((entry) => entry.bytes.length === length && entry.bytes.equals(bytes));

		if (hit) {
			reader.pos = end;

			return hit.message;
		}

		return remember(bytes, deepFreeze(original(reader, length)));
	};

	pb.RtpCapabilities.decode = cached as Decode;
}

/** `rtpCapabilitiesFromProto`, once per decoded message: the result is shared and frozen. */
export function validatedCapabilities(
	message: pb.RtpCapabilities.$Properties | null | undefined,
	field: string
): RtpCapabilities {
	const known = message && validated.get(message as pb.RtpCapabilities);

	if (known) {
		return known;
	}

	const result = deepFreeze(rtpCapabilitiesFromProto(message, field));

	if (message && Object.isFrozen(message)) {
		validated.set(message as pb.RtpCapabilities, result);
	}

	return result;
}
