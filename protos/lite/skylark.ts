/**
 * The browser SDK's `skylark.v1`: the encode/decode and enum objects of
 * protobufjs' static code (protos/gen/skylark.js) that the SDK calls, built
 * from the generated schema by a small codec instead of 118 kB of generated
 * code and protobufjs' runtime. client-sdk/build.ts puts it in place of
 * protos/gen/skylark.js in the browser bundles; the server and Node tests
 * keep protobufjs. test/protos/liteCodec.test.ts checks the two agree.
 */
import { schema } from '../gen/skylark.lite.js';
import { buildCodecs, type MessageCodec } from './codec.js';

/** An enum both ways, as protobufjs makes it: `ErrorCode.NOT_FOUND === 4`, `ErrorCode[4] === 'NOT_FOUND'`. */
function enumObject(pairs: readonly (string | number)[]): Record<string, string | number> {
	const values: Record<string, string | number> = {};

	for (let i = 0; i < pairs.length; i += 2) {
		values[pairs[i]] = pairs[i + 1];
		values[pairs[i + 1]] = pairs[i];
	}

	return values;
}

const v1: Record<string, MessageCodec | Record<string, string | number>> = {
	...buildCodecs(schema),
	...Object.fromEntries(Object.entries(schema.enums).map(([name, pairs]) => [name, enumObject(pairs)])),
};

export const skylark = { v1 };
