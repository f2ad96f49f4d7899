/**
 * `npm run doctor`, the same as `skylark doctor` (commands/doctor.ts): prints
 * what Skylark runs on and proves a mediasoup worker forwards RTP. Exits
 * non-zero when any check fails, saying what to do.
 */
import { runDoctor } from './commands/doctor.js';

runDoctor().then(
	(code) => process.exit(code),
	(error: Error) => {
		process.stderr.write(`doctor crashed: ${error.stack ?? error.message}\n`);
		process.exit(2);
	}
);
