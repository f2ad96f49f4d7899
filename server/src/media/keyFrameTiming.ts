import type { types } from 'mediasoup';

/**
 * libwebrtc encoders (every browser, OBS's libdatachannel does not throttle)
 * serve at most one keyframe request per 300 ms and drop the others; mediasoup
 * repeats an unanswered request only after a second. A margin on top covers
 * the trip of the request.
 */
const ENCODER_THROTTLE_MS = 340;

/**
 * mediasoup's keyFrameRequestDelay for every video producer: the requests of
 * many consumers (and of every edge node of a cascade) within this time of a
 * keyframe or of a request go to the publisher as one, at the end of it.
 */
export const KEY_FRAME_REQUEST_DELAY_MS = ENCODER_THROTTLE_MS;

/** When each watched video producer last received a keyframe. */
const lastKeyFrame = new WeakMap<types.Producer, number>();

/** Notes the keyframes `producer` receives from now on (video only; from mediasoup's trace events). */
export async function watchKeyFrames(producer: types.Producer): Promise<void> {
	if (producer.kind !== 'video') {
		return;
	}

	producer.on('trace', (trace) => {
		if (trace.type === 'keyframe' && trace.direction === 'in') {
			lastKeyFrame.set(producer, performance.now());
		}
	});
	await producer.enableTraceEvent(['keyframe']);
}

/**
 * How long to hold a keyframe request for `producer` so that its encoder
 * serves it: 0 unless a keyframe came less than the encoder's throttle ago.
 * A viewer that starts right after another would otherwise wait a second
 * for its first picture.
 */
export function keyFrameRequestDelay(producer: types.Producer | undefined): number {
	const last = producer && lastKeyFrame.get(producer);

	return last === undefined ? 0 : Math.max(0, Math.ceil(ENCODER_THROTTLE_MS - (performance.now() - last)));
}
