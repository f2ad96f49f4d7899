/**
 * Buffers of one size, reused. A raw picture is megabytes (3 MB at
 * 1080p), and allocating dozens a second keeps V8's garbage collector
 * busy: collection was about half of the Node process's busy time in
 * `bench:egress` before pictures were pooled. A buffer that is never given
 * back is simply collected, so a lost one costs nothing but the allocation.
 */
export class BufferPool {
	readonly size: number;
	readonly #free: Buffer[] = [];
	readonly #keep: number;

	constructor(size: number, keep = 8) {
		this.size = size;
		this.#keep = keep;
	}

	/** A buffer of `size` bytes with whatever it held before: the caller overwrites all of it. */
	take(): Buffer {
		return this.#free.pop() ?? Buffer.allocUnsafeSlow(this.size);
	}

	/** Back for reuse, once nothing reads it any more. Buffers of another size are left to the collector. */
	give(buffer: Buffer): void {
		if (buffer.length === this.size && buffer.byteOffset === 0 && this.#free.length < this.#keep) {
			this.#free.push(buffer);
		}
	}
}
