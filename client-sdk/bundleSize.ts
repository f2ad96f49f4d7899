import * as fs from 'node:fs';
import * as zlib from 'node:zlib';

export interface BundleSize {
	file: string;
	minifiedBytes: number;
	gzippedBytes: number;
}

/** A built file's size as shipped (minified) and as served compressed (gzip -9). */
export function bundleSize(file: string): BundleSize {
	const bytes = fs.readFileSync(file);

	return {
		file,
		minifiedBytes: bytes.length,
		gzippedBytes: zlib.gzipSync(bytes, { level: 9 }).length,
	};
}

export function formatSize({ file, minifiedBytes, gzippedBytes }: BundleSize): string {
	const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

	return `${file.split('/').pop()}: ${kB(minifiedBytes)} minified, ${kB(gzippedBytes)} gzipped`;
}
