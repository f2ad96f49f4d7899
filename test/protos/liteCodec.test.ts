/**
 * The browser SDK's lean codec (protos/lite/) against protobufjs' static
 * code (protos/gen/skylark.js), which the server runs: the same bytes for
 * the same message, and the same decoded view (defaults, oneof names, own
 * keys) for the same bytes, over random messages of every type.
 */
import * as assert from 'node:assert/strict';
import { schema } from '../../protos/gen/skylark.lite.js';
import { skylark as full } from '../../protos/gen/skylark.js';
import { Rule, type FieldSpec } from '../../protos/lite/schema.js';
import { skylark as lite } from '../../protos/lite/skylark.js';
import type { Message, MessageCodec } from '../../protos/lite/codec.js';

type Codec = {
	encode(message: Message): { finish(): Uint8Array };
	decode(bytes: Uint8Array): Message;
};

const SAMPLES_PER_TYPE = 150;
const fullV1 = full.v1 as Record<string, unknown> as Record<string, Codec & Record<string | number, unknown>>;
const liteV1 = lite.v1;
const liteEnum = (name: string) => liteV1[name] as Record<string, string | number>;
const liteCodec = (name: string) => liteV1[name] as MessageCodec;

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed >>> 0 || 1;
	const next = () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;

		return (state >>> 0) / 2 ** 32;
	};
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];

	return { next, pick, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof random>;

const STRINGS = [
	'',
	'a',
	'camera',
	'ünïcödé',
	'日本語',
	'🎥 emoji',
	'x'.repeat(300),
	'\u0000nul',
	'\uFEFFbom',
];
const UINTS = [0, 1, 127, 128, 300, 16384, 2 ** 31, 2 ** 32 - 1];
const DOUBLES = [0, 1, -1, 0.5, 1e-9, 1234.5678, -2.5e10, Number.MAX_VALUE];

function scalar(type: string, r: Random): unknown {
	switch (type) {
		case 'string':
			return r.pick(STRINGS);
		case 'bool':
			return r.chance(0.5);
		case 'uint32':
			return r.chance(0.7) ? r.pick(UINTS) : Math.floor(r.next() * 2 ** 32);
		case 'int32':
			return r.pick([0, 1, -1, -200, 2 ** 31 - 1, -(2 ** 31)]);
		case 'double':
			return r.chance(0.7) ? r.pick(DOUBLES) : (r.next() - 0.5) * 1e6;
		case 'float':
			return r.pick([0, 1, -1, 0.5, 1024]);
	}

	const values = schema.enums[type];

	assert.ok(values, `unknown type ${type}`);

	// Mostly known values; sometimes one a newer peer might send.
	return r.chance(0.9) ? values[2 * Math.floor((r.next() * values.length) / 2) + 1] : 99;
}

function value(type: string, r: Random, depth: number): unknown {
	return type in schema.messages ? randomMessage(type, r, depth + 1) : scalar(type, r);
}

function randomMessage(type: string, r: Random, depth = 0): Message {
	const message: Message = {};
	const fields = schema.messages[type];
	const oneofs = new Map<string, FieldSpec[]>();

	for (const field of fields) {
		if (field[4]) {
			oneofs.set(field[4], [...(oneofs.get(field[4]) ?? []), field]);
		}
	}

	const chosen = new Set([...oneofs.values()].map((members) => (r.chance(0.7) ? r.pick(members)[1] : '')));

	for (const [, name, fieldType, rule, oneof] of fields) {
		if ((oneof && !chosen.has(name)) || depth > 4 || r.chance(0.25)) {
			continue;
		}

		if (rule === Rule.Repeated) {
			message[name] = Array.from({ length: Math.floor(r.next() * 4) }, () =>
				value(fieldType, r, depth)
			);
		} else if (rule === Rule.Map) {
			message[name] = Object.fromEntries(
				Array.from({ length: Math.floor(r.next() * 3) }, (_, i) => [
					r.pick(['profile-level-id', 'apt', 'x-google', `k${i}`]),
					value(fieldType, r, depth),
				])
			);
		} else {
			message[name] = value(fieldType, r, depth);
		}
	}

	return message;
}

/**
 * What the SDK can observe of a decoded message: every field read through it, oneof names, own keys,
 * and whether a repeated field can be written to. Not for RtpCapabilities: once a signaling server
 * runs in this process, protobufjs hands out shared, deeply frozen copies of them (capabilitiesCache).
 */
function view(type: string, message: Message, shared = false): unknown {
	const fields = schema.messages[type];
	const readOnly = shared || type === 'RtpCapabilities';
	const shown = (fieldType: string, v: unknown): unknown =>
		fieldType in schema.messages && v !== null && typeof v === 'object'
			? view(fieldType, v as Message, readOnly)
			: v;
	const out: Record<string, unknown> = { $ownKeys: Object.keys(message).sort() };

	for (const [, name, fieldType, rule, oneof] of fields) {
		const v = message[name];

		out[name] =
			rule === Rule.Repeated
				? {
						frozen: readOnly ? 'shared' : Object.isFrozen(v),
						items: (v as unknown[]).map((item) => shown(fieldType, item)),
					}
				: rule === Rule.Map
					? Object.fromEntries(
							Object.entries(v as Record<string, unknown>).map(([k, item]) => [
								k,
								shown(fieldType, item),
							])
						)
					: shown(fieldType, v);

		if (oneof) {
			out[`$oneof:${oneof}`] = message[oneof];
		}
	}

	return out;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('lite protobuf codec (browser SDK) agrees with protobufjs (server)', () => {
	const types = Object.keys(schema.messages);

	it('describes every message and enum of skylark.v1', () => {
		const generated = Object.keys(fullV1).filter((k) => typeof fullV1[k].decode === 'function');

		assert.deepEqual(types.sort(), generated.sort());
		assert.equal(liteEnum('ErrorCode').PROTOCOL_MISMATCH, full.v1.ErrorCode.PROTOCOL_MISMATCH);
		assert.equal(liteEnum('ErrorCode')[4], 'NOT_FOUND');
		assert.equal(liteEnum('Role').VIEWER, full.v1.Role.VIEWER);
		assert.equal(liteEnum('Direction')[2], full.v1.Direction[2]);
	});

	for (const type of Object.keys(schema.messages)) {
		it(`${type}: same bytes, same decoded view`, () => {
			const r = random(type.length * 7919 + type.charCodeAt(0));
			const codec = liteCodec(type);

			for (let i = 0; i < SAMPLES_PER_TYPE; i++) {
				const message = randomMessage(type, r);
				const expected = fullV1[type].encode(message).finish();
				const actual = codec.encode(message).finish();

				assert.equal(hex(actual), hex(expected), `${type} #${i}: ${JSON.stringify(message)}`);
				assert.deepEqual(
					view(type, codec.decode(expected)),
					view(type, fullV1[type].decode(expected)),
					`${type} #${i}`
				);
			}
		});
	}

	it('reads what it does not know (a newer peer) the same, and refuses broken frames', () => {
		const known = full.v1.ServerMessage.encode({
			response: { id: 7, error: { code: 4, message: 'gone' } },
		}).finish();
		// Field 99 (varint) and field 100 (bytes) appended: unknown to both.
		const extended = new Uint8Array([...known, 0x98, 0x06, 0x2a, 0xa2, 0x06, 0x02, 0x68, 0x69]);
		const decodedLite = liteCodec('ServerMessage').decode(extended);

		assert.deepEqual(
			view('ServerMessage', decodedLite),
			view('ServerMessage', fullV1.ServerMessage.decode(extended))
		);

		for (const broken of [known.subarray(0, known.length - 2), new Uint8Array([0x0a, 0x05, 0x01])]) {
			assert.throws(() => liteCodec('ServerMessage').decode(broken), RangeError);
			assert.throws(() => full.v1.ServerMessage.decode(broken));
		}

		// Invalid UTF-8 in a string is refused by both.
		const badUtf8 = new Uint8Array([0x12, 0x02, 0xc3, 0x28]);

		assert.throws(() => liteCodec('Error').decode(badUtf8), TypeError);
		assert.throws(() => full.v1.Error.decode(badUtf8));
	});
});
