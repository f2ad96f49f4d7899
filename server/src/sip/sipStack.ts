import * as sip from 'sip';
import type { SipFlow, SipMessage, SipStack } from 'sip';
import type { Logger } from '../logging/logger.js';
import { assertPortFree } from './sipPolicy.js';
import {
	sipTlsContext,
	TlsPeerNames,
	tlsViaPort,
	type SipTlsContext,
	type SipTlsSettings,
} from './sipTls.js';

/** SIP over TLS as started: the options npm `sip` got, and the names its certificate checks accept. */
export interface SipTlsStarted {
	context: SipTlsContext;
	names: TlsPeerNames;
}

/** Where Skylark's SIP listens, and what it tells the other side. */
export interface SipListen {
	listenIp: string;
	/** UDP and TCP. */
	port: number;
	/** The address put in Via, Contact and SDP (where callers reach Skylark). */
	announcedAddress: string;
	/** SIP over TLS on a port of its own; off when unset. */
	tls?: SipTlsSettings;
}

/**
 * Starts npm `sip` on UDP and TCP, and TLS when configured. npm `sip` binds
 * without error handlers (a port in use would crash the process), so each
 * port is tried first and a taken one fails the start with a message
 * instead; so do certificate files that cannot be read or do not match.
 */
export async function startSipStack(
	listen: SipListen,
	logger: Logger,
	onRequest: (request: SipMessage, flow: SipFlow) => void
): Promise<{ stack: SipStack; tls?: SipTlsStarted }> {
	const names = new TlsPeerNames();
	const tlsContext = listen.tls ? sipTlsContext(listen.tls, names) : undefined;

	await assertPortFree(listen.listenIp, listen.port);

	if (listen.tls) {
		await assertPortFree(listen.listenIp, listen.tls.port, 'SIP_TLS_PORT', false);
	}

	const stack = sip.create(
		{
			address: listen.listenIp,
			port: listen.port,
			publicAddress: listen.announcedAddress,
			...(tlsContext && listen.tls ? { tls: tlsContext, tls_port: listen.tls.port } : {}),
			maxBytesHeaders: 16_384,
			maxContentLength: 16_384,
			logger: {
				error: (error) => logger.warn('SIP stack error', { error: String(error) }),
				...(listen.tls ? { send: tlsViaPort(listen.tls.port) } : {}),
			},
		},
		onRequest
	);

	return { stack, tls: tlsContext && { context: tlsContext, names } };
}

/**
 * Skylark's Contact in a dialog over `transport` (as Via names it: udp, tcp,
 * tls): where the other side sends its in-dialog requests. Over TLS it is the
 * TLS port, and a `sips:` URI when the dialog was set up with one (RFC 3261
 * 12.1.1 asks for that). Without a transport, the bare URI (UDP, or whatever
 * the other side picks).
 */
export function contactUri(listen: SipListen, transport?: string, secure = false, user = 'skylark'): string {
	const host = listen.announcedAddress.includes(':')
		? `[${listen.announcedAddress}]`
		: listen.announcedAddress;
	const tls = transport?.toLowerCase() === 'tls' && listen.tls;

	if (tls) {
		return secure ? `sips:${user}@${host}:${tls.port}` : `sip:${user}@${host}:${tls.port};transport=tls`;
	}

	return `sip:${user}@${host}:${listen.port}${transport ? `;transport=${transport.toLowerCase()}` : ''}`;
}
