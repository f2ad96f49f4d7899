import { buildRtpPacket } from '../../server/src/media/rtpPacket.js';
import { buildPayload, type StreamKind } from './mediaPayload.js';

export interface StreamProfile {
	kind: StreamKind;
	packetsPerSecond: number;
	payloadBytes: number;
	/** Video: one keyframe every this many packets. */
	keyFrameEvery?: number;
	clockRate: number;
}

export const AUDIO_PROFILE: StreamProfile = {
	kind: 'audio',
	packetsPerSecond: 50,
	payloadBytes: 100,
	clockRate: 48000,
};

/** About 1 Mbps of VP8-shaped packets, a keyframe every second. */
export function videoProfile(kbps = 1000): StreamProfile {
	const payloadBytes = 1100;
	const packetsPerSecond = Math.max(10, Math.round((kbps * 1000) / 8 / payloadBytes));

	return {
		kind: 'video',
		packetsPerSecond,
		payloadBytes,
		keyFrameEvery: packetsPerSecond,
		clockRate: 90000,
	};
}

export interface RtpSource {
	readonly sent: number;
	/** Stops sending until resume(), without a catch-up burst afterwards. */
	pause(): void;
	resume(): void;
	stop(): void;
}

/**
 * Emits RTP packets of a profile at its rate (in bursts of a timer tick, so a
 * busy event loop catches up instead of drifting) until stopped.
 */
export function startRtpSource(
	profile: StreamProfile,
	header: { ssrc: number; payloadType: number; stream: number },
	send: (packet: Buffer) => void
): RtpSource {
	// Packets due are counted from `base`, which resume() moves so a pause leaves no backlog.
	let base = { at: performance.now(), sent: 0 };
	let sent = 0;
	let paused = false;
	const tick = () => {
		if (paused) {
			return;
		}

		const due = base.sent + Math.floor(((performance.now() - base.at) / 1000) * profile.packetsPerSecond);

		for (; sent < due; sent++) {
			const keyFrame = profile.keyFrameEvery !== undefined && sent % profile.keyFrameEvery === 0;
			const payload = buildPayload(profile.kind, header.stream, profile.payloadBytes, keyFrame);

			send(
				buildRtpPacket(
					{
						payloadType: header.payloadType,
						sequenceNumber: sent & 0xffff,
						timestamp: Math.floor((sent * profile.clockRate) / profile.packetsPerSecond),
						ssrc: header.ssrc,
						marker: true,
					},
					payload
				)
			);
		}
	};
	const timer = setInterval(tick, 10);

	return {
		get sent() {
			return sent;
		},
		pause() {
			paused = true;
		},
		resume() {
			base = { at: performance.now(), sent };
			paused = false;
		},
		stop: () => clearInterval(timer),
	};
}
