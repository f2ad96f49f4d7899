import * as assert from 'node:assert/strict';
import {
	SkylarkError,
	type SkylarkClient,
	type SkylarkErrorCode,
	type SkylarkEvents,
} from '../../client-sdk/src/index.js';

/** Resolves with the arguments of the next `event` the client emits. */
export function nextEvent<K extends keyof SkylarkEvents>(
	client: SkylarkClient,
	event: K
): Promise<SkylarkEvents[K]> {
	return new Promise((resolve) => client.once(event, (...args: SkylarkEvents[K]) => resolve(args)));
}

/** Resolves with the code of the request's typed error; fails the test if it succeeds. */
export async function refusal(request: Promise<unknown>): Promise<SkylarkErrorCode> {
	try {
		await request;
	} catch (error) {
		assert.ok(error instanceof SkylarkError, String(error));

		return error.code;
	}

	assert.fail('the request was accepted');
}
