import type { RecorderCommand } from '../recording/recorderCommand.js';
import type { CallCodec } from './sdpOffer.js';

/** Where a call's GStreamer pipeline receives and sends, all on loopback. */
export interface CallPipelinePorts {
	/** The caller's RTP, from a consumer on the call's router (RTCP on the next port). */
	fromCaller: number;
	/** The mix for the caller, to its producer on the call's router (which sends it on to the phone). */
	toCaller: number;
	/** The caller's voice as Opus RTP, to the room's plain transport (its producer). */
	toRoom: number;
	/** One per mixer slot: the room's participants' Opus RTP, from mediasoup consumers. */
	slots: number[];
}

export interface CallPipelineOptions {
	codec: CallCodec;
	/** The room's Opus payload type (what mediasoup consumers send). */
	roomOpusPayloadType: number;
	/** Payload type and SSRC of the caller's producer in the room. */
	producerPayloadType: number;
	producerSsrc: number;
	/** SSRC of the mix sent to the caller. */
	callerSsrc: number;
	/** The id of the RFC 6464 audio level header extension in the caller's producer. */
	audioLevelExtensionId: number;
	/** Jitter buffer of each incoming stream, in ms. */
	jitterMs: number;
}

export const AUDIO_LEVEL_URI = 'urn:ietf:params:rtp-hdrext:ssrc-audio-level';

const caps = (fields: Record<string, string | number>) =>
	`application/x-rtp,${Object.entries(fields)
		.map(([key, value]) => `${key}=${typeof value === 'number' ? `(int)${value}` : value}`)
		.join(',')}`;

/** G.711's GStreamer elements by codec: the two laws differ only in their names. */
const G711 = {
	PCMU: { depay: 'rtppcmudepay', dec: 'mulawdec', enc: 'mulawenc', pay: 'rtppcmupay' },
	PCMA: { depay: 'rtppcmadepay', dec: 'alawdec', enc: 'alawenc', pay: 'rtppcmapay' },
} as const;

/** Depayloader and decoder for the caller's codec (to raw audio). */
function decoder(codec: CallCodec): string[] {
	if (codec.name === 'opus') {
		return ['rtpopusdepay', '!', 'opusdec', 'plc=true'];
	}

	const g711 = G711[codec.name];

	return [g711.depay, '!', g711.dec];
}

/** Encoder and payloader for the caller's codec (from 48 kHz mono), in 20 ms packets. */
function encoder(codec: CallCodec, ssrc: number): string[] {
	const rtp = [`pt=${codec.payloadType}`, `ssrc=${ssrc}`];

	if (codec.name === 'opus') {
		return ['opusenc', 'frame-size=20', 'bitrate=32000', '!', 'rtpopuspay', ...rtp];
	}

	const g711 = G711[codec.name];

	return [
		'audioresample',
		'!',
		'audio/x-raw,rate=8000,channels=1',
		'!',
		g711.enc,
		'!',
		g711.pay,
		...rtp,
		'min-ptime=20000000',
		'max-ptime=20000000',
	];
}

const udpsink = (port: number) => ['udpsink', 'host=127.0.0.1', `port=${port}`, 'sync=false', 'async=false'];

/**
 * One gst-launch process per call, two independent branches:
 *
 * - up: the caller's RTP → jitter buffer → decode → Opus → the room's plain
 *   transport (the caller's producer, which active speaker and level meters see);
 * - down: each slot's Opus RTP (one room participant each) → jitter buffer →
 *   decode → audiomixer → the caller's codec → the call's router → the caller.
 *
 * The mixer is fed a live silent source as well, so it runs on its own clock
 * and has caps before anyone speaks, and a slot with no packets (nobody
 * assigned, or a muted participant) is simply left out of each mix instead of
 * holding it up. The caller's own voice is never in a slot.
 */
export function callPipeline(ports: CallPipelinePorts, options: CallPipelineOptions): RecorderCommand {
	const { codec } = options;
	const mono48k = 'audio/x-raw,rate=48000,channels=1';
	const jitter = ['rtpjitterbuffer', `latency=${options.jitterMs}`, 'drop-on-latency=true'];
	const up = [
		'udpsrc',
		'address=127.0.0.1',
		`port=${ports.fromCaller}`,
		`caps=${caps({ media: 'audio', 'clock-rate': codec.clockRate, 'encoding-name': codec.name === 'opus' ? 'OPUS' : codec.name, payload: codec.payloadType })}`,
		'!',
		...jitter,
		'!',
		...decoder(codec),
		'!',
		'audioconvert',
		'!',
		'audioresample',
		'!',
		'audio/x-raw,rate=48000,channels=2',
		'!',
		// The level goes into each packet (RFC 6464): mediasoup's active speaker detection reads it there.
		'level',
		'audio-level-meta=true',
		'post-messages=false',
		'!',
		'opusenc',
		'frame-size=20',
		'bitrate=48000',
		'!',
		'rtpopuspay',
		`pt=${options.producerPayloadType}`,
		`ssrc=${options.producerSsrc}`,
		'!',
		// The array form is what the payloader offers: a plain string would not intersect with it.
		`application/x-rtp,extmap-${options.audioLevelExtensionId}=(string)<"",${AUDIO_LEVEL_URI},"vad=on">`,
		'!',
		...udpsink(ports.toRoom),
	];
	const mixer = [
		'audiomixer',
		'name=mix',
		'output-buffer-duration=20000000',
		'!',
		'audioconvert',
		'!',
		...encoder(codec, options.callerSsrc),
		'!',
		...udpsink(ports.toCaller),
	];
	const silence = [
		'audiotestsrc',
		'is-live=true',
		'wave=silence',
		'samplesperbuffer=960',
		'!',
		mono48k,
		'!',
		'mix.',
	];
	const slots = ports.slots.flatMap((port) => [
		'udpsrc',
		'address=127.0.0.1',
		`port=${port}`,
		`caps=${caps({ media: 'audio', 'clock-rate': 48000, 'encoding-name': 'OPUS', payload: options.roomOpusPayloadType })}`,
		'!',
		...jitter,
		'!',
		'rtpopusdepay',
		'!',
		'opusdec',
		'plc=true',
		'!',
		'audioconvert',
		'!',
		'audioresample',
		'!',
		mono48k,
		'!',
		'mix.',
	]);

	return { bin: 'gst-launch-1.0', args: ['-q', '-e', ...up, ...mixer, ...silence, ...slots] };
}
