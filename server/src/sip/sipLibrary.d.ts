/**
 * Types for the parts of npm `sip` (kirm's sip.js, plain JavaScript) that
 * Skylark uses: its stack (transport and transaction layers) and message helpers.
 */
declare module 'sip' {
	import type { ConnectionOptions, TlsOptions } from 'node:tls';

	export interface SipUri {
		schema: string;
		user?: string;
		password?: string;
		host: string;
		port?: number;
		params: Record<string, string | null>;
		headers: Record<string, string>;
	}

	export interface SipAddress {
		name?: string;
		uri: string;
		params: Record<string, string | null>;
	}

	export interface SipVia {
		version: string;
		protocol: string;
		host: string;
		port?: number;
		params: Record<string, string | null>;
	}

	export interface SipHeaders {
		via?: SipVia[];
		to?: SipAddress;
		from?: SipAddress;
		'call-id'?: string;
		cseq?: { seq: number; method: string };
		contact?: SipAddress[];
		route?: SipAddress[];
		'record-route'?: SipAddress[];
		'content-type'?: string;
		'content-length'?: number;
		/** Parsed digest answers: scheme plus parameters, values still quoted. */
		authorization?: SipDigestParams[];
		[name: string]: unknown;
	}

	export interface SipDigestParams {
		scheme?: string;
		realm?: string;
		username?: string;
		nonce?: string;
		[param: string]: string | undefined;
	}

	export interface SipMessage {
		method?: string;
		uri?: string | SipUri;
		version?: string;
		status?: number;
		reason?: string;
		headers: SipHeaders;
		content?: string;
	}

	export interface SipFlow {
		protocol: string;
		address: string;
		port: number;
		local: { address: string; port: number };
	}

	export interface SipStackOptions {
		address?: string;
		port?: number;
		publicAddress?: string;
		hostname?: string;
		udp?: boolean;
		tcp?: boolean;
		/** TLS on: options of its server and of the connections it opens (`tls.connect`). */
		tls?: TlsOptions & ConnectionOptions;
		/** The TLS server's port (default 5061). */
		tls_port?: number;
		maxBytesHeaders?: number;
		maxContentLength?: number;
		logger?: {
			send?: (message: SipMessage, target: unknown) => void;
			recv?: (message: SipMessage, remote: SipFlow) => void;
			error?: (error: unknown) => void;
		};
	}

	export interface SipStack {
		send(message: SipMessage, callback?: (response: SipMessage) => void): void;
		encodeFlowUri(flow: SipFlow): SipUri;
		hostname(): string;
		destroy(): void;
	}

	export function create(
		options: SipStackOptions,
		callback: (request: SipMessage, remote: SipFlow) => void
	): SipStack;
	export function makeResponse(
		request: SipMessage,
		status: number,
		reason?: string,
		extension?: Partial<SipMessage>
	): SipMessage;
	export function parseUri(uri: string | SipUri): SipUri | undefined;
	export function stringifyUri(uri: string | SipUri): string;
	export function parse(data: string): SipMessage | undefined;
	export function stringify(message: SipMessage): string;
	export function generateBranch(): string;
	export function copyMessage(message: SipMessage, deep?: boolean): SipMessage;
}

/** npm `sip`'s digest authentication (RFC 2617 as SIP uses it). */
declare module 'sip/digest.js' {
	import type { SipMessage } from 'sip';

	export interface DigestContext {
		realm?: string;
		nonce?: string;
		nc?: number;
		[key: string]: unknown;
	}

	export function signRequest(
		context: DigestContext | null,
		request: SipMessage,
		response: SipMessage,
		credentials: { user: string; password: string }
	): DigestContext | null;
	export function challenge(context: DigestContext, response: SipMessage): SipMessage;
	export function authenticateRequest(
		context: DigestContext,
		request: SipMessage,
		credentials: { user: string; password: string }
	): boolean;
}
