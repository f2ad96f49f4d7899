/**
 * `npm run bench:whep`: a WHEP viewer's time from its POST to the first
 * rendered video frame, against the SDK's demo page (join request to first
 * frame) watching the same WHIP publisher in the same run. One Chromium page
 * publishes through WHIP (the npm whip-whep client); viewers come one after
 * the other, alternating WHEP (whip-whep) and the demo page, BENCH_RUNS each.
 */
import { launchChromium } from '../helpers/browser.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';
import { openWhipWhepPage, serveWhipWhepPage } from '../helpers/whipWhepPage.js';
import { percentile } from './procStats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ROOM = 'whep-bench';

function summary(name: string, values: number[]): string {
	const sorted = [...values].sort((a, b) => a - b);

	return `${name.padEnd(28)} p50 ${percentile(sorted, 50).toFixed(0).padStart(5)} ms   p90 ${percentile(
		sorted,
		90
	)
		.toFixed(0)
		.padStart(5)} ms   max ${sorted[sorted.length - 1].toFixed(0).padStart(5)} ms`;
}

async function main(): Promise<void> {
	const skylark = await startTestServer();
	const site = await serveWhipWhepPage();
	const chromium = await launchChromium();
	const whep: number[] = [];
	const sdk: number[] = [];

	try {
		const publisher = await openWhipWhepPage(chromium.context, site);

		await publisher.evaluate(
			([url, token]) => window.whip(url, token),
			[`${skylark.url}/whip/${ROOM}`, await testToken(ROOM, { identity: 'publisher' })]
		);

		// Past the encoder's start: its first keyframes (and a request it throttles) would skew run 1.
		await publisher.waitForFunction(
			async () => (await window.mediaStats()).videoBytesSent > 200_000,
			undefined,
			{
				timeout: 20_000,
			}
		);

		for (let run = 0; run < RUNS; run++) {
			const viewer = await openWhipWhepPage(chromium.context, site);

			await viewer.evaluate(
				([url, token]) => window.whep(url, token),
				[`${skylark.url}/whep/${ROOM}`, await testToken(ROOM, { grants: { canPublish: false } })]
			);
			await viewer.waitForFunction(() => window.firstFrameAt !== undefined, undefined, {
				timeout: 20_000,
			});
			whep.push(await viewer.evaluate(() => window.firstFrameAt! - window.whepStartedAt!));
			await viewer.close();

			const page = await chromium.context.newPage();

			await page.goto(`${skylark.url}/?room=${ROOM}&name=viewer-${run}`);
			await page.waitForFunction(
				() => performance.getEntriesByName('skylark:first-remote-frame').length > 0,
				undefined,
				{ timeout: 20_000 }
			);
			sdk.push(
				await page.evaluate(
					() =>
						performance.getEntriesByName('skylark:first-remote-frame')[0].startTime -
						performance.getEntriesByName('skylark:join-start')[0].startTime
				)
			);
			// Left, not just closed: a closed tab's peer (and its camera) stays for the reconnect grace.
			await page.evaluate(() => window.skylarkDemo!.client.leave());
			await page.close();
			process.stdout.write(
				`run ${run + 1}: WHEP ${whep.at(-1)!.toFixed(0)} ms, SDK ${sdk.at(-1)!.toFixed(0)} ms\n`
			);
		}
	} finally {
		await chromium.close();
		await site.close();
		await skylark.close();
	}

	const ratio =
		percentile(
			[...whep].sort((a, b) => a - b),
			50
		) /
		percentile(
			[...sdk].sort((a, b) => a - b),
			50
		);

	process.stdout.write(
		`\nfirst rendered frame of a WHIP publisher, ${RUNS} viewers each, one after the other:\n` +
			`${summary('WHEP POST → first frame', whep)}\n` +
			`${summary('SDK join → first frame', sdk)}\n` +
			`WHEP / SDK (p50): ${ratio.toFixed(2)}\n`
	);
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	}
);
