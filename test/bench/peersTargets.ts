/**
 * The two SFUs bench:peers compares, each started pinned to SERVER_CORE,
 * fed the same clip, and joined by native WebRTC subscribers: Skylark (one
 * mediasoup worker; WHEP) and Janus (Streaming plugin; its HTTP API).
 */
import { childProcesses } from '../helpers/processes.js';
import { startSkylarkProcess } from '../helpers/skylarkProcess.js';
import { testTokens } from '../helpers/tokens.js';
import { nativeWhepSubscriber } from '../load/nativeWhepSubscriber.js';
import { plainIngest } from '../load/plainPeers.js';
import { NAMESPACE_IP } from './benchNamespace.js';
import { JANUS_MOUNTPOINT, JANUS_VIDEO_PT, startJanus } from './janusServer.js';
import { janusSubscriber } from './janusSubscriber.js';
import { pinProcess, SERVER_CORE } from './pinning.js';
import type { PoolSubscriber } from './subscriberPool.js';
import { sendVp8Clip } from './vp8Source.js';

export interface SfuUnderTest {
	readonly name: 'Skylark' | 'Janus';
	/** Every process of the server (their threads included). */
	readonly pids: number[];
	/** Skylark's Node process, shown apart from its worker. */
	readonly nodePid?: number;
	join(index: number): Promise<PoolSubscriber>;
	stop(): Promise<void>;
}

const ROOM = 'bench-peers';

export async function startSkylarkSfu(clip: string): Promise<SfuUnderTest> {
	const server = await startSkylarkProcess({
		PLAIN_TRANSPORTS: 'loopback',
		NUM_WORKERS: '1',
		// One worker takes every viewer: the bench finds where it saturates.
		WORKER_MAX_CONSUMERS: '100000',
		WORKER_MAX_CPU: '1',
	});
	const nodePid = server.child.pid!;
	const pids = [nodePid, ...childProcesses('mediasoup-worker', nodePid)];

	pids.forEach((pid) => pinProcess(pid, SERVER_CORE));

	const ingest = await plainIngest(server.url, testTokens, ROOM, 0, ['video']);
	const [video] = ingest.producers;
	const sender = sendVp8Clip(clip, { ...ingest.address, payloadType: video.payloadType, ssrc: video.ssrc });

	return {
		name: 'Skylark',
		pids,
		nodePid,
		join: (index) => nativeWhepSubscriber(server.url, testTokens, ROOM, index),
		async stop() {
			await sender.stop();
			ingest.close();
			server.child.kill('SIGKILL');
			await server.exited;
		},
	};
}

export async function startJanusSfu(clip: string, configDir: string): Promise<SfuUnderTest> {
	const janus = await startJanus(configDir, SERVER_CORE);
	const sender = sendVp8Clip(clip, {
		ip: '127.0.0.1',
		port: janus.videoPort,
		payloadType: JANUS_VIDEO_PT,
		ssrc: 0x10000000,
	});

	return {
		name: 'Janus',
		pids: [janus.pid],
		join: (index) => janusSubscriber(janus.api, JANUS_MOUNTPOINT, index, NAMESPACE_IP),
		async stop() {
			await sender.stop();
			await janus.stop();
		},
	};
}
