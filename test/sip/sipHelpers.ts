import * as assert from 'node:assert/strict';
import * as dgram from 'node:dgram';
import type { Skylark } from '../../server/src/Skylark.js';
import type { adminClient } from '../helpers/adminClient.js';
import { ingestFlowing } from '../helpers/ingestFlow.js';
import { startSender, writeToneWav, type IngestAnswer, type Sender } from '../helpers/mediaFiles.js';
import { until, within } from '../helpers/within.js';

/** A WAV tone for baresip's microphone: 8 kHz mono, as a phone would have it (see writeToneWav). */
export function writeTone(file: string, hz: number, seconds = 60, bursts = false): Promise<void> {
	return writeToneWav(file, { hz, sampleRate: 8000, seconds, bursts });
}

/**
 * A raw SIP client over UDP for bad input: sends exactly the text given and
 * collects what comes back, so a test sees Skylark's status codes as sent.
 */
/** The final (non-1xx) status of the response to Call-ID `callId` among the messages a raw client `received`. */
export function finalStatusIn(received: string[], callId: string, ms = 5000, over = ''): Promise<number> {
	return until(
		() => {
			const response = received.find(
				(r) => r.includes(`Call-ID: ${callId}`) && /^SIP\/2\.0 [2-6]\d\d/.test(r)
			);

			return response ? Number(response.slice(8, 11)) : undefined;
		},
		ms,
		`a final response to ${callId}${over} (received: ${received.map((r) => r.split('\r\n')[0]).join(' | ')})`
	);
}

export class RawSipClient {
	readonly received: string[] = [];
	readonly #socket: dgram.Socket;

	static async open(ip = '127.0.0.1'): Promise<RawSipClient> {
		const socket = dgram.createSocket('udp4');

		await new Promise<void>((resolve) => socket.bind(0, ip, resolve));

		return new RawSipClient(socket);
	}

	private constructor(socket: dgram.Socket) {
		this.#socket = socket;
		socket.on('message', (message) => this.received.push(message.toString('utf8')));
	}

	get port(): number {
		return this.#socket.address().port;
	}

	get ip(): string {
		return this.#socket.address().address;
	}

	send(text: string, port: number): void {
		this.#socket.send(Buffer.from(text), port, '127.0.0.1');
	}

	/** The final (non-1xx) status of the response to Call-ID `callId`. */
	finalStatus(callId: string, ms = 5000): Promise<number> {
		return finalStatusIn(this.received, callId, ms);
	}

	close(): void {
		this.#socket.close();
	}
}

export interface RawRequest {
	method?: string;
	room: string;
	sipPort: number;
	/** Where the request says it comes from (Via, From, Contact). */
	client: { ip: string; port: number };
	callId: string;
	sdp?: string;
	/** The To tag of an in-dialog request. */
	toTag?: string;
	/** The Via branch (default: one per Call-ID; an ACK to a 2xx needs its own). */
	branch?: string;
	/** CSeq number (default 1). */
	cseq?: number;
	/** More header lines, as written. */
	headers?: string[];
	/** Via's transport (default UDP). */
	transport?: 'UDP' | 'TCP' | 'TLS';
}

/** A request as a phone would send it (an INVITE, unless told otherwise), with `sdp` as its body. */
export function request(options: RawRequest): string {
	const { method = 'INVITE', room, sipPort, client, callId, sdp = '' } = options;
	const from = `${client.ip}:${client.port}`;

	return [
		`${method} sip:${room}@127.0.0.1:${sipPort} SIP/2.0`,
		`Via: SIP/2.0/${options.transport ?? 'UDP'} ${from};branch=${options.branch ?? `z9hG4bK-${callId}`};rport`,
		'Max-Forwards: 70',
		`From: "Raw" <sip:raw@${from}>;tag=raw-${callId}`,
		`To: <sip:${room}@127.0.0.1:${sipPort}>${options.toTag ? `;tag=${options.toTag}` : ''}`,
		`Call-ID: ${callId}`,
		`CSeq: ${options.cseq ?? 1} ${method}`,
		...(options.headers ?? []),
		`Contact: <sip:raw@${from}>`,
		...(sdp ? ['Content-Type: application/sdp'] : []),
		`Content-Length: ${Buffer.byteLength(sdp)}`,
		'',
		sdp,
	].join('\r\n');
}

/** An SDP offer of one audio stream with these payload types and rtpmap lines. */
export function offer(payloads: string, rtpmaps: string[] = [], protocol = 'RTP/AVP'): string {
	return [
		'v=0',
		'o=raw 1 1 IN IP4 127.0.0.1',
		's=-',
		'c=IN IP4 127.0.0.1',
		't=0 0',
		`m=audio 40000 ${protocol} ${payloads}`,
		...rtpmaps,
		'a=sendrecv',
		'',
	].join('\r\n');
}

/** The room's loudness of one producer, from a mediasoup AudioLevelObserver (dBov, 0 is loudest). */
export async function roomHears(server: Skylark, roomId: string, producerId: string): Promise<number> {
	const router = server.rooms.get(roomId)!.routers.home.router;
	const observer = await router.createAudioLevelObserver({ threshold: -70, interval: 200 });

	try {
		await observer.addProducer({ producerId });

		return await within(
			new Promise<number>((resolve) =>
				observer.once('volumes', (volumes) => resolve(volumes[0]!.volume))
			),
			10_000,
			'the room hearing the phone'
		);
	} finally {
		observer.close();
	}
}

/** A response to a request received as text: its Via, From, To (tagged), Call-ID and CSeq, and `headers`. */
export function respond(requestText: string, status: string, headers: string[] = []): string {
	const copied = requestText.split('\r\n').filter((line) => /^(Via|From|Call-ID|CSeq):/i.test(line));
	const to = requestText.split('\r\n').find((line) => /^To:/i.test(line))!;

	return [
		`SIP/2.0 ${status}`,
		...copied,
		/;tag=/.test(to) ? to : `${to};tag=uas`,
		...headers,
		'Content-Length: 0',
		'',
		'',
	].join('\r\n');
}

/** Someone in the room speaks: a 1 kHz tone through an RTP ingest named Tone, reaching its producer. */
export async function startToneIngest(
	server: Skylark,
	api: ReturnType<typeof adminClient>,
	roomId: string
): Promise<Sender> {
	const ingest = await api<IngestAnswer & { peerId: string }>(`/rooms/${roomId}/ingest`, 'POST', {
		name: 'Tone',
		audio: 'opus',
	});

	assert.equal(ingest.status, 201);

	const sender = startSender([
		'-re',
		'-f',
		'lavfi',
		'-i',
		'sine=frequency=1000:sample_rate=48000',
		...ingest.body.ffmpegOutputArgs,
	]);

	try {
		await ingestFlowing(server, roomId, ingest.body.peerId, 'Tone');
	} catch (error) {
		await sender.stop();
		throw error;
	}

	return sender;
}
