import * as werift from 'werift';
import type { LocalPublication } from '../../client-sdk/src/index.js';
import type { AudioSender } from './weriftPeer.js';

/** Whether a sendVoice() speaker talks right now; flip it to make them take turns. */
export interface Voice {
	talking: boolean;
}

/** Audio levels in -dBov (0 loudest, 127 silence), as the ssrc-audio-level extension carries them. */
const SPEECH_LEVEL = 5;
const ROOM_NOISE_LEVEL = 110;
/** Talking: 1 s of speech, then 0.3 s of room noise, over and over (at 50 packets/s). */
const PHRASE_PACKETS = 65;
const SPEECH_PACKETS = 50;

/**
 * Sends Opus-like RTP (50 packets/s) on a published werift audio track, with
 * the ssrc-audio-level extension: room noise while `voice.talking` is false,
 * speech phrases while it is true. mediasoup's dominant-speaker detection
 * scores each stream's speech above its own noise floor, the lowest non-silent
 * level it has seen; a stream at one constant level (or pure silence) never
 * counts as speech, so the noise is what makes speech stand out.
 */
export function sendVoice(publication: LocalPublication, voice: Voice): AudioSender {
	const track = publication.track as unknown as werift.MediaStreamTrack;
	const params = publication.producer.rtpParameters;
	const ssrc = params.encodings![0].ssrc!;
	const payloadType = params.codecs[0].payloadType;
	const levelExt = params.headerExtensions?.find(
		(h) => h.uri === 'urn:ietf:params:rtp-hdrext:ssrc-audio-level'
	);

	if (!levelExt) {
		throw new Error('the audio-level header extension was not negotiated');
	}

	let seq = 0;
	const timer = setInterval(() => {
		const speaking = voice.talking && seq % PHRASE_PACKETS < SPEECH_PACKETS;
		const level = speaking ? SPEECH_LEVEL : ROOM_NOISE_LEVEL;
		const header = new werift.RtpHeader({
			payloadType,
			sequenceNumber: seq & 0xffff,
			timestamp: (seq * 960) >>> 0,
			ssrc,
			extension: true,
			// The top bit is the sender's own voice-activity flag.
			extensions: [{ id: levelExt.id, payload: Buffer.from([(speaking ? 0x80 : 0) | level]) }],
		});

		track.writeRtp(new werift.RtpPacket(header, Buffer.alloc(80, seq & 0xff)));
		seq++;
	}, 20);

	return {
		stop: () => clearInterval(timer),
		get sent() {
			return seq;
		},
	};
}
