import type { Logger } from '../../logging/logger.js';
import { redactUrl } from '../../config/redact.js';
import { fileCommand, hlsCommand, rtmpCommand, type HlsSettings } from '../egressCommands.js';
import { EgressOutput, NO_RETRY, type RetryPolicy } from './EgressOutput.js';

/** An RTMP URL as the admin API shows it: the last path part is the stream key, a secret. */
export function shownRtmpUrl(url: string): string {
	const withoutKey = url.replace(/\/[^/]*$/, '/***');

	return redactUrl(withoutKey);
}

/** The outputs an egress can have, one constructor each. RTMP retries with backoff; a file or HLS failing is final. */
export const buildOutput = {
	rtmp(request: { url?: string; urls?: string[] }, retry: RetryPolicy, logger: Logger): EgressOutput[] {
		return (request.urls ?? [request.url!]).map(
			(url) =>
				new EgressOutput({
					type: 'rtmp',
					target: shownRtmpUrl(url),
					command: rtmpCommand(url),
					retry,
					logger,
				})
		);
	},

	hls(dir: string, settings: HlsSettings, logger: Logger): EgressOutput {
		return new EgressOutput({
			type: 'hls',
			target: dir,
			command: hlsCommand(dir, settings),
			retry: NO_RETRY,
			logger,
		});
	},

	file(file: string, format: 'mp4' | 'mkv', logger: Logger): EgressOutput {
		return new EgressOutput({
			type: 'file',
			target: file,
			command: fileCommand(file, format),
			retry: NO_RETRY,
			logger,
		});
	},
};
