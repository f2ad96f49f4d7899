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

/** Media younger than this is not scored yet: mediasoup's first scores come before any report. */
export const SCORE_SETTLE_MS = 4000;

/**
 * The lowest score of what a peer sends (each producer's best stream: a
 * simulcast layer dynacast paused is not a loss) and receives (each consumer),
 * 10 with no media. Paused media is left out: it carries nothing to score;
 * so is media that `settled` says is too new to be scored.
 */
export function lowestScore(peer: Peer, settled: (media: object) => boolean = () => true): number {
	let lowest = 10;

	for (const producer of peer.producers.values()) {
		if (!producer.paused && producer.score.length > 0 && settled(producer)) {
			lowest = Math.min(lowest, Math.max(...producer.score.map((s) => s.score)));
		}
	}

	for (const consumer of peer.consumers.values()) {
		if (!consumer.paused && !consumer.producerPaused && settled(consumer)) {
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
	/** When each producer and consumer was first seen here. */
	readonly #seen = new WeakMap<object, number>();
	readonly #timer: NodeJS.Timeout;

	constructor(
		peers: () => Iterable<Peer>,
		announce: (peer: Peer, notification: skylark.v1.Notification.$Properties) => void,
		intervalMs = QUALITY_INTERVAL_MS
	) {
		this.#timer = setInterval(() => {
			const now = Date.now();
			const settled = (media: object) => {
				const seen = this.#seen.get(media) ?? (this.#seen.set(media, now), now);

				return now - seen >= SCORE_SETTLE_MS;
			};

			for (const peer of peers()) {
				// Only WebRTC peers (the SDK's) have a client to tell; an RTP ingest has none.
				if (
					peer.closed ||
					![peer.sendTransport, peer.recvTransport].some((t) => t?.type === 'webrtc')
				) {
					continue;
				}

				const score = lowestScore(peer, settled);
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
