/**
 * `npm run bench:join`: time from a browser starting to join a room to the
 * first remote video frame it renders, median of RUNS runs. Each run uses a
 * fresh room: page A joins and publishes camera + microphone, then page B
 * opens the demo page; the demo page marks `skylark:join-start` before its
 * join request and `skylark:first-remote-frame` when the first remote video
 * frame is presented (requestVideoFrameCallback).
 */
import { launchChromium } from '../helpers/browser.js';
import { startTestServer } from '../helpers/server.js';
import { percentile } from './procStats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);

async function main(): Promise<void> {
	const skylark = await startTestServer({ ROOM_EMPTY_GRACE_MS: '0' });
	const chromium = await launchChromium();
	const results: number[] = [];

	try {
		for (let run = 0; run < RUNS; run++) {
			const room = `join-bench-${run}`;
			const publisher = await chromium.context.newPage();

			await publisher.goto(`${skylark.url}/?room=${room}&name=publisher`);
			await publisher.waitForFunction(
				() => window.skylarkDemo?.client.publications.size === 2,
				undefined,
				{ timeout: 20_000 }
			);

			const viewer = await chromium.context.newPage();

			await viewer.goto(`${skylark.url}/?room=${room}&name=viewer`);
			await viewer.waitForFunction(
				() => performance.getEntriesByName('skylark:first-remote-frame').length > 0,
				undefined,
				{
					timeout: 20_000,
				}
			);

			const ms = await viewer.evaluate(
				() =>
					performance.getEntriesByName('skylark:first-remote-frame')[0].startTime -
					performance.getEntriesByName('skylark:join-start')[0].startTime
			);

			results.push(ms);
			process.stdout.write(`run ${run + 1}: ${ms.toFixed(0)} ms\n`);
			await viewer.close();
			await publisher.close();
		}
	} finally {
		await chromium.close();
		await skylark.close();
	}

	const sorted = [...results].sort((a, b) => a - b);

	process.stdout.write(
		`\njoin → first remote video frame over ${RUNS} runs: median ${percentile(sorted, 50).toFixed(0)} ms, ` +
			`min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms\n`
	);
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	}
);
