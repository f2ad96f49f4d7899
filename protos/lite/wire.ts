/**
 * Protobuf's wire format, the parts Skylark's messages use: varints,
 * 64- and 32-bit floats, length-delimited strings and messages.
 */

const encoder = new TextEncoder();
// As protobufjs reads strings: invalid UTF-8 is an error, a byte-order mark is kept.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class Writer {
	#buf = new Uint8Array(64);
	#view = new DataView(this.#buf.buffer);
	#len = 0;

	#reserve(bytes: number): void {
		if (this.#len + bytes > this.#buf.length) {
			const grown = new Uint8Array(Math.max(this.#buf.length * 2, this.#len + bytes));

			grown.set(this.#buf.subarray(0, this.#len));
			this.#buf = grown;
			this.#view = new DataView(grown.buffer);
		}
	}

	uint32(value: number): this {
		let v = value >>> 0;

		this.#reserve(5);

		while (v > 127) {
			this.#buf[this.#len++] = (v & 127) | 128;
			v >>>= 7;
		}

		this.#buf[this.#len++] = v;

		return this;
	}

	/** Negative values take 10 bytes: sign-extended to 64 bits, as protobuf requires. */
	int32(value: number): this {
		if (value >= 0) {
			return this.uint32(value);
		}

		let lo = value >>> 0;
		let hi = -1 >>> 0;

		this.#reserve(10);

		for (let i = 0; i < 9; i++) {
			this.#buf[this.#len++] = (lo & 127) | 128;
			lo = ((lo >>> 7) | (hi << 25)) >>> 0;
			hi >>>= 7;
		}

		this.#buf[this.#len++] = 1;

		return this;
	}

	double(value: number): this {
		this.#reserve(8);
		this.#view.setFloat64(this.#len, value, true);
		this.#len += 8;

		return this;
	}

	float(value: number): this {
		this.#reserve(4);
		this.#view.setFloat32(this.#len, value, true);
		this.#len += 4;

		return this;
	}

	bytes(value: Uint8Array): this {
		this.uint32(value.length);
		this.#reserve(value.length);
		this.#buf.set(value, this.#len);
		this.#len += value.length;

		return this;
	}

	/** Lone surrogates become U+FFFD (TextEncoder); protobufjs would write invalid UTF-8 the server refuses. */
	string(value: string): this {
		return this.bytes(encoder.encode(value));
	}

	finish(): Uint8Array {
		return this.#buf.slice(0, this.#len);
	}
}

export class Reader {
	pos = 0;
	readonly #view: DataView;

	constructor(
		readonly buf: Uint8Array,
		public end = buf.length
	) {
		this.#view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
	}

	#need(bytes: number): void {
		if (this.pos + bytes > this.end) {
			throw new RangeError(`index out of range: ${this.pos} + ${bytes} > ${this.end}`);
		}
	}

	uint32(): number {
		let value = 0;

		for (let shift = 0; shift < 70; shift += 7) {
			this.#need(1);

			const byte = this.buf[this.pos++];

			// Bits past the 32nd (sign extension of negative int32s) are dropped, as protobufjs does.
			if (shift < 32) {
				value |= (byte & 127) << shift;
			}

			if (byte < 128) {
				return value >>> 0;
			}
		}

		throw new Error('invalid varint encoding');
	}

	int32(): number {
		return this.uint32() | 0;
	}

	double(): number {
		this.#need(8);
		this.pos += 8;

		return this.#view.getFloat64(this.pos - 8, true);
	}

	float(): number {
		this.#need(4);
		this.pos += 4;

		return this.#view.getFloat32(this.pos - 4, true);
	}

	/** The end of a length-delimited field that starts here. */
	delimited(): number {
		const length = this.uint32();

		this.#need(length);

		return this.pos + length;
	}

	string(): string {
		const end = this.delimited();
		const text = decoder.decode(this.buf.subarray(this.pos, end));

		this.pos = end;

		return text;
	}

	/** Skips a field this schema does not know (a newer server's), by its wire type. */
	skip(wireType: number): void {
		if (wireType === 0) {
			this.uint32();
		} else if (wireType === 1) {
			this.#need(8);
			this.pos += 8;
		} else if (wireType === 2) {
			this.pos = this.delimited();
		} else if (wireType === 5) {
			this.#need(4);
			this.pos += 4;
		} else {
			throw new Error(`invalid wire type ${wireType} at offset ${this.pos}`);
		}
	}
}
