import { CompositeSource } from './composite/CompositeSource.js';
import type { Egress } from './Egress.js';
import { hlsBasePath } from './hls/hlsAccess.js';

const iso = (ms?: number) => (ms ? new Date(ms).toISOString() : null);

/** An egress as the admin API and webhooks show it. */
export function describeEgress(egress: Egress) {
	const composite = egress.source instanceof CompositeSource ? egress.source : undefined;

	return {
		id: egress.id,
		roomId: egress.room.id,
		warnings: egress.room.mediaWarnings,
		type: egress.type,
		state: egress.state,
		error: egress.error ?? null,
		endReason: egress.endReason ?? null,
		...egress.settings,
		createdAt: iso(egress.createdAt),
		startedAt: iso(egress.startedAt),
		stoppedAt: iso(egress.stoppedAt),
		durationSeconds: Math.round(egress.durationSeconds * 1000) / 1000,
		bitrate: egress.running ? egress.source.bitrate : 0,
		...(egress.hlsDir ? { playlistUrl: `${hlsBasePath(egress.room.id, egress.id)}/index.m3u8` } : {}),
		...(composite
			? {
					tiles: composite.compositor.tiles.map((t) => ({
						peerId: t.visual.peerId,
						producerId: t.visual.producerId ?? null,
						x: t.x,
						y: t.y,
						width: t.width,
						height: t.height,
						showing: composite.compositor.isShowing(t.visual),
					})),
					encoderPid: composite.encoderPid ?? null,
					droppedFrames: composite.droppedFrames,
				}
			: {}),
		outputs: egress.outputs.map((o) => ({
			type: o.type,
			target: o.target,
			state: o.state,
			error: o.error ?? null,
			attempts: o.attempts,
			bytes: o.bytes,
			pid: o.pid ?? null,
		})),
	};
}
