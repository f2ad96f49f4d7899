import * as assert from 'node:assert/strict';
import { run } from '../../server/worker-build/exec.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';

const LOADTEST = new URL('./loadtest.ts', import.meta.url).pathname;

/** Runs the load test against `url` with the given options, for a few seconds. */
const loadtest = (url: string, args: string[]) =>
	run(
		process.execPath,
		['--import', 'tsx', LOADTEST, '--url', url, '--ramp', '20', '--duration', '2', ...args],
		{ timeoutMs: 60_000 }
	);

describe('npm run loadtest', () => {
	let server: Skylark;

	before(async () => {
		server = await startTestServer({ PLAIN_TRANSPORTS: 'loopback' });
	});

	after(async () => {
		await server.close();
	});

	it('documents its options', async () => {
		const result = await run(process.execPath, ['--import', 'tsx', LOADTEST, '--help'], {
			timeoutMs: 20_000,
		});

		assert.equal(result.code, 0);
		assert.match(result.stdout, /--subscribers N/);
		assert.match(result.stdout, /--mode plain\|webrtc\|native/);
	});

	it('refuses to load anything but this machine', async () => {
		const result = await run(
			process.execPath,
			['--import', 'tsx', LOADTEST, '--url', 'http://192.0.2.10:3000'],
			{
				timeoutMs: 20_000,
			}
		);

		assert.equal(result.code, 1);
		assert.match(result.stderr, /loopback/);
	});

	it('runs a small room and reports packets, loss and latency', async () => {
		const result = await loadtest(server.url, ['--subscribers', '5', '--video-kbps', '300']);

		assert.equal(result.code, 0, result.stderr);

		const final =
			/final: subscribers=5 published=(\d+) pkts received=(\d+) pkts .* loss over the whole run=([\d.]+)%/.exec(
				result.stdout
			);

		assert.ok(final, result.stdout);

		const [published, received, loss] = final.slice(1).map(Number);

		assert.ok(published > 100, `published ${published}`);
		assert.ok(received > published * 2, `received ${received} of ${published} × 5`);
		assert.ok(loss < 5, `loss ${loss}%`);
		assert.match(result.stdout, /latency p50=\d+\.\dms p99=\d+\.\dms/);
	});

	it('runs native WebRTC subscribers over WHEP and reports its own CPU per subscriber', async () => {
		const result = await loadtest(server.url, ['--mode', 'native', '--no-audio', '--subscribers', '5']);

		assert.equal(result.code, 0, result.stderr);

		const final = /final: subscribers=5 published=(\d+) pkts received=(\d+) pkts/.exec(result.stdout);
		const steady =
			/steady: subscribers=5 loss=([\d.]+)% .* tool cpu=[\d.]+% \([\d.]+% per subscriber\)/.exec(
				result.stdout
			);

		assert.ok(final && steady, result.stdout);

		const [published, received] = final.slice(1).map(Number);

		// Joins take part of the run: more than one subscriber's worth shows several received.
		assert.ok(received > published, `received ${received} of ${published} × 5`);
		assert.ok(Number(steady[1]) < 1, `loss ${steady[1]}%`);
	});
});
