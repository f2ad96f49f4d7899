import * as fs from 'node:fs';

const RMEM_MAX = '/proc/sys/net/core/rmem_max';
const WANTED_RMEM = 8 * 1024 * 1024;

/**
 * At thousands of packets per second a stall of a few milliseconds in this
 * process overflows the default 208 KiB socket buffers, and the tool would
 * measure its own drops. As root it raises the kernel's cap; otherwise it
 * says how.
 */
export function raiseReceiveBufferCap(): void {
	try {
		if (Number(fs.readFileSync(RMEM_MAX, 'utf8')) >= WANTED_RMEM) {
			return;
		}

		fs.writeFileSync(RMEM_MAX, String(WANTED_RMEM));
		process.stdout.write(
			`raised net.core.rmem_max to ${WANTED_RMEM} so receive buffers can hold bursts\n`
		);
	} catch {
		process.stdout.write(
			`receive buffers are capped by net.core.rmem_max; run \`sysctl -w net.core.rmem_max=${WANTED_RMEM}\` for accurate loss figures\n`
		);
	}
}
