/**
 * Encodes and decodes Skylark's messages from the compact schema, with the
 * behaviour of protobufjs' static code (protos/gen/skylark.js) that the SDK
 * relies on: decoded messages carry their defaults on a prototype (proto3
 * zero values, `null` for absent messages and optional fields, frozen empty
 * arrays and maps), a oneof's name reads which member is set, and encoding
 * skips fields that are unset or, without explicit presence, zero.
 * test/protos/liteCodec.test.ts checks both agree, byte for byte.
 *
 * Unlike protobufjs it does not keep unknown fields (a newer server's) for
 * re-encoding: it skips them.
 */
import { Reader, Writer } from './wire.js';
import { Rule, SCALARS, type FieldSpec, type LiteSchema, type Scalar } from './schema.js';

/** A decoded message or one to encode: plain data keyed by the fields' JSON names. */
export type Message = Record<string, unknown>;

export interface MessageCodec {
	encode(message: Message): { finish(): Uint8Array };
	decode(bytes: Uint8Array): Message;
}

const WIRE_TYPES: Record<Scalar, number> = { string: 2, bool: 0, uint32: 0, int32: 0, double: 1, float: 5 };
const DEFAULTS: Record<Scalar, unknown> = {
	string: '',
	bool: false,
	uint32: 0,
	int32: 0,
	double: 0,
	float: 0,
};
const EMPTY_ARRAY = Object.freeze([]);
const EMPTY_MAP = Object.freeze({});

const isScalar = (type: string): type is Scalar => (SCALARS as readonly string[]).includes(type);
const own = (message: Message, key: string) => Object.prototype.hasOwnProperty.call(message, key);

/** Builds a codec for every message of the schema (they refer to each other). */
export function buildCodecs(schema: LiteSchema): Record<string, MessageCodec> {
	const prototypes = new Map<string, object>();
	const typeOf = (type: string): Scalar | 'enum' | 'message' =>
		isScalar(type) ? type : type in schema.enums ? 'enum' : 'message';
	const wireTypeOf = (type: string) => {
		const kind = typeOf(type);

		return kind === 'enum' ? 0 : kind === 'message' ? 2 : WIRE_TYPES[kind];
	};
	const fieldsOf = (name: string): FieldSpec[] => {
		const fields = schema.messages[name];

		if (!fields) {
			throw new Error(`unknown message type ${name}`);
		}

		return fields;
	};

	function prototypeOf(name: string): object {
		let prototype = prototypes.get(name);

		if (prototype) {
			return prototype;
		}

		prototype = {};

		const oneofs = new Map<string, string[]>();

		for (const [, key, type, rule, oneof] of fieldsOf(name)) {
			const kind = typeOf(type);
			const fallback =
				rule === Rule.Repeated
					? EMPTY_ARRAY
					: rule === Rule.Map
						? EMPTY_MAP
						: rule === Rule.Optional || oneof || kind === 'message'
							? null
							: kind === 'enum'
								? 0
								: DEFAULTS[kind];

			Object.defineProperty(prototype, key, { value: fallback, writable: true, configurable: true });

			if (oneof) {
				oneofs.set(oneof, [...(oneofs.get(oneof) ?? []), key]);
			}
		}

		for (const [oneof, members] of oneofs) {
			Object.defineProperty(prototype, oneof, {
				get(this: Message) {
					return members.find((m) => own(this, m) && this[m] !== null && this[m] !== undefined);
				},
			});
		}

		prototypes.set(name, prototype);

		return prototype;
	}

	/** Whether a repeated field of this type is packed (numbers and enums; strings and messages are not). */
	function packable(type: string): boolean {
		const kind = typeOf(type);

		return kind !== 'message' && kind !== 'string';
	}

	function writeValue(writer: Writer, type: string, value: unknown): void {
		const kind = typeOf(type);

		if (kind === 'message') {
			writer.bytes(encodeMessage(type, value as Message).finish());
		} else if (kind === 'enum' || kind === 'int32') {
			writer.int32(Number(value));
		} else if (kind === 'bool') {
			writer.uint32(value ? 1 : 0);
		} else if (kind === 'string') {
			writer.string(String(value));
		} else {
			writer[kind](Number(value));
		}
	}

	function encodeMessage(name: string, message: Message): Writer {
		const writer = new Writer();

		for (const [id, key, type, rule, oneof] of fieldsOf(name)) {
			const value = message[key];

			if (value === null || value === undefined) {
				continue;
			}

			if (rule === Rule.Repeated && packable(type)) {
				// proto3 packs repeated numbers and enums: one length-delimited run of values.
				if ((value as unknown[]).length > 0) {
					const packed = new Writer();

					for (const item of value as unknown[]) {
						writeValue(packed, type, item);
					}

					writer.uint32((id << 3) | 2).bytes(packed.finish());
				}
			} else if (rule === Rule.Repeated) {
				for (const item of value as unknown[]) {
					writer.uint32((id << 3) | wireTypeOf(type));
					writeValue(writer, type, item);
				}
			} else if (rule === Rule.Map) {
				if (own(message, key)) {
					for (const [mapKey, item] of Object.entries(value as Record<string, unknown>)) {
						const entry = new Writer()
							.uint32(10)
							.string(mapKey)
							.uint32(16 | wireTypeOf(type));

						writeValue(entry, type, item);
						writer.uint32((id << 3) | 2).bytes(entry.finish());
					}
				}
			} else if (
				own(message, key) &&
				(rule === Rule.Optional || oneof || typeOf(type) === 'message' || !isDefault(type, value))
			) {
				writer.uint32((id << 3) | wireTypeOf(type));
				writeValue(writer, type, value);
			}
		}

		return writer;
	}

	function isDefault(type: string, value: unknown): boolean {
		const kind = typeOf(type);

		return value === (kind === 'enum' ? 0 : DEFAULTS[kind as Scalar]);
	}

	function readValue(reader: Reader, type: string, target?: unknown): unknown {
		const kind = typeOf(type);

		if (kind === 'message') {
			const end = reader.delimited();
			const outer = reader.end;

			reader.end = end;

			const message = decodeMessage(type, reader, target);

			if (reader.pos !== end) {
				throw new RangeError('index out of range');
			}

			reader.end = outer;

			return message;
		}

		if (kind === 'enum') {
			return reader.int32();
		}

		if (kind === 'bool') {
			return reader.uint32() !== 0;
		}

		return reader[kind]();
	}

	function readMapEntry(reader: Reader, type: string): [string, unknown] {
		const end = reader.delimited();
		const outer = reader.end;
		let key = '';
		let value: unknown = null;

		reader.end = end;

		while (reader.pos < end) {
			const tag = reader.uint32();

			if (tag === 10) {
				key = reader.string();
			} else if (tag === (16 | wireTypeOf(type))) {
				value = readValue(reader, type, value);
			} else {
				reader.skip(tag & 7);
			}
		}

		reader.end = outer;

		// An entry without a value holds the value type's default, as protobufjs decodes it.
		return [
			key,
			value ?? (typeOf(type) === 'message' ? Object.create(prototypeOf(type)) : defaultOf(type)),
		];
	}

	function defaultOf(type: string): unknown {
		const kind = typeOf(type);

		return kind === 'enum' ? 0 : DEFAULTS[kind as Scalar];
	}

	/** A new message: defaults on its prototype; its own (empty) lists and maps, as protobufjs' constructors make. */
	function createMessage(name: string, fields: FieldSpec[]): Message {
		const message: Message = Object.create(prototypeOf(name));

		for (const [, key, , rule] of fields) {
			if (rule === Rule.Repeated) {
				message[key] = [];
			} else if (rule === Rule.Map) {
				message[key] = {};
			}
		}

		return message;
	}

	function decodeMessage(name: string, reader: Reader, target?: unknown): Message {
		const fields = fieldsOf(name);
		const message: Message =
			target && typeof target === 'object' ? (target as Message) : createMessage(name, fields);

		while (reader.pos < reader.end) {
			const tag = reader.uint32();
			const field = fields.find((f) => f[0] === tag >>> 3);

			if (field && field[3] === Rule.Repeated && packable(field[2]) && (tag & 7) === 2) {
				const end = reader.uint32() + reader.pos;

				while (reader.pos < end) {
					(message[field[1]] as unknown[]).push(readValue(reader, field[2]));
				}

				continue;
			}

			if (!field || (tag & 7) !== wireTypeOf(field[2])) {
				reader.skip(tag & 7);
				continue;
			}

			const [, key, type, rule, oneof] = field;

			if (rule === Rule.Repeated) {
				(message[key] as unknown[]).push(readValue(reader, type));
			} else if (rule === Rule.Map) {
				const [mapKey, value] = readMapEntry(reader, type);

				Object.defineProperty(message[key], mapKey, {
					value,
					writable: true,
					enumerable: true,
					configurable: true,
				});
			} else {
				const value = readValue(reader, type, own(message, key) ? message[key] : undefined);

				if (oneof) {
					// The last member of a oneof on the wire wins.
					for (const [, other, , , group] of fields) {
						if (group === oneof && other !== key) {
							delete message[other];
						}
					}
				}

				if (value || rule === Rule.Optional || oneof || typeOf(type) === 'message') {
					message[key] = value;
				} else {
					// A zero value without explicit presence reads as the default.
					delete message[key];
				}
			}
		}

		return message;
	}

	return Object.fromEntries(
		Object.keys(schema.messages).map((name) => [
			name,
			{
				encode: (message: Message) => encodeMessage(name, message),
				decode: (bytes: Uint8Array) => decodeMessage(name, new Reader(bytes)),
			},
		])
	);
}
