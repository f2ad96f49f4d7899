/**
 * @skylark/server-sdk as a backend developer gets it: `npm pack`ed,
 * installed into a fresh Node project outside the repository, type-checked
 * there, and run against a live Skylark.
 */
import * as assert from 'node:assert/strict';
import { TokenVerifier } from '../../server/src/auth/accessTokens.js';
import type { Skylark } from '../../server/src/Skylark.js';
import { signWebhook } from '../../server/src/webhooks/WebhookSender.js';
import { freshProject, type FreshProject } from '../helpers/freshProject.js';
import { startTestServer } from '../helpers/server.js';
import { TEST_AUTH_SECRET } from '../helpers/tokens.js';

const ADMIN_KEY = 'package-test-admin-key-0123456789';
const WEBHOOK_SECRET = 'package-test-webhook-secret';

/** The backend: everything it does goes through the installed package. */
const BACKEND = `import {
	AccessToken,
	AdminClient,
	AdminApiError,
	WebhookReceiver,
	WebhookVerificationError,
	type WebhookEvent,
} from '@skylark/server-sdk';

const env = process.env as Record<string, string>;
const token = await new AccessToken(env.AUTH_SECRET, {
	identity: 'backend-user',
	name: 'From the backend',
	room: 'package-room',
	grants: ['publish', 'subscribe'],
	ttl: '10m',
}).toJwt();
const admin = new AdminClient(env.SKYLARK_URL, { apiKey: env.SKYLARK_API_KEY });
const node = await admin.getNode();
const minted = await admin.createToken({ room: 'package-room', identity: 'minted-by-node' });
let refused = '';

try {
	await admin.getRoom('no-such-room');
} catch (error) {
	refused = error instanceof AdminApiError ? \`\${error.status} \${error.message}\` : 'not an AdminApiError';
}

const receiver = new WebhookReceiver(env.WEBHOOK_SECRET);
const event: WebhookEvent = receiver.receive(env.WEBHOOK_BODY, env.WEBHOOK_SIGNATURE);
let tampered = '';

try {
	receiver.receive(env.WEBHOOK_BODY.replace('hook-room', 'evil-room'), env.WEBHOOK_SIGNATURE);
} catch (error) {
	tampered = error instanceof WebhookVerificationError ? error.message : 'not a WebhookVerificationError';
}

const joined = event.event === 'participant.joined' ? event.participant.name : undefined;

process.stdout.write(
	JSON.stringify({ token, mediasoup: node.mediasoup, minted: minted.token, refused, joined, tampered })
);
`;

describe('@skylark/server-sdk in a fresh Node project (npm pack → install → tsc → run)', function () {
	this.timeout(600_000);

	let project: FreshProject;
	let skylark: Skylark;

	before(async () => {
		project = await freshProject(
			'backend',
			{ devDependencies: { typescript: '5.9.3', '@types/node': '24.19.4' } },
			{
				'src/backend.ts': BACKEND,
				'tsconfig.json': JSON.stringify({
					compilerOptions: {
						target: 'ES2023',
						module: 'NodeNext',
						moduleResolution: 'NodeNext',
						strict: true,
						skipLibCheck: false,
						types: ['node'],
						outDir: 'out',
					},
					include: ['src'],
				}),
			},
			'server-sdk'
		);
		skylark = await startTestServer({ ADMIN_API_KEY: ADMIN_KEY });
	});

	after(async () => {
		await skylark?.close();
		project?.remove();
	});

	it('type-checks, builds and runs against a live Skylark', async () => {
		await project.node(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);

		const body = JSON.stringify({
			id: 'evt-1',
			event: 'participant.joined',
			createdAt: Date.now(),
			room: { id: 'hook-room' },
			participant: { id: 'p1', identity: 'u1', name: 'Hook Person', role: 'participant' },
		});
		const output = JSON.parse(
			await project.node(['out/backend.js'], {
				AUTH_SECRET: TEST_AUTH_SECRET,
				SKYLARK_URL: skylark.url,
				SKYLARK_API_KEY: ADMIN_KEY,
				WEBHOOK_SECRET,
				WEBHOOK_BODY: body,
				// Signed the way the server signs its deliveries.
				WEBHOOK_SIGNATURE: signWebhook(WEBHOOK_SECRET, body, Date.now()),
			})
		) as Record<string, string>;
		const verifier = new TokenVerifier(TEST_AUTH_SECRET);
		const claims = await verifier.verify(output.token);

		assert.deepEqual(
			[
				claims.identity,
				claims.name,
				claims.room,
				claims.grants.canPublish,
				claims.grants.canPublishData,
			],
			['backend-user', 'From the backend', 'package-room', true, false]
		);
		assert.equal((await verifier.verify(output.minted)).identity, 'minted-by-node');
		assert.match(output.mediasoup, /^3\.\d+\.\d+$/);
		assert.equal(output.refused, '404 GET /rooms/{roomId}: 404 room no-such-room not found');
		assert.equal(output.joined, 'Hook Person');
		assert.match(output.tampered, /signature does not match/);
	});
});
