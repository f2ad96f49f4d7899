import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { io } from 'socket.io-client';
import { connect } from '../../client-sdk/src/index.js';
import type * as ClientSdk from '../../client-sdk/src/index.js';
import { PROTOCOL_VERSION } from '../../protos/index.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { startTestServer } from '../helpers/server.js';
import { testToken } from '../helpers/tokens.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const ARTIFACTS = path.join(ROOT, '.test-artifacts');

/** The handshake's answer to a raw socket.io client claiming `protocol`. */
function handshake(url: string, auth: Record<string, unknown>) {
	const socket = io(url, { transports: ['websocket'], auth, reconnection: false });

	return new Promise<{ connected: true } | { message: string; data?: Record<string, string> }>(
		(resolve) => {
			socket.once('connect', () => {
				socket.close();
				resolve({ connected: true });
			});
			socket.once('connect_error', (error: Error & { data?: Record<string, string> }) => {
				socket.close();
				resolve({ message: error.message, data: error.data });
			});
		}
	);
}

/**
 * The real SDK built as a release that speaks `protocol`: its version module
 * replaced, everything else as shipped.
 */
async function sdkSpeaking(protocol: string): Promise<typeof ClientSdk> {
	fs.mkdirSync(ARTIFACTS, { recursive: true });

	const outfile = path.join(ARTIFACTS, `sdk-${protocol}-${process.pid}.mjs`);

	await esbuild.build({
		entryPoints: [path.join(ROOT, 'client-sdk/src/index.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		outfile,
		logLevel: 'warning',
		plugins: [
			{
				name: 'protocol-version',
				setup(build) {
					build.onLoad({ filter: /protos[\\/]version\.ts$/ }, () => ({
						contents: `export const PROTOCOL_VERSION = ${JSON.stringify(protocol)};`,
						loader: 'ts',
					}));
				},
			},
		],
	});

	try {
		return await import(outfile);
	} finally {
		fs.rmSync(outfile, { force: true });
	}
}

describe('protocol version at connect', function () {
	this.timeout(30_000);

	let skylark: Skylark;

	before(async () => (skylark = await startTestServer()));
	after(() => skylark?.close());

	it('is the package of the .proto files', () => {
		const proto = fs.readFileSync(path.join(ROOT, 'protos/skylark/v1/signaling.proto'), 'utf8');

		assert.equal(/^package ([\w.]+);$/m.exec(proto)?.[1], PROTOCOL_VERSION);
		assert.equal(PROTOCOL_VERSION, 'skylark.v1');
	});

	it('lets in clients of this version, and older ones that send none', async () => {
		const token = await testToken('proto-room');

		assert.deepEqual(await handshake(skylark.url, { token, protocol: PROTOCOL_VERSION }), {
			connected: true,
		});
		assert.deepEqual(await handshake(skylark.url, { token }), { connected: true });

		const client = await connect(skylark.url, { token, handlerName: 'Chrome111' });

		client.close();
	});

	it('refuses another version with PROTOCOL_MISMATCH naming both, before looking at the token', async () => {
		assert.deepEqual(
			await handshake(skylark.url, { token: 'not even a token', protocol: 'skylark.v2' }),
			{
				message:
					'protocol mismatch: this Skylark server speaks skylark.v1, the client speaks skylark.v2. ' +
					'Use a client SDK release that speaks skylark.v1, or upgrade the server.',
				data: {
					code: 'PROTOCOL_MISMATCH',
					serverProtocol: 'skylark.v1',
					clientProtocol: 'skylark.v2',
				},
			}
		);

		const odd = await handshake(skylark.url, { protocol: 2 });

		assert.ok('data' in odd && odd.data?.code === 'PROTOCOL_MISMATCH');
		assert.match(odd.message, /the client speaks a number/);
	});

	it('a mismatched SDK gets a typed SkylarkError that names both versions', async () => {
		const future = await sdkSpeaking('skylark.v2');

		await assert.rejects(
			future.connect(skylark.url, { token: await testToken('proto-room'), handlerName: 'Chrome111' }),
			(error: Error & { code?: string }) => {
				assert.equal(error.name, 'SkylarkError');
				assert.equal(error.code, 'PROTOCOL_MISMATCH');
				assert.match(error.message, /server speaks skylark\.v1, the client speaks skylark\.v2/);

				return true;
			}
		);
	});
});
