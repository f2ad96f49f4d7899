/** Calls a test server's admin API with `key` (JSON in, JSON out). */
export function adminClient(baseUrl: string, key: string) {
	return async <T = Record<string, unknown>>(
		path: string,
		method = 'GET',
		body?: unknown
	): Promise<{ status: number; body: T }> => {
		const res = await fetch(`${baseUrl}${path}`, {
			method,
			headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();

		return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
	};
}
