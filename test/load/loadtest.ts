/**
 * `npm run loadtest -- [options]`: simulates a room on a running Skylark
 * (loopback only) through its signaling: P publishers sending real RTP
 * (plain RTP ingest), S subscribers receiving it over WebRTC (werift through
 * the SDK, or native peers over WHEP) or, cheaply, over SRTP plain transports. Prints per-second and
 * final figures: subscribers connected, packets/s in and out, loss,
 * end-to-end latency (publishers embed a send timestamp), server CPU and RSS.
 */
import { parseArgs } from 'node:util';
import type { SkylarkClient } from '../../client-sdk/src/index.js';
import { parseRtpPacket } from '../../server/src/media/rtpPacket.js';
import { cpuSeconds, rssMiB } from '../bench/procStats.js';
import { mintToken } from '../../server/src/auth/accessTokens.js';
import { ALL_GRANTS } from '../../server/src/auth/grants.js';
import {
	plainPublisher,
	plainSubscriber,
	ReceiverSockets,
	type PlainPublisher,
	type PlainSubscriber,
	type TokenSource,
} from './plainPeers.js';
import { AUDIO_PROFILE, videoProfile, type StreamProfile } from './rtpSource.js';
import { PROBATION_SSRC } from './streamStats.js';
import { lossBetween, Reception } from './reception.js';
import { raiseReceiveBufferCap } from './receiveBuffers.js';
import { webrtcSubscriber } from './webrtcSubscriber.js';
import { nativeWhepSubscriber } from './nativeWhepSubscriber.js';
import { childProcesses, listeningPid } from '../helpers/processes.js';

const HELP = `Usage: skylark loadtest [options]   (or: npm run loadtest -- [options])

Simulates a room on a running Skylark node through its signaling.
The node must allow plain transports: PLAIN_TRANSPORTS=loopback npm start

  --url URL             Skylark's HTTP/signaling URL, loopback only (default http://127.0.0.1:3000);
                        repeat it for a cluster: publishers enter through the first, subscribers
                        through each in turn (and follow the cluster's redirects)
  --room ID             room to load (default loadtest-<pid>)
  --publishers N        publishers, each sending the streams below (default 1, max 50; 0: only
                        subscribe, to a room another run publishes in)
  --subscribers N       subscribers (default 20; max 5000 plain, 1000 native, 200 webrtc)
  --mode plain|webrtc|native
                        subscribers on SRTP plain transports (cheap), real WebRTC through the SDK
                        (werift), or native WebRTC peers (node-datachannel) watching the room's
                        presenter over WHEP, video only (default plain)
  --no-srtp             plain mode: plain RTP instead of SRTP
  --audio / --no-audio  each publisher sends Opus-sized audio at 50 packets/s (default on)
  --video-kbps N        each publisher sends VP8-shaped video at N kbps (default 1000; 0 = none)
  --ramp N              subscribers joining per second (default 50)
  --duration S          seconds to run after the last subscriber joined (default 20, max 3600)
  --latency-sample N    plain+SRTP mode: subscribers whose packets are decrypted for latency (default 20)
  --auth-secret S       the server's AUTH_SECRET, to mint access tokens (default: $AUTH_SECRET;
                        without one, tokens come from GET /dev/token, which needs DEV_MODE)
  --help
`;

const MODES = ['plain', 'webrtc', 'native'] as const;

type Mode = (typeof MODES)[number];

const MAX_SUBSCRIBERS: Record<Mode, number> = { plain: 5000, native: 1000, webrtc: 200 };

interface Options {
	/** Entry URLs: publishers use the first, subscriber i uses urls[i % urls.length]. */
	urls: string[];
	room: string;
	publishers: number;
	subscribers: number;
	mode: Mode;
	srtp: boolean;
	audio: boolean;
	videoKbps: number;
	ramp: number;
	duration: number;
	latencySample: number;
	authSecret?: string;
}

function options(): Options {
	const { values } = parseArgs({
		options: {
			url: { type: 'string', multiple: true, default: ['http://127.0.0.1:3000'] },
			room: { type: 'string', default: `loadtest-${process.pid}` },
			publishers: { type: 'string', default: '1' },
			subscribers: { type: 'string', default: '20' },
			mode: { type: 'string', default: 'plain' },
			'no-srtp': { type: 'boolean', default: false },
			audio: { type: 'boolean', default: true },
			'no-audio': { type: 'boolean', default: false },
			'video-kbps': { type: 'string', default: '1000' },
			ramp: { type: 'string', default: '50' },
			duration: { type: 'string', default: '20' },
			'latency-sample': { type: 'string', default: '20' },
			'auth-secret': { type: 'string', default: process.env.AUTH_SECRET },
			help: { type: 'boolean', default: false },
		},
	});

	if (values.help) {
		process.stdout.write(HELP);
		process.exit(0);
	}

	const mode = MODES.find((m) => m === values.mode) ?? 'plain';
	const bounded = (name: string, raw: string, min: number, max: number) => {
		const n = Number(raw);

		if (!Number.isFinite(n) || n < min || n > max) {
			throw new Error(`--${name} must be between ${min} and ${max} (got ${raw})`);
		}

		return n;
	};
	const urls = values.url.map((raw) => {
		const url = new URL(raw);

		if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
			throw new Error(`--url must point at this machine (loopback), not ${url.hostname}`);
		}

		return url.origin;
	});

	return {
		urls,
		room: values.room,
		publishers: bounded('publishers', values.publishers, 0, 50),
		subscribers: bounded('subscribers', values.subscribers, 0, MAX_SUBSCRIBERS[mode]),
		mode,
		srtp: !values['no-srtp'],
		audio: values.audio && !values['no-audio'],
		videoKbps: bounded('video-kbps', values['video-kbps'], 0, 20_000),
		ramp: bounded('ramp', values.ramp, 1, 1000),
		duration: bounded('duration', values.duration, 1, 3600),
		latencySample: bounded('latency-sample', values['latency-sample'], 0, 5000),
		authSecret: values['auth-secret'],
	};
}

/** Access tokens: minted with the server's secret when given, else from its DEV_MODE endpoint. */
function tokenSource(opts: Options): TokenSource {
	const secret = opts.authSecret;

	if (secret) {
		return (room, identity) => mintToken(secret, { room, identity, grants: ALL_GRANTS }, 3600);
	}

	return async (room, identity) => {
		const response = await fetch(
			`${opts.urls[0]}/dev/token?room=${encodeURIComponent(room)}&name=${encodeURIComponent(identity)}`
		);

		if (!response.ok) {
			throw new Error(
				"no access token: pass --auth-secret (the server's AUTH_SECRET) or run the server with DEV_MODE=true"
			);
		}

		return ((await response.json()) as { token: string }).token;
	};
}

/** The server's Node process and its workers, found through the port it listens on (the URL is loopback). */
function serverProcesses(url: string): number[] {
	const port = Number(new URL(url).port || 80);
	const pid = listeningPid(port);

	if (pid === undefined) {
		throw new Error(`no process of this machine listens on port ${port}`);
	}

	return [pid, ...childProcesses('mediasoup-worker', pid)];
}

async function main(): Promise<void> {
	const opts = options();
	const profiles: StreamProfile[] = [
		...(opts.audio ? [AUDIO_PROFILE] : []),
		...(opts.videoKbps > 0 ? [videoProfile(opts.videoKbps)] : []),
	];
	// Every node's Node process first, then every node's workers.
	const servers = opts.urls.map(serverProcesses);
	const pids = [...servers.map(([main]) => main), ...servers.flatMap(([, ...workers]) => workers)];
	const nodeCount = servers.length;
	const tokens = tokenSource(opts);

	raiseReceiveBufferCap();

	const reception = new Reception();
	const publishers: PlainPublisher[] = [];
	const plain: PlainSubscriber[] = [];
	const webrtc: SkylarkClient[] = [];
	const connected = () => plain.length + webrtc.length + reception.native.length;
	const bySsrc = new Map<number, PlainSubscriber>();
	const sampled = new Set<PlainSubscriber>();
	const receivers = await ReceiverSockets.open(8, (packet) => {
		const header = parseRtpPacket(packet);

		if (!header || header.ssrc === PROBATION_SSRC) {
			return;
		}

		const subscriber = bySsrc.get(header.ssrc);
		const clear =
			subscriber && sampled.has(subscriber) && subscriber.decrypt
				? subscriber.decrypt(packet)
				: undefined;
		const payload = opts.srtp ? (clear ? parseRtpPacket(clear)?.payload : undefined) : header.payload;

		reception.add(String(header.ssrc), header.sequenceNumber, payload);
	});

	process.stdout.write(
		`loadtest: room ${opts.room}, ${opts.publishers} publisher(s) × [${profiles.map((p) => `${p.kind} ${p.packetsPerSecond} pkt/s`).join(', ')}], ` +
			`${opts.subscribers} ${opts.mode} subscriber(s)${opts.mode === 'plain' ? (opts.srtp ? ' (SRTP)' : ' (RTP)') : ''}\n`
	);

	for (let i = 0; i < opts.publishers; i++) {
		publishers.push(await plainPublisher(opts.urls[0], tokens, opts.room, i, profiles));
	}

	const sentTotal = () =>
		publishers.reduce((sum, p) => sum + p.producers.reduce((s, x) => s + x.source.sent, 0), 0);
	let last = {
		at: performance.now(),
		sent: sentTotal(),
		received: 0,
		cpu: pids.map(cpuSeconds),
		totals: reception.totals(),
	};
	let second = 0;
	const report = () => {
		const now = {
			at: performance.now(),
			sent: sentTotal(),
			received: reception.packets,
			cpu: pids.map(cpuSeconds),
			totals: reception.totals(),
		};
		const elapsed = (now.at - last.at) / 1000;
		const { p50, p99 } = reception.latency.take();
		const cpu = now.cpu.map((c, i) => ((c - last.cpu[i]) / elapsed) * 100);
		const rss = pids.reduce((sum, pid) => sum + rssMiB(pid), 0);

		second++;
		process.stdout.write(
			`t=${String(second).padStart(4)}s subscribers=${connected()}/${opts.subscribers} ` +
				`in=${((now.sent - last.sent) / elapsed).toFixed(0)} pkt/s out=${((now.received - last.received) / elapsed).toFixed(0)} pkt/s ` +
				`loss=${(lossBetween(last.totals, now.totals) * 100).toFixed(2)}% latency p50=${p50.toFixed(1)}ms p99=${p99.toFixed(1)}ms ` +
				`cpu server=${cpu
					.slice(0, nodeCount)
					.map((c) => `${c.toFixed(0)}%`)
					.join('/')} workers=${cpu
					.slice(nodeCount)
					.map((c) => `${c.toFixed(0)}%`)
					.join('/')} rss=${rss.toFixed(0)}MiB\n`
		);
		last = now;
	};
	const timer = setInterval(report, 1000);
	const entry = (i: number) => opts.urls[i % opts.urls.length];
	let steady = { at: 0, cpu: [] as number[], totals: reception.totals(), tool: 0 };

	try {
		for (let i = 0; i < opts.subscribers; i++) {
			const joinStarted = performance.now();

			if (opts.mode === 'native') {
				reception.native.push(await nativeWhepSubscriber(entry(i), tokens, opts.room, i));
			} else if (opts.mode === 'webrtc') {
				webrtc.push(
					await webrtcSubscriber(entry(i), tokens, opts.room, i, (ssrc, seq, payload) =>
						reception.add(`${i}:${ssrc}`, seq, payload)
					)
				);
			} else {
				const subscriber = await plainSubscriber(entry(i), tokens, opts.room, i, receivers.port(i), {
					srtp: opts.srtp,
				});

				plain.push(subscriber);
				subscriber.ssrcs.forEach((_, ssrc) => bySsrc.set(ssrc, subscriber));

				if (sampled.size < opts.latencySample) {
					sampled.add(subscriber);
				}
			}

			const wait = 1000 / opts.ramp - (performance.now() - joinStarted);

			if (wait > 0) {
				await new Promise((resolve) => setTimeout(resolve, wait));
			}
		}

		steady = {
			at: performance.now(),
			cpu: pids.map(cpuSeconds),
			totals: reception.totals(),
			tool: cpuSeconds(process.pid),
		};
		await new Promise((resolve) => setTimeout(resolve, opts.duration * 1000));
	} finally {
		clearInterval(timer);
		report();

		const totalSent = sentTotal();
		const expectedOut = totalSent * connected();

		process.stdout.write(
			`\nfinal: subscribers=${connected()} published=${totalSent} pkts received=${reception.packets} pkts ` +
				`(${expectedOut ? ((reception.packets / expectedOut) * 100).toFixed(1) : '0'}% of published × subscribers, counting join ramp) ` +
				`loss over the whole run=${(lossBetween({ expected: 0, received: 0 }, reception.totals()) * 100).toFixed(2)}%\n`
		);
		if (steady.at > 0) {
			// After the ramp: what the benches compare (viewers per worker-CPU-second).
			const seconds = (performance.now() - steady.at) / 1000;
			const used = pids.map((pid, i) => (cpuSeconds(pid) - steady.cpu[i]) / seconds);
			// A worker killed during the run (the soak does that) counts for nothing.
			const sum = (values: number[]) => values.filter(Number.isFinite).reduce((a, b) => a + b, 0) * 100;
			// This tool's own CPU (all its threads: node-datachannel's too), per subscriber.
			const tool = ((cpuSeconds(process.pid) - steady.tool) / seconds) * 100;

			process.stdout.write(
				`steady: subscribers=${connected()} loss=${(lossBetween(steady.totals, reception.totals()) * 100).toFixed(2)}% ` +
					`worker cpu=${sum(used.slice(nodeCount)).toFixed(0)}% node cpu=${sum(used.slice(0, nodeCount)).toFixed(0)}% ` +
					`tool cpu=${tool.toFixed(1)}% (${(tool / Math.max(1, connected())).toFixed(3)}% per subscriber) over ${seconds.toFixed(0)} s\n`
			);
		}

		plain.forEach((s) => s.close());
		webrtc.forEach((c) => c.close());
		await Promise.all(reception.native.map((s) => s.close()));
		publishers.forEach((p) => p.close());
		receivers.close();
	}
}

main().then(
	() => process.exit(0),
	(error: Error & { code?: string }) => {
		// A wrong command line (unknown option, missing value) is a usage error: exit 2, with the usage.
		const usage = error.code?.startsWith('ERR_PARSE_ARGS') === true;

		process.stderr.write(`loadtest: ${error.message}\n${usage ? `\n${HELP}` : ''}`);
		process.exit(usage ? 2 : 1);
	}
);
