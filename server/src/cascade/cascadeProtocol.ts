import type { types } from 'mediasoup';
import { z } from 'zod';
import { skylark } from '../../../protos/index.js';

/**
 * How an edge node and a room's origin talk: one socket.io connection per
 * (room, edge) on the origin's `/cascade` namespace. Room events travel as
 * the protobuf Notifications a viewer at the origin gets; the few pipe
 * requests are JSON, checked on arrival (nodes of two releases may meet).
 */
export const CASCADE_NAMESPACE = '/cascade';
/** Audience of the tickets that open a link: a join redirect ticket cannot open one. */
export const CASCADE_AUDIENCE = 'skylark-cascade';

/** One end of a pipe: where it listens and its SRTP keys. */
export const pipeTupleSchema = z.object({
	ip: z.string().min(1),
	port: z.number().int().min(1).max(65535),
	srtpParameters: z.object({
		cryptoSuite: z.enum([
			'AEAD_AES_256_GCM',
			'AEAD_AES_128_GCM',
			'AES_CM_128_HMAC_SHA1_80',
			'AES_CM_128_HMAC_SHA1_32',
		]),
		keyBase64: z.string().min(1),
	}),
});
export type PipeTuple = z.infer<typeof pipeTupleSchema>;

export const producerRequestSchema = z.object({ producerId: z.string().min(1).max(64) });
export const dataProducerRequestSchema = z.object({ dataProducerId: z.string().min(1).max(64) });

/** What the origin answers for a producer it now sends down the pipe. */
export interface PipedProducer {
	kind: types.MediaKind;
	rtpParameters: types.RtpParameters;
	paused: boolean;
	appData: { peerId: string; source: string };
}

export interface PipedDataProducer {
	sctpStreamParameters: types.SctpStreamParameters;
	label: string;
	protocol: string;
	appData: { peerId: string };
}

/** `notFound`: the producer asked for is not (or no longer) at the origin. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; notFound?: boolean };

/** Edge → origin. */
export interface EdgeToOrigin {
	openPipe: (edge: PipeTuple, reply: (r: Reply<PipeTuple>) => void) => void;
	pipe: (request: { producerId: string }, reply: (r: Reply<PipedProducer>) => void) => void;
	unpipe: (request: { producerId: string }) => void;
	pipeData: (request: { dataProducerId: string }, reply: (r: Reply<PipedDataProducer>) => void) => void;
	unpipeData: (request: { dataProducerId: string }) => void;
}

/** Origin → edge. */
export interface OriginToEdge {
	/** First message of a link: every publisher, as peerJoined notifications. */
	snapshot: (frames: Uint8Array[]) => void;
	notification: (frame: Uint8Array) => void;
	/** Media of a piped producer stopped or started again (the edge pauses its copy alike). */
	pipePaused: (producerId: string) => void;
	pipeResumed: (producerId: string) => void;
	/** A piped producer or data producer is gone at the origin. */
	pipeClosed: (id: string) => void;
}

export function encodeNotification(notification: skylark.v1.Notification.$Properties): Uint8Array {
	return skylark.v1.Notification.encode(notification).finish();
}

export function decodeNotification(frame: Uint8Array | ArrayBuffer): skylark.v1.Notification.$Properties {
	const bytes = frame instanceof ArrayBuffer ? new Uint8Array(frame) : frame;

	return skylark.v1.Notification.decode(bytes);
}
