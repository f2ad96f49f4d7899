import { Command } from 'commander';
import * as mediasoup from 'mediasoup';
import {
	checkAnnouncedAddress,
	checkNode,
	checkWorkerBinaryInUse,
	checkWorkerSelfTest,
	type CheckResult,
} from '../../diagnostics/doctorChecks.js';
import type { CommandResult } from './result.js';

const MARK: Record<CheckResult['status'], string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' };

function print(result: CheckResult): void {
	process.stdout.write(`[${MARK[result.status]}] ${result.name.padEnd(14)} ${result.detail}\n`);

	if (result.fix) {
		process.stdout.write(`       ${''.padEnd(14)} → ${result.fix}\n`);
	}
}

/**
 * Prints what Skylark runs on and proves a mediasoup worker forwards RTP.
 * Resolves with 1 when any check fails (each failure says what to do).
 */
export async function runDoctor(): Promise<number> {
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

export function doctorCommand(done: (result: CommandResult) => void): Command {
	return new Command('doctor')
		.description(
			'check this machine: Node.js, mediasoup, the worker binary, the network, an RTP self-test'
		)
		.action(async () => done(await runDoctor()));
}
