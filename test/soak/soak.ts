/**
 * `npm run soak -- --minutes N`: a Skylark node (two workers, in this
 * process) under the mixed load of soakLoad.ts (its own process) and a
 * webinar fan-out (soakFanout.ts: the load tool, in another) for N minutes. Once a run it kills a worker and records a room for 20 s. Every
 * minute it samples the node (RSS, heap, descriptors, mediasoup objects from
 * the dumps, Skylark's maps) and checks that no mediasoup object outlives its
 * peer; after the first minute (warm-up) nothing may grow past a bound. At
 * the end, with the load gone, nothing may be left. Prints the series; exits
 * 1 on any problem.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { soakProblems, soakTable } from './soakChecks.js';
import { runFanout, type Webinar } from './soakFanout.js';
import { SOAK_PLAN, type SoakPlan } from './soakPlan.js';
import { lastingOrphans, takeSample, type SoakSample } from './soakSample.js';

const { values } = parseArgs({
	options: {
		minutes: { type: 'string', default: '3' },
		rooms: { type: 'string', default: String(SOAK_PLAN.slots) },
		viewers: { type: 'string', default: String(SOAK_PLAN.viewers) },
		fanout: { type: 'string', default: String(SOAK_PLAN.fanout) },
	},
});
const minutes = Math.max(2, Math.min(24 * 60, Number(values.minutes)));
const plan: SoakPlan = {
	...SOAK_PLAN,
	slots: Math.max(1, Math.min(50, Number(values.rooms))),
	viewers: Math.max(1, Math.min(50, Number(values.viewers))),
	fanout: Math.max(0, Math.min(2000, Number(values.fanout))),
};
const SAMPLE_MS = 60_000;
const recordingDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-soak-'));
const server = await startTestServer({
	NUM_WORKERS: '2',
	RECONNECT_GRACE_MS: '5000',
	ROOM_EMPTY_GRACE_MS: '2000',
	RECORDING_DIR: recordingDir,
	// The webinar's presenter and viewers are the load tool's plain transports.
	PLAIN_TRANSPORTS: 'loopback',
});
const problems: string[] = [];
const events: string[] = [];
let killedAt = Infinity;
const startedAt = performance.now();
const at = () => `${((performance.now() - startedAt) / 60_000).toFixed(1)} min`;

function startLoad(seconds: number): Promise<number> {
	const script = new URL('./soakLoad.ts', import.meta.url).pathname;
	const args = [script, server.url, String(seconds), String(plan.slots), String(plan.viewers)];
	const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});

	return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
}

/** Kills the busiest worker with SIGKILL; the pool replaces it and its rooms move. */
function killAWorker(node: Skylark): void {
	const busiest = node.pool.state().reduce((a, b) => (b.load.routers > a.load.routers ? b : a));

	process.kill(busiest.pid, 'SIGKILL');
	killedAt = performance.now();
	events.push(`${at()}: killed worker ${busiest.pid} (${busiest.load.routers} routers)`);
}

/** Records the first open room of the mixed load for 20 s. */
async function recordARoom(node: Skylark): Promise<void> {
	// Not the webinar: the load tool's presenter sends VP8-shaped noise no recorder can write.
	const room = [...node.rooms.rooms.values()].find(
		(r) => r.peers.size > 0 && !r.id.startsWith('soak-webinar')
	);

	if (!room) {
		problems.push(`${at()}: no room to record`);

		return;
	}

	const recording = await node.recordings.start(room, { type: 'room' }, {});

	events.push(`${at()}: recording ${room.id}`);
	await new Promise((resolve) => setTimeout(resolve, 20_000));
	await node.recordings.stop(recording, 'soak');
	events.push(`${at()}: recording stopped (${recording.state})`);
}

async function sample(minute: number, samples: SoakSample[]): Promise<void> {
	const leaked = await lastingOrphans(server);

	if (leaked.length > 0) {
		problems.push(
			`minute ${minute}: mediasoup objects no live peer owns: ${leaked.slice(0, 5).join(', ')}`
		);
	}

	samples.push(await takeSample(server, minute));
}

/**
 * Each webinar reached every viewer and lost next to nothing after its ramp,
 * unless the worker kill fell inside it (the load tool's peers do not rebuild).
 */
function webinarProblems(webinars: Webinar[]): string[] {
	return webinars.flatMap((w) => {
		if (w.failure) {
			return [w.failure];
		}

		const hitByKill = w.from <= killedAt && killedAt <= w.to;

		if (!hitByKill && (w.subscribers !== plan.fanout || !(w.steadyLossPercent! <= 1))) {
			return [`${w.room}: ${w.subscribers} of ${plan.fanout} viewers, ${w.steadyLossPercent}% loss`];
		}

		return [];
	});
}

const samples: SoakSample[] = [];
const loadDone = startLoad(minutes * 60 - 5);
const fanoutDone =
	plan.fanout > 0 ? runFanout(server.url, plan.fanout, minutes * 60 - 5) : Promise.resolve([]);

// The recording starts once the killed worker's rooms have moved: a recording whose worker dies fails.
const killAt = minutes * 0.4 * 60_000;

await sample(0, samples);
setTimeout(() => killAWorker(server), killAt);
setTimeout(
	() => void recordARoom(server).catch((e: Error) => problems.push(`recording: ${e.message}`)),
	Math.max(killAt + 15_000, SAMPLE_MS + 10_000)
);

for (let minute = 1; minute <= minutes; minute++) {
	await new Promise((resolve) => setTimeout(resolve, startedAt + minute * SAMPLE_MS - performance.now()));
	await sample(minute, samples);
	process.stderr.write(`soak: minute ${minute} of ${minutes}\n`);
}

const loadExit = await loadDone;

if (loadExit !== 0) {
	problems.push(`the load process exited with ${loadExit}`);
}

const webinars = await fanoutDone;

events.push(...webinars.flatMap((w) => w.summaries));
problems.push(...webinarProblems(webinars));

// Load gone: every room closes after its grace, and takes all its mediasoup objects along.
await until(() => server.rooms.rooms.size === 0, 30_000, 'rooms closed after the load').catch((e: Error) =>
	problems.push(e.message)
);

const final = await takeSample(server, minutes + 0.5);

samples.push(final);

if (final.routers + final.transports + final.producers + final.consumers > 0) {
	problems.push(`left after the load: ${JSON.stringify(final)}`);
}

problems.push(...soakProblems(samples, 2, plan));
process.stdout.write(`${soakTable(samples)}\n\n${events.join('\n')}\n`);
await server.close();
fs.rmSync(recordingDir, { recursive: true, force: true });

if (problems.length > 0) {
	process.stdout.write(`\nSOAK FAILED:\n${problems.join('\n')}\n`);
	process.exit(1);
}

process.stdout.write('\nsoak passed\n');
process.exit(0);
