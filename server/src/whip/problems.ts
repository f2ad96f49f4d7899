import type { Response } from 'express';

/**
 * An error of the WHIP/WHEP endpoints, answered as RFC 9457 problem details
 * (`application/problem+json`). `headers` carries what the status needs
 * (Retry-After with 503 and 409, WWW-Authenticate with 401, Allow with 405).
 */
export class HttpProblem extends Error {
	constructor(
		readonly status: number,
		readonly title: string,
		readonly detail: string,
		readonly headers: Record<string, string> = {}
	) {
		super(detail);
		this.name = 'HttpProblem';
	}
}

const SLUGS: Record<number, string> = {
	400: 'bad-request',
	401: 'unauthorized',
	403: 'forbidden',
	404: 'not-found',
	405: 'method-not-allowed',
	409: 'conflict',
	412: 'precondition-failed',
	413: 'content-too-large',
	415: 'unsupported-media-type',
	422: 'unprocessable-offer',
	428: 'precondition-required',
	503: 'unavailable',
};

export function sendProblem(res: Response, problem: HttpProblem): void {
	res.status(problem.status)
		.set(problem.headers)
		.type('application/problem+json')
		.send(
			JSON.stringify({
				type: `https://skylark.example/problems/${SLUGS[problem.status] ?? 'error'}`,
				title: problem.title,
				status: problem.status,
				detail: problem.detail,
			})
		);
}
