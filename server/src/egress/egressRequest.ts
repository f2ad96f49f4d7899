import { z } from 'zod';

const rtmpUrl = z
	.string()
	.max(2048)
	.regex(/^rtmps?:\/\/[^\s]+$/, 'must be an rtmp:// or rtmps:// URL');

/** One destination of an egress. */
export const outputSchema = z.discriminatedUnion('kind', [
	z
		.object({
			kind: z.literal('rtmp'),
			url: rtmpUrl.optional(),
			urls: z.array(rtmpUrl).min(1).max(8).optional(),
		})
		.strict()
		.refine((o) => (o.url === undefined) !== (o.urls === undefined), 'give url or urls'),
	z
		.object({
			kind: z.literal('hls'),
			segmentSeconds: z.number().int().min(1).max(10).optional(),
			windowSegments: z.number().int().min(2).max(100).optional(),
		})
		.strict(),
	z.object({ kind: z.literal('file'), format: z.enum(['mp4', 'mkv']).default('mp4') }).strict(),
]);

const resolution = z.string().regex(/^\d{2,4}x\d{2,4}$/, 'must look like 1280x720');

/**
 * `POST /rooms/:roomId/egress`: one output inline (`kind` and its fields),
 * or several in `outputs`. `type` is `composite` (the room composed, the
 * default) or `track` (one participant's tracks, copied).
 */
export const egressRequestSchema = z
	.object({
		type: z.enum(['composite', 'track']).default('composite'),
		kind: z.enum(['rtmp', 'hls', 'file']).optional(),
		url: z.string().optional(),
		urls: z.array(z.string()).optional(),
		format: z.string().optional(),
		segmentSeconds: z.number().optional(),
		windowSegments: z.number().optional(),
		outputs: z.array(z.unknown()).min(1).max(8).optional(),
		layout: z.enum(['grid', 'speaker', 'single']).optional(),
		peerId: z.string().min(1).max(64).optional(),
		resolution: resolution.optional(),
		fps: z.number().int().min(5).max(60).optional(),
		videoBitrateKbps: z.number().int().min(100).max(50_000).optional(),
		audioBitrateKbps: z.number().int().min(32).max(320).optional(),
	})
	.strict()
	.refine((b) => (b.kind === undefined) !== (b.outputs === undefined), 'give kind (one output) or outputs')
	.refine((b) => b.type !== 'track' || b.peerId !== undefined, 'a track egress needs peerId');

export type OutputRequest = z.output<typeof outputSchema>;

/** The outputs a request asks for, each checked against its own schema. */
export function outputsOf(body: z.output<typeof egressRequestSchema>): z.ZodSafeParseResult<OutputRequest[]> {
	const { outputs, kind, url, urls, format, segmentSeconds, windowSegments } = body;
	const inline = { kind, url, urls, format, segmentSeconds, windowSegments };
	const raw = outputs ?? [Object.fromEntries(Object.entries(inline).filter(([, v]) => v !== undefined))];

	return z.array(outputSchema).safeParse(raw);
}

/** A resolution like 1280x720, with both sides even (yuv420p needs it). */
export function parseResolution(text: string): { width: number; height: number } | undefined {
	const [width, height] = text.split('x').map(Number) as [number, number];

	return width % 2 === 0 && height % 2 === 0 && width >= 64 && height >= 64 ? { width, height } : undefined;
}
