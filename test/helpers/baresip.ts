import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { freePortRange } from './ports.js';
import { until } from './within.js';

/** What baresip's ctrl_tcp module says: answers to commands, and call events. */
export interface BaresipMessage {
	response?: boolean;
	ok?: boolean;
	data?: string;
	token?: string;
	event?: boolean;
	type?: string;
	param?: string;
	peeruri?: string;
	id?: string;
}

export interface BaresipOptions {
	/** Its config directory (made here). */
	dir: string;
	/** What it sends as its microphone: a WAV file (aufile). */
	sourceWav: string;
	/** Audio codecs the account offers, in order (PCMU, PCMA, opus). */
	codecs: string[];
	user?: string;
	displayName?: string;
	/** How it takes incoming calls: `manual` rings (180) until told to accept, `auto` answers at once. */
	answerMode?: 'manual' | 'auto';
	/** `srtp-mand`: its calls are SRTP keyed with SDES (RTP/SAVP), and it takes no other (its srtp module). */
	mediaenc?: 'srtp-mand';
	/**
	 * SIP over TLS (on the port after its UDP/TCP one, as baresip does it):
	 * its certificate and key in one PEM file, and the CA it trusts.
	 */
	tls?: { certificate: string; cafile: string };
	/** Answers digest challenges (401/407) to its requests with this user and password. */
	auth?: { user: string; password: string };
}

/**
 * Debian's baresip, driven through its ctrl_tcp module (netstring JSON):
 * its microphone is a WAV file, it plays into ALSA's null device, and its
 * sndfile module writes what it hears (and sends) to WAV files in `dir`.
 */
export class Baresip {
	readonly messages: BaresipMessage[] = [];
	readonly #child: ChildProcess;
	readonly #socket: net.Socket;
	readonly dir: string;
	readonly sipPort: number;
	#buffer = '';
	#token = 0;

	static async start(options: BaresipOptions): Promise<Baresip> {
		const base = await freePortRange(3);
		const [sipPort, ctrlPort] = [base, base + 2];

		fs.mkdirSync(options.dir, { recursive: true });
		fs.writeFileSync(
			path.join(options.dir, 'config'),
			[
				'poll_method epoll',
				`sip_listen 127.0.0.1:${sipPort}`,
				...(options.tls
					? [`sip_certificate ${options.tls.certificate}`, `sip_cafile ${options.tls.cafile}`]
					: []),
				`audio_source aufile,${options.sourceWav}`,
				'audio_player alsa,null',
				'audio_alert alsa,null',
				'module_path /usr/lib/baresip/modules',
				'module g711.so',
				'module opus.so',
				'module aufile.so',
				'module alsa.so',
				'module sndfile.so',
				...(options.mediaenc ? ['module srtp.so'] : []),
				'module_app account.so',
				'module_app menu.so',
				'module_app ctrl_tcp.so',
				`ctrl_tcp_listen 127.0.0.1:${ctrlPort}`,
				`snd_path ${options.dir}`,
				'',
			].join('\n')
		);
		const name = options.displayName ? `"${options.displayName}" ` : '';

		fs.writeFileSync(
			path.join(options.dir, 'accounts'),
			`${name}<sip:${options.user ?? 'phone'}@127.0.0.1>;regint=0;answermode=${options.answerMode ?? 'manual'};audio_codecs=${options.codecs.join(',')}${options.mediaenc ? `;mediaenc=${options.mediaenc}` : ''}${options.auth ? `;auth_user=${options.auth.user};auth_pass=${options.auth.password}` : ''}\n`
		);
		fs.writeFileSync(path.join(options.dir, 'contacts'), '');

		const child = spawn('baresip', ['-f', options.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
		const log = fs.createWriteStream(path.join(options.dir, 'baresip.log'));

		child.stdout!.pipe(log);
		child.stderr!.pipe(log);

		const socket = await until(
			() =>
				new Promise<net.Socket | undefined>((resolve) => {
					const s = net.connect(ctrlPort, '127.0.0.1', () => resolve(s));

					s.once('error', () => resolve(undefined));
				}),
			10_000,
			'baresip ctrl_tcp listening'
		);

		return new Baresip(child, socket, options.dir, sipPort);
	}

	private constructor(child: ChildProcess, socket: net.Socket, dir: string, sipPort: number) {
		this.#child = child;
		this.#socket = socket;
		this.dir = dir;
		this.sipPort = sipPort;
		socket.setEncoding('utf8').on('data', (chunk: string) => this.#read(chunk));
		socket.on('error', () => undefined);
	}

	/** Its SIP over TLS port, when it has a certificate: baresip listens for TLS one port above `sip_listen`'s. */
	get tlsPort(): number {
		return this.sipPort + 1;
	}

	/** Sends a command (`dial`, `hangup`, ...) and resolves with its answer. */
	async command(command: string, params = ''): Promise<BaresipMessage> {
		const token = String(++this.#token);
		const json = JSON.stringify({ command, params, token });

		this.#socket.write(`${Buffer.byteLength(json)}:${json},`);

		return until(
			() => this.messages.find((m) => m.response && m.token === token),
			5000,
			`baresip's answer to ${command}`
		);
	}

	/** The first event of `type` (CALL_ESTABLISHED, CALL_CLOSED, ...) since the start. */
	event(type: string, ms = 15_000): Promise<BaresipMessage> {
		return until(
			() => this.messages.find((m) => m.event && m.type === type),
			ms,
			() => `baresip event ${type} (seen: ${this.messages.map((m) => m.type ?? 'response').join(', ')})`
		);
	}

	/** The WAV file sndfile writes what baresip hears to (decoded from the call). */
	heardWav(): string | undefined {
		const file = fs.readdirSync(this.dir).find((f) => /^dump-.*-dec\.wav$/.test(f));

		return file && path.join(this.dir, file);
	}

	async stop(): Promise<void> {
		this.#socket.destroy();

		if (this.#child.exitCode === null && this.#child.signalCode === null) {
			const exited = once(this.#child, 'exit');

			this.#child.kill('SIGTERM');
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
			this.#child.kill('SIGKILL');
		}
	}

	#read(chunk: string): void {
		this.#buffer += chunk;

		for (;;) {
			const colon = this.#buffer.indexOf(':');
			const length = Number(this.#buffer.slice(0, colon));

			if (colon < 0 || this.#buffer.length < colon + 1 + length + 1) {
				return;
			}

			this.messages.push(
				JSON.parse(this.#buffer.slice(colon + 1, colon + 1 + length)) as BaresipMessage
			);
			this.#buffer = this.#buffer.slice(colon + 1 + length + 1);
		}
	}
}
