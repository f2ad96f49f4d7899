import * as assert from 'node:assert/strict';
import * as sip from 'sip';
import * as digest from 'sip/digest.js';
import type { DigestContext } from 'sip/digest.js';
import type { SipMessage, SipStack } from 'sip';
import type { Skylark } from '../../server/src/Skylark.js';
import { directRoute, finalResponse } from '../../server/src/sip/sipDialog.js';
import { adminClient } from '../helpers/adminClient.js';
import { freePortRange } from '../helpers/ports.js';
import { startTestServer } from '../helpers/server.js';
import { until } from '../helpers/within.js';
import { offer } from './sipHelpers.js';

const KEY = 'sip-admin-key-0123456789';
/** What the registrar grants, shorter than Skylark asks (60 s): Skylark must refresh on the grant. */
const GRANT_S = 2;

interface RegistrationView {
	trunk: string;
	state: string;
	contact: string;
	expiresAt: string | null;
	error: string | null;
}

/**
 * A SIP registrar as a carrier runs one, on npm `sip`'s stack (a real SIP
 * transaction layer over UDP): it challenges each REGISTER (digest), grants
 * GRANT_S seconds to the right password, and can call a registered contact.
 */
class TestRegistrar {
	readonly registers: SipMessage[] = [];
	readonly #passed = new Set<SipMessage>();
	readonly #stack: SipStack;
	readonly #users: ReadonlyMap<string, string>;
	/** One digest context per registration (Call-ID): Skylark's trunks register at the same time. */
	readonly #contexts = new Map<string, DigestContext>();

	constructor(port: number, users: ReadonlyMap<string, string>) {
		this.#users = users;
		this.#stack = sip.create({ address: '127.0.0.1', port, tcp: false }, (request) =>
			this.#onRequest(request)
		);
	}

	/** REGISTERs that passed authentication, with the Expires they asked for. */
	accepted(): SipMessage[] {
		return this.registers.filter((r) => this.#passed.has(r));
	}

	#onRequest(request: SipMessage): void {
		if (request.method !== 'REGISTER') {
			return this.#stack.send(sip.makeResponse(request, 405, 'Method Not Allowed'));
		}

		this.registers.push(request);

		const callId = request.headers['call-id']!;
		const context = this.#contexts.get(callId) ?? { realm: 'registrar.test' };
		const user = String(request.headers.authorization?.[0]?.username ?? '').replace(/"/g, '');
		const password = this.#users.get(user);

		this.#contexts.set(callId, context);

		if (
			!request.headers.authorization ||
			password === undefined ||
			!digest.authenticateRequest(context, request, { user, password })
		) {
			return this.#stack.send(
				digest.challenge(context, sip.makeResponse(request, 401, 'Unauthorized'))
			);
		}

		this.#passed.add(request);

		const contact = request.headers.contact![0]!;

		this.#stack.send(
			sip.makeResponse(request, 200, 'OK', {
				headers: {
					contact: [{ uri: contact.uri, params: { expires: String(GRANT_S) } }],
				},
			})
		);
	}

	/** Sends an INVITE for `number` to a registered contact, as the carrier delivers a call; resolves with the final response. */
	call(contact: string, number: string): Promise<SipMessage> {
		return finalResponse(this.#stack, {
			method: 'INVITE',
			uri: contact,
			version: '2.0',
			headers: {
				to: { uri: `sip:${number}@registrar.test`, params: {} },
				from: { uri: 'sip:+15550100@registrar.test', params: { tag: 'carrier' } },
				'call-id': `carrier-${Date.now()}`,
				cseq: { method: 'INVITE', seq: 1 },
				contact: [{ uri: 'sip:carrier@127.0.0.1', params: {} }],
				'content-type': 'application/sdp',
				via: [],
				// The contact is on the registrar's own address: npm `sip` needs the route spelled out.
				route: directRoute(this.#stack, contact),
				'max-forwards': '70',
			},
			content: offer('0', ['a=rtpmap:0 PCMU/8000']),
		});
	}

	close(): void {
		this.#stack.destroy();
	}
}

describe('SIP registration with trunks (SIP_TRUNKS …;register)', function () {
	this.timeout(30_000);

	let server: Skylark | undefined;
	let registrar: TestRegistrar;
	let api: ReturnType<typeof adminClient>;
	const registration = async (trunk: string) =>
		(await api<{ registrations: RegistrationView[] }>('/sip/trunks')).body.registrations.find(
			(r) => r.trunk === trunk
		);
	/** Waits for `trunk`'s registration to be in `state`, as the admin API shows it. */
	const registrationIn = (trunk: string, state: string) =>
		until(
			async () => {
				const view = await registration(trunk);

				return view?.state === state ? view : undefined;
			},
			5000,
			`the ${trunk} trunk ${state}`
		);

	before(async () => {
		const sipPort = await freePortRange(2);
		const registrarPort = sipPort + 1;

		registrar = new TestRegistrar(registrarPort, new Map([['skylark', 'trunk-pass']]));
		server = await startTestServer({
			ADMIN_API_KEY: KEY,
			SIP_PORT: String(sipPort),
			SIP_ALLOWED_SOURCES: '127.0.0.1',
			SIP_TRUNKS: [
				`carrier=sip:skylark:trunk-pass@127.0.0.1:${registrarPort};register=60`,
				`wrong=sip:skylark:not-the-password@127.0.0.1:${registrarPort};register`,
			].join(','),
		});
		api = adminClient(server.url, KEY);
	});

	after(async () => {
		await server?.close();
		registrar?.close();
	});

	it('registers after the digest challenge, and refreshes within the time the registrar grants', async () => {
		const registered = await registrationIn('carrier', 'registered');

		assert.match(registered.contact, /^sip:trunk-carrier@127\.0\.0\.1:\d+;transport=udp$/);
		assert.ok(Date.parse(registered.expiresAt!) - Date.now() <= GRANT_S * 1000, registered.expiresAt!);

		const first = registrar.registers.find((r) => r.headers.contact?.[0]?.uri === registered.contact)!;

		assert.equal(
			first.headers.authorization,
			undefined,
			'the first REGISTER is unsigned, then challenged'
		);
		assert.equal(first.headers.expires, '60');
		// Two accepted REGISTERs more than GRANT_S apart: refreshed before the binding ran out.
		await until(() => registrar.accepted().length >= 3, (GRANT_S + 4) * 1000, 'refreshes');
	});

	it('a wrong password leaves the trunk failed, with the reason, and no binding', async () => {
		const failed = await registrationIn('wrong', 'failed');

		assert.match(failed.error ?? '', /REGISTER got 401/);
		assert.equal(failed.expiresAt, null);
		assert.ok(!registrar.accepted().some((r) => r.headers.contact?.[0]?.uri.includes('trunk-wrong')));
	});

	it('a call the trunk delivers to the registered contact is dispatched on the number in its To', async () => {
		const view = (await registration('carrier'))!;
		const answer = await registrar.call(view.contact, 'no-such-room');

		// Refused for the number dialled (To), not for the contact's user (trunk-carrier).
		assert.equal(answer.status, 404);
		assert.match(String(answer.headers.warning), /no room no-such-room/);
	});

	it('closing Skylark unregisters (Expires: 0)', async () => {
		await server!.close();
		server = undefined;
		assert.ok(
			registrar.accepted().some((r) => r.headers.expires === '0'),
			'an accepted REGISTER with Expires: 0'
		);
	});
});
