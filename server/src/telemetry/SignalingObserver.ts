import * as mediasoup from 'mediasoup';

export interface RequestRecord {
	method: string;
	/** 'OK' or the ErrorCode name it was refused with. */
	code: string;
	durationMs: number;
}

export type SignalingObserverEvents = {
	request: [RequestRecord];
};

/** Every signaling request handled, for metrics: listeners only watch. */
export class SignalingObserver extends mediasoup.extras.EnhancedEventEmitter<SignalingObserverEvents> {}
