/**
 * Secrets must not reach logs (journald, pm2 and container logs are read by
 * more people than the secrets are meant for). These helpers make the
 * printable form of a setting or a URL.
 */

/** A URL with its credentials and query values replaced, for logs and errors. */
export function redactUrl(url: string): string {
	let parsed: URL;

	try {
		parsed = new URL(url);
	} catch {
		// Not a URL: it may still hold a secret, so say only how long it is.
		return `<unparsable URL, ${url.length} characters>`;
	}

	if (parsed.username || parsed.password) {
		parsed.username = '***';
		parsed.password = '';
	}

	for (const key of [...parsed.searchParams.keys()]) {
		parsed.searchParams.set(key, '***');
	}

	return parsed.toString();
}

/** How a setting's value may be shown: hidden entirely, as redacted URLs, or as is. */
export type Redaction = 'secret' | 'urls';

export function shownValue(raw: unknown, redaction: Redaction | undefined): string {
	if (redaction === 'secret') {
		return `<hidden, ${String(raw).length} characters>`;
	}

	if (redaction === 'urls') {
		return JSON.stringify(
			String(raw)
				.split(',')
				.map((url) => redactUrl(url.trim()))
				.join(',')
		);
	}

	return JSON.stringify(raw);
}
