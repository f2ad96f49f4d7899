import * as net from 'node:net';
import * as mediasoup from 'mediasoup';
import { chooseAnnouncedAddress } from '../media/announcedAddress.js';
import { defaultWorkerBinPath, originMarkerPath } from '../../worker-build/paths.js';
import { checkWorkerBinary, readRecord, type WorkerRecord } from '../../worker-build/workerBinary.js';
import { runRtpLoopback } from '../media/selfTest.js';
import { NODE_FIX, nodeVersionProblem } from './nodeRuntime.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface CheckResult {
	name: string;
	status: CheckStatus;
	detail: string;
	/** What to do about a warning or failure. */
	fix?: string;
}

const REBUILD_FIX =
	'run `npm run worker:ensure` to reinstall or rebuild the worker (`-- --force` rebuilds from scratch)';

/** The Node.js that runs the server (and this doctor): ≥ 22 required. */
export function checkNode(version = process.version, execPath = process.execPath): CheckResult {
	const problem = nodeVersionProblem(version);

	return {
		name: 'Node.js',
		status: problem ? 'fail' : 'ok',
		detail: problem ? `${problem} (${execPath})` : `${version} (${execPath})`,
		fix: problem ? NODE_FIX : undefined,
	};
}

function describeOrigin(record: WorkerRecord | undefined): string {
	if (process.env.MEDIASOUP_WORKER_BIN) {
		return 'MEDIASOUP_WORKER_BIN';
	}

	switch (record?.origin) {
		case 'prebuilt':
			return "mediasoup's prebuilt download";
		case 'built-offline':
			return `built offline by Skylark (${record.buildId ?? 'no build id'})`;
		default:
			return 'unknown (not installed by Skylark)';
	}
}

/** The worker binary in use, how it was obtained, and whether it is intact. */
export async function checkWorkerBinaryInUse(): Promise<CheckResult> {
	const bin = mediasoup.workerBin;
	const record = process.env.MEDIASOUP_WORKER_BIN ? undefined : readRecord(originMarkerPath());
	const origin = describeOrigin(record);

	if (record && record.mediasoupVersion !== mediasoup.version) {
		return {
			name: 'worker binary',
			status: 'fail',
			detail: `${bin} was obtained for mediasoup ${record.mediasoupVersion}, but mediasoup ${mediasoup.version} is installed`,
			fix: REBUILD_FIX,
		};
	}

	const problem = await checkWorkerBinary(bin, record);

	if (problem) {
		const fix = process.env.MEDIASOUP_WORKER_BIN
			? `MEDIASOUP_WORKER_BIN points at a bad file: fix it, or unset it and ${REBUILD_FIX}`
			: REBUILD_FIX;

		return { name: 'worker binary', status: 'fail', detail: problem, fix };
	}

	return {
		name: 'worker binary',
		status: !record && bin === defaultWorkerBinPath() ? 'warn' : 'ok',
		detail: `${bin} — ${origin}`,
		fix: record || bin !== defaultWorkerBinPath() ? undefined : REBUILD_FIX,
	};
}

/** Spawns a worker and sends real RTP through a PlainTransport pair for about two seconds. */
export async function checkWorkerSelfTest(): Promise<CheckResult[]> {
	let worker: mediasoup.types.Worker | undefined;

	try {
		worker = await mediasoup.createWorker({ logLevel: 'error' });

		const result = await runRtpLoopback(worker, { durationMs: 2000, packetsPerSecond: 50 });
		const ok = result.receivedIntact >= result.sent * 0.95;

		return [
			{
				name: 'self-test',
				status: ok ? 'ok' : 'fail',
				detail:
					`${result.sent} RTP packets sent, ${result.producerPacketsIn} in (producer), ` +
					`${result.consumerPacketsOut} out (consumer), ${result.receivedIntact} received intact ` +
					`in ${(result.durationMs / 1000).toFixed(1)} s`,
				fix: ok
					? undefined
					: 'packets were lost on loopback: check firewall rules for 127.0.0.1 UDP, then ' +
						REBUILD_FIX,
			},
		];
	} catch (error) {
		return [
			{
				name: 'self-test',
				status: 'fail',
				detail: `could not run a mediasoup worker: ${(error as Error).message}`,
				fix: REBUILD_FIX,
			},
		];
	} finally {
		worker?.close();
	}
}

/** RFC 1918 / RFC 4193 / loopback / CGNAT addresses: not reachable from the internet. */
export function isPrivateAddress(ip: string): boolean {
	if (net.isIPv4(ip)) {
		const [a, b] = ip.split('.').map(Number);

		return (
			a === 10 ||
			a === 127 ||
			(a === 172 && b >= 16 && b <= 31) ||
			(a === 192 && b === 168) ||
			(a === 100 && b >= 64 && b <= 127)
		);
	}

	return /^(::1$|f[cd]|fe80)/i.test(ip);
}

/**
 * "Works locally, fails remotely": a server listening on a private address
 * hands out ICE candidates only its own network can reach, unless
 * ANNOUNCED_ADDRESS names a public one.
 */
export function checkAnnouncedAddress(env: NodeJS.ProcessEnv = process.env): CheckResult {
	const listenIp = env.LISTEN_IP || '0.0.0.0';
	const announced = env.ANNOUNCED_ADDRESS;

	if (announced) {
		return {
			name: 'network',
			status: 'ok',
			detail: `listening on ${listenIp}, announcing ${announced} in ICE candidates`,
		};
	}

	const { announcedAddress } = chooseAnnouncedAddress(listenIp, undefined);
	const effective = announcedAddress ?? listenIp;

	if (isPrivateAddress(effective)) {
		return {
			name: 'network',
			status: 'warn',
			detail: `ICE candidates will carry ${effective} (LISTEN_IP=${listenIp}, no ANNOUNCED_ADDRESS): a private address, reachable only from this network`,
			fix: 'behind NAT, set ANNOUNCED_ADDRESS to the public IP or hostname, and forward the RTC_PORT range (UDP and TCP) to this host',
		};
	}

	return { name: 'network', status: 'ok', detail: `ICE candidates will carry ${effective}` };
}
