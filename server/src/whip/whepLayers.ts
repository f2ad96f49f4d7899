import type { types } from 'mediasoup';
import { z } from 'zod';
import type { Peer } from '../rooms/Peer.js';
import { HttpProblem } from './problems.js';

/**
 * The WHEP layer-selection extension's request body. `rid` is the draft's
 * name; `encodingId` is what whip-whep and Millicast's players send. A body
 * with no constraint (`{}` or just `mediaId`) returns to automatic selection.
 */
export const layerRequest = z.object({
	mediaId: z.string().max(8).optional(),
	rid: z.string().max(16).optional(),
	encodingId: z.string().max(16).optional(),
	spatialLayerId: z.number().int().min(0).max(7).optional(),
	temporalLayerId: z.number().int().min(0).max(7).optional(),
	maxSpatialLayerId: z.number().int().min(0).max(7).optional(),
	maxTemporalLayerId: z.number().int().min(0).max(7).optional(),
	maxWidth: z.number().int().positive().optional(),
	maxHeight: z.number().int().positive().optional(),
});
export type LayerRequest = z.infer<typeof layerRequest>;

/**
 * The top layer's size, which the server cannot see (WHIP offers and
 * mediasoup's parameters carry no resolution): the usual HD camera. Only
 * `maxWidth`/`maxHeight` requests depend on it.
 */
const ASSUMED_TOP = { width: 1280, height: 720 };

/** One entry of the `layers` event (the draft's layer object, plus whether Skylark forwards it now). */
export interface LayerInfo {
	rid?: string;
	spatialLayerId: number;
	/** Bits per second the publisher sends on it; 0 or absent means inactive. */
	bitrate?: number;
	forwarded?: boolean;
}

/** The publisher's producer a viewer's consumer receives (the consumer's producerId is a pipe's). */
export function sourceProducer(consumer: types.Consumer, publisher: Peer): types.Producer | undefined {
	return publisher.producers.get(String(consumer.appData.sourceProducerId));
}

/** The spatial and temporal layer counts a producer sends: simulcast encodings, or an SVC mode (L3T3). */
function layerCounts(producer: types.Producer): { spatial: number; temporal: number } {
	const encodings = producer.rtpParameters.encodings ?? [];
	const mode = encodings[0]?.scalabilityMode ?? '';
	const temporal = Number(/T(\d)/.exec(mode)?.[1] ?? 1);

	return producer.type === 'svc'
		? { spatial: Number(/^L(\d)/.exec(mode)?.[1] ?? 1), temporal }
		: { spatial: Math.max(1, encodings.length), temporal };
}

/** The size of spatial layer `index` of `count`: each layer below the top is half the size (browsers' and the SDK's ladder). */
function layerSize(index: number, count: number): { width: number; height: number } {
	const scale = 2 ** (count - 1 - index);

	return { width: ASSUMED_TOP.width / scale, height: ASSUMED_TOP.height / scale };
}

/**
 * The layers a request asks mediasoup to prefer (it forwards the best layer
 * at or below them that bandwidth allows). Throws 400 for a layer the
 * publisher does not send.
 */
export function preferredLayers(
	request: LayerRequest,
	producer: types.Producer
): { spatialLayer: number; temporalLayer: number } {
	const { spatial, temporal } = layerCounts(producer);
	const top = { spatialLayer: spatial - 1, temporalLayer: temporal - 1 };
	const rid = request.rid ?? request.encodingId;
	const check = (layer: number, count: number, what: string) => {
		if (layer >= count) {
			throw new HttpProblem(
				400,
				'Bad Request',
				`no ${what} layer ${layer}: the publisher sends ${count}`
			);
		}

		return layer;
	};
	let spatialLayer = top.spatialLayer;

	if (rid !== undefined) {
		spatialLayer = (producer.rtpParameters.encodings ?? []).findIndex((e) => e.rid === rid);

		if (spatialLayer < 0) {
			throw new HttpProblem(400, 'Bad Request', `the publisher sends no encoding with rid "${rid}"`);
		}
	} else if (request.spatialLayerId !== undefined) {
		spatialLayer = check(request.spatialLayerId, spatial, 'spatial');
	} else if (request.maxSpatialLayerId !== undefined) {
		spatialLayer = Math.min(request.maxSpatialLayerId, top.spatialLayer);
	} else if (request.maxWidth !== undefined || request.maxHeight !== undefined) {
		const fits = (i: number) => {
			const size = layerSize(i, spatial);

			return (
				size.width <= (request.maxWidth ?? Infinity) && size.height <= (request.maxHeight ?? Infinity)
			);
		};

		// The largest layer that fits; the smallest when none does.
		while (spatialLayer > 0 && !fits(spatialLayer)) {
			spatialLayer--;
		}
	}

	const temporalLayer =
		request.temporalLayerId !== undefined
			? check(request.temporalLayerId, temporal, 'temporal')
			: Math.min(request.maxTemporalLayerId ?? top.temporalLayer, top.temporalLayer);

	return { spatialLayer, temporalLayer };
}

/**
 * The `layers` event's data: for each m-line (by index) whose consumer has
 * layers, the publisher's spatial layers with their RID, current bitrate
 * (from the producer's stats) and whether it is the one forwarded.
 */
export async function layersEvent(
	consumers: Map<string, types.Consumer>,
	publisher: Peer
): Promise<Record<string, LayerInfo[]>> {
	const event: Record<string, LayerInfo[]> = {};

	for (const [mline, consumer] of consumers) {
		const producer = sourceProducer(consumer, publisher);

		if (!producer || (consumer.type !== 'simulcast' && consumer.type !== 'svc') || producer.closed) {
			continue;
		}

		const stats = await producer.getStats().catch(() => []);
		const encodings = producer.rtpParameters.encodings ?? [];
		const forwarded = consumer.currentLayers?.spatialLayer;

		event[mline] = Array.from({ length: layerCounts(producer).spatial }, (_, i) => {
			const rid = producer.type === 'simulcast' ? encodings[i]?.rid : undefined;
			const ssrc = encodings[i]?.ssrc;
			const stream = stats.find((s) => (rid !== undefined ? s.rid === rid : s.ssrc === ssrc));

			return {
				...(rid !== undefined ? { rid } : {}),
				spatialLayerId: i,
				bitrate: producer.type === 'svc' ? (stats[0]?.bitrate ?? 0) : (stream?.bitrate ?? 0),
				forwarded: forwarded === i,
			};
		});
	}

	return event;
}
