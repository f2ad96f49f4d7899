import type { types } from 'mediasoup';
import { skylark } from '../../../protos/index.js';
import type { Peer } from './Peer.js';

import Quality = skylark.v1.Quality;

/** How often every peer's quality is worked out (from scores mediasoup already pushed: no worker calls). */
export const QUALITY_INTERVAL_MS = 2000;

/** A peer's quality from the lowest score (0–10) of its media and whether its transports lost their path. */
export function qualityOf(score: number, pathLost: boolean): Quality {
	if (pathLost || score === 0) {
		return Quality.LOST;
	}

	if (score >= 8) {
		return Quality.EXCELLENT;
	}

	return score >= 5 ? Quality.GOOD : Quality.POOR;
}

/**
 * The lowest score of what a peer sends (each producer's best stream: a
 * simulcast layer dynacast paused is not a loss) and receives (each consumer),
 * 10 with no media. Paused media is left out: it carries nothing to score.
 */
export function lowestScore(peer: Peer): number {
	let lowest = 10;

	for (const producer of peer.producers.values()) {
		if (!producer.paused && producer.score.length > 0) {
			lowest = Math.min(lowest, Math.max(...producer.score.map((s) => s.score)));
		}
	}

	for (const consumer of peer.consumers.values()) {
		if (!consumer.paused && !consumer.producerPaused) {
			lowest = Math.min(lowest, consumer.score.score);
		}
	}

	return lowest;
}

/** Whether one of the peer's WebRTC transports lost its network path (ICE disconnected, DTLS failed). */
export function pathLost(peer: Peer): boolean {
	return [peer.sendTransport, peer.recvTransport].some((t) => {
		const transport = t as types.WebRtcTransport | undefined;

		return (
			transport !== undefined &&
			transport.type === 'webrtc' &&
			!transport.closed &&
			(transport.iceState === 'disconnected' || transport.dtlsState === 'failed')
		);
	});
}

/**
 * Works out each peer's connection quality every QUALITY_INTERVAL_MS, and
 * tells it (to the peer and to those who see it) when it changes.
 */
export class ConnectionQualityMonitor {
	readonly #last = new WeakMap<Peer, Quality>();
	readonly #timer: NodeJS.Timeout;

	constructor(
		peers: () => Iterable<Peer>,
		announce: (peer: Peer, notification: skylark.v1.Notification.$Properties) => void,
		intervalMs = QUALITY_INTERVAL_MS
	) {
		this.#timer = setInterval(() => {
			for (const peer of peers()) {
				const score = lowestScore(peer);
				const quality = qualityOf(score, pathLost(peer));

				if (this.#last.get(peer) !== quality) {
					this.#last.set(peer, quality);
					announce(peer, { connectionQuality: { peerId: peer.id, quality, score } });
				}
			}
		}, intervalMs);
		this.#timer.unref();
	}

	close(): void {
		clearInterval(this.#timer);
	}
}
