import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bindUdp } from '../../server/src/media/udpSocket.js';
import { freePortRange } from './ports.js';

export interface Coturn {
	readonly port: number;
	readonly secret: string;
	/** The range coturn allocates relay ports from. */
	readonly relayPorts: [number, number];
	/** e.g. turn:127.0.0.1:3478?transport=udp */
	url(transport?: 'udp' | 'tcp'): string;
	stop(): Promise<void>;
}

/** A STUN Binding request: resolves once the server answers one (it is up), rejects after timeoutMs. */
async function stunAnswers(ip: string, port: number, timeoutMs: number): Promise<void> {
	const socket = await bindUdp();
	const request = Buffer.alloc(20);

	request.writeUInt16BE(0x0001, 0); // Binding request
	request.writeUInt32BE(0x2112a442, 4); // magic cookie
	randomBytes(12).copy(request, 8);

	try {
		await new Promise<void>((resolve, reject) => {
			const deadline = setTimeout(
				() => reject(new Error(`coturn on ${ip}:${port} did not answer STUN`)),
				timeoutMs
			);
			const retry = setInterval(() => socket.send(request, port, ip), 100);

			socket.on('message', (message) => {
				if (message.readUInt16BE(0) === 0x0101) {
					clearTimeout(deadline);
					clearInterval(retry);
					resolve();
				}
			});
			socket.send(request, port, ip);
		});
	} finally {
		socket.close();
	}
}

export interface CoturnOptions {
	/** Where coturn listens and relays from (default 127.0.0.1). */
	ip?: string;
	/** TURN over TLS (turns:) on this port, with this certificate; without it, no TLS. */
	tls?: { port: number; certFile: string; keyFile: string };
}

/**
 * Starts Debian's coturn on 127.0.0.1 (or `options.ip`) in TURN REST API mode
 * (use-auth-secret), relaying to loopback peers (the Skylark under test),
 * UDP and TCP listeners, and TLS only if asked. Resolves once it answers STUN.
 */
export async function startCoturn(
	secret = randomBytes(16).toString('hex'),
	options: CoturnOptions = {}
): Promise<Coturn> {
	const ip = options.ip ?? '127.0.0.1';
	const tls = options.tls
		? [
				`--tls-listening-port=${options.tls.port}`,
				`--cert=${options.tls.certFile}`,
				`--pkey=${options.tls.keyFile}`,
			]
		: ['--no-tls'];
	const port = await freePortRange(1);
	const relayBase = await freePortRange(50);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skylark-coturn-'));
	const child: ChildProcess = spawn(
		'turnserver',
		[
			'-n', // no configuration file
			`--listening-ip=${ip}`,
			`--relay-ip=${ip}`,
			`--listening-port=${port}`,
			`--min-port=${relayBase}`,
			`--max-port=${relayBase + 49}`,
			'--use-auth-secret',
			`--static-auth-secret=${secret}`,
			'--realm=skylark.test',
			'--fingerprint',
			...tls,
			'--no-dtls',
			'--no-cli',
			// The SFU under test listens on loopback; coturn refuses such peers unless told.
			'--allow-loopback-peers',
			`--pidfile=${path.join(dir, 'turnserver.pid')}`,
			`--userdb=${path.join(dir, 'turndb')}`,
			'--log-file=stdout',
			'--simple-log',
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let log = '';

	child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	try {
		await Promise.race([
			stunAnswers(ip, port, 10_000),
			exited.then(() => Promise.reject(new Error(`turnserver exited:\n${log.slice(-2000)}`))),
		]);
	} catch (error) {
		child.kill('SIGKILL');
		throw error;
	}

	return {
		port,
		secret,
		relayPorts: [relayBase, relayBase + 49],
		url: (transport = 'udp') => `turn:${ip}:${port}?transport=${transport}`,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
