/**
 * `npm run doctor`: prints what Skylark runs on and proves a mediasoup worker
 * forwards RTP. Exits non-zero when any check fails, saying what to do.
 */
import * as mediasoup from 'mediasoup';
import {
	checkAnnouncedAddress,
	checkNode,
	checkWorkerBinaryInUse,
	checkWorkerSelfTest,
	type CheckResult,
} from '../diagnostics/doctorChecks.js';

const MARK: Record<CheckResult['status'], string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' };

function print(result: CheckResult): void {
	process.stdout.write(`[${MARK[result.status]}] ${result.name.padEnd(14)} ${result.detail}\n`);

	if (result.fix) {
		process.stdout.write(`       ${''.padEnd(14)} → ${result.fix}\n`);
	}
}

async function main(): Promise<number> {
	process.stdout.write('Skylark doctor\n');

	const results: CheckResult[] = [
		checkNode(),
		{ name: 'mediasoup', status: 'ok', detail: mediasoup.version },
		await checkWorkerBinaryInUse(),
		checkAnnouncedAddress(),
	];

	results.forEach(print);

	// A binary that failed its integrity check must not be trusted with a self-test.
	if (results.every((r) => r.status !== 'fail')) {
		const selfTest = await checkWorkerSelfTest();

		selfTest.forEach(print);
		results.push(...selfTest);
	}

	const failed = results.filter((r) => r.status === 'fail').length;

	process.stdout.write(failed ? `\n${failed} check(s) failed.\n` : '\nAll checks passed.\n');

	return failed ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: Error) => {
		process.stderr.write(`doctor crashed: ${error.stack ?? error.message}\n`);
		process.exit(2);
	}
);
