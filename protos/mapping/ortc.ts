/**
 * Converts between the protobuf messages of `skylark.v1` and the ORTC objects
 * mediasoup and mediasoup-client use. `...FromProto` functions validate what
 * arrives from the network and throw ProtocolError naming the bad field;
 * `...ToProto` functions build messages from trusted local objects.
 */
import { skylark } from '../gen/skylark.js';
import type * as ortc from './ortcTypes.js';

import pb = skylark.v1;

export class ProtocolError extends Error {
	constructor(
		readonly field: string,
		reason: string
	) {
		super(`${field}: ${reason}`);
		this.name = 'ProtocolError';
	}
}

type Maybe<T> = T | null | undefined;

export function required<T>(value: Maybe<T>, field: string): T {
	if (value === null || value === undefined || value === '') {
		throw new ProtocolError(field, 'is required');
	}

	return value;
}

export function oneOf<T extends string>(value: Maybe<string>, allowed: readonly T[], field: string): T {
	if (!allowed.includes(value as T)) {
		throw new ProtocolError(field, `must be one of ${allowed.join(', ')} (got "${value ?? ''}")`);
	}

	return value as T;
}

/** Copies `value` into `target[key]` only when present, so absent stays absent. */
function set<T, K extends keyof T>(target: T, key: K, value: Maybe<T[K]>): void {
	if (value !== null && value !== undefined) {
		target[key] = value;
	}
}

export const MEDIA_KINDS = ['audio', 'video'] as const;

const HEADER_EXTENSION_URIS: readonly ortc.RtpHeaderExtensionUri[] = [
	'urn:ietf:params:rtp-hdrext:sdes:mid',
	'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id',
	'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id',
	'urn:ietf:params:rtp-hdrext:ssrc-audio-level',
	'urn:3gpp:video-orientation',
	'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
	'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
	'http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time',
	'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay',
	'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension',
	'urn:mediasoup:params:rtp-hdrext:packet-id',
];

function isKnownUri(uri: Maybe<string>): uri is ortc.RtpHeaderExtensionUri {
	return HEADER_EXTENSION_URIS.includes(uri as ortc.RtpHeaderExtensionUri);
}

// ---- codec parameters ----

export function codecParametersToProto(
	params: Maybe<Record<string, unknown>>
): Record<string, pb.CodecParameterValue.$Properties> {
	const out: Record<string, pb.CodecParameterValue.$Properties> = {};

	for (const [key, value] of Object.entries(params ?? {})) {
		if (typeof value === 'number') {
			out[key] = { number: value };
		} else if (typeof value === 'string') {
			out[key] = { text: value };
		}
	}

	return out;
}

export function codecParametersFromProto(
	params: Maybe<Record<string, pb.CodecParameterValue.$Properties>>
): ortc.CodecParameters {
	const out: ortc.CodecParameters = {};

	for (const [key, value] of Object.entries(params ?? {})) {
		if (value.number !== null && value.number !== undefined) {
			out[key] = value.number;
		} else if (value.text !== null && value.text !== undefined) {
			out[key] = value.text;
		}
	}

	return out;
}

function feedbackFromProto(list: Maybe<pb.RtcpFeedback.$Properties[]>): ortc.RtcpFeedback[] {
	return (list ?? []).map((fb) => {
		const out: ortc.RtcpFeedback = { type: fb.type ?? '' };

		set(out, 'parameter', fb.parameter);

		return out;
	});
}

// ---- RTP capabilities ----

export function rtpCapabilitiesToProto(caps: ortc.RtpCapabilitiesInput): pb.RtpCapabilities.$Properties {
	return {
		codecs: (caps.codecs ?? []).map((c) => ({
			kind: c.kind,
			mimeType: c.mimeType,
			preferredPayloadType: c.preferredPayloadType,
			clockRate: c.clockRate,
			channels: c.channels,
			parameters: codecParametersToProto(c.parameters),
			rtcpFeedback: c.rtcpFeedback,
		})),
		headerExtensions: (caps.headerExtensions ?? []).map((h) => ({
			kind: h.kind,
			uri: h.uri,
			preferredId: h.preferredId,
			preferredEncrypt: h.preferredEncrypt,
			direction: h.direction,
		})),
	};
}

export function rtpCapabilitiesFromProto(
	caps: Maybe<pb.RtpCapabilities.$Properties>,
	field: string
): ortc.RtpCapabilities {
	const value = required(caps, field);

	return {
		codecs: (value.codecs ?? []).map((c, i) => {
			const out: ortc.RtpCodecCapability = {
				kind: oneOf(c.kind, MEDIA_KINDS, `${field}.codecs[${i}].kind`),
				mimeType: required(c.mimeType, `${field}.codecs[${i}].mimeType`),
				preferredPayloadType: required(
					c.preferredPayloadType,
					`${field}.codecs[${i}].preferredPayloadType`
				),
				clockRate: required(c.clockRate, `${field}.codecs[${i}].clockRate`),
				parameters: codecParametersFromProto(c.parameters),
				rtcpFeedback: feedbackFromProto(c.rtcpFeedback),
			};

			set(out, 'channels', c.channels);

			return out;
		}),
		// Extensions this side does not know are left out: mediasoup ignores them anyway.
		headerExtensions: (value.headerExtensions ?? []).flatMap((h, i) => {
			if (!isKnownUri(h.uri)) {
				return [];
			}

			const out: ortc.RtpHeaderExtension = {
				kind: oneOf(h.kind, MEDIA_KINDS, `${field}.headerExtensions[${i}].kind`),
				uri: h.uri,
				preferredId: required(h.preferredId, `${field}.headerExtensions[${i}].preferredId`),
			};

			set(out, 'preferredEncrypt', h.preferredEncrypt);

			if (h.direction) {
				out.direction = oneOf(
					h.direction,
					['sendrecv', 'sendonly', 'recvonly', 'inactive'] as const,
					`${field}.headerExtensions[${i}].direction`
				);
			}

			return [out];
		}),
	};
}

// ---- RTP parameters ----

export function rtpParametersToProto(params: ortc.RtpParametersInput): pb.RtpParameters.$Properties {
	return {
		mid: params.mid,
		codecs: params.codecs.map((c) => ({
			mimeType: c.mimeType,
			payloadType: c.payloadType,
			clockRate: c.clockRate,
			channels: c.channels,
			parameters: codecParametersToProto(c.parameters),
			rtcpFeedback: c.rtcpFeedback,
		})),
		headerExtensions: (params.headerExtensions ?? []).map((h) => ({
			uri: h.uri,
			id: h.id,
			encrypt: h.encrypt,
			parameters: codecParametersToProto(h.parameters),
		})),
		encodings: (params.encodings ?? []).map((e) => ({
			...e,
			rtx: e.rtx ? { ssrc: e.rtx.ssrc } : undefined,
		})),
		rtcp: params.rtcp ? { cname: params.rtcp.cname, reducedSize: params.rtcp.reducedSize } : undefined,
	};
}

function encodingFromProto(e: pb.RtpEncodingParameters.$Properties): ortc.RtpEncodingParameters {
	const out: ortc.RtpEncodingParameters = {};

	set(out, 'ssrc', e.ssrc);
	set(out, 'rid', e.rid);
	set(out, 'codecPayloadType', e.codecPayloadType);
	set(out, 'dtx', e.dtx);
	set(out, 'scalabilityMode', e.scalabilityMode);
	set(out, 'scaleResolutionDownBy', e.scaleResolutionDownBy);
	set(out, 'maxBitrate', e.maxBitrate);
	set(out, 'maxFramerate', e.maxFramerate);
	set(out, 'active', e.active);

	if (e.rtx?.ssrc) {
		out.rtx = { ssrc: e.rtx.ssrc };
	}

	return out;
}

export function rtpParametersFromProto(
	params: Maybe<pb.RtpParameters.$Properties>,
	field: string
): ortc.RtpParameters {
	const value = required(params, field);
	const out: ortc.RtpParameters = {
		codecs: (value.codecs ?? []).map((c, i) => {
			const codec: ortc.RtpCodecParameters = {
				mimeType: required(c.mimeType, `${field}.codecs[${i}].mimeType`),
				payloadType: c.payloadType ?? 0,
				clockRate: required(c.clockRate, `${field}.codecs[${i}].clockRate`),
				parameters: codecParametersFromProto(c.parameters),
				rtcpFeedback: feedbackFromProto(c.rtcpFeedback),
			};

			set(codec, 'channels', c.channels);

			return codec;
		}),
		headerExtensions: (value.headerExtensions ?? []).flatMap((h) => {
			if (!isKnownUri(h.uri)) {
				return [];
			}

			const ext: ortc.RtpHeaderExtensionParameters = {
				uri: h.uri,
				id: h.id ?? 0,
				parameters: codecParametersFromProto(h.parameters),
			};

			set(ext, 'encrypt', h.encrypt);

			return [ext];
		}),
		encodings: (value.encodings ?? []).map(encodingFromProto),
	};

	set(out, 'mid', value.mid);

	if (value.rtcp) {
		out.rtcp = {};
		set(out.rtcp, 'cname', value.rtcp.cname);
		set(out.rtcp, 'reducedSize', value.rtcp.reducedSize);
	}

	return out;
}

// ---- ICE / DTLS ----

export function iceParametersFromProto(
	p: Maybe<pb.IceParameters.$Properties>,
	field: string
): ortc.IceParameters {
	const value = required(p, field);
	const out: ortc.IceParameters = {
		usernameFragment: required(value.usernameFragment, `${field}.usernameFragment`),
		password: required(value.password, `${field}.password`),
	};

	set(out, 'iceLite', value.iceLite);

	return out;
}

export function iceCandidateFromProto(c: pb.IceCandidate.$Properties, field: string): ortc.IceCandidate {
	const address = required(c.address, `${field}.address`);
	const out: ortc.IceCandidate = {
		foundation: required(c.foundation, `${field}.foundation`),
		priority: required(c.priority, `${field}.priority`),
		address,
		ip: address,
		protocol: oneOf(c.protocol, ['udp', 'tcp'] as const, `${field}.protocol`),
		port: required(c.port, `${field}.port`),
		type: oneOf(c.type, ['host', 'srflx', 'prflx', 'relay'] as const, `${field}.type`),
	};

	if (c.tcpType) {
		out.tcpType = oneOf(c.tcpType, ['passive'] as const, `${field}.tcpType`);
	}

	return out;
}

const FINGERPRINT_ALGORITHMS: readonly ortc.FingerprintAlgorithm[] = [
	'sha-1',
	'sha-224',
	'sha-256',
	'sha-384',
	'sha-512',
];

export function dtlsParametersFromProto(
	p: Maybe<pb.DtlsParameters.$Properties>,
	field: string
): ortc.DtlsParameters {
	const value = required(p, field);
	const fingerprints = (value.fingerprints ?? []).map((f, i) => ({
		algorithm: oneOf(f.algorithm, FINGERPRINT_ALGORITHMS, `${field}.fingerprints[${i}].algorithm`),
		value: required(f.value, `${field}.fingerprints[${i}].value`),
	}));

	if (fingerprints.length === 0) {
		throw new ProtocolError(`${field}.fingerprints`, 'needs at least one fingerprint');
	}

	const out: ortc.DtlsParameters = { fingerprints };

	if (value.role) {
		out.role = oneOf(value.role, ['auto', 'client', 'server'] as const, `${field}.role`);
	}

	return out;
}

// ---- SCTP ----

export function sctpParametersFromProto(
	p: Maybe<pb.SctpParameters.$Properties>
): ortc.SctpParameters | undefined {
	if (!p) {
		return undefined;
	}

	return {
		port: p.port ?? 0,
		maxSendMessageSize: p.maxSendMessageSize ?? 0,
		maxReceiveMessageSize: p.maxReceiveMessageSize ?? 0,
		OS: p.OS ?? 0,
		MIS: p.MIS ?? 0,
		maxMessageSize: p.maxMessageSize ?? 0,
	};
}

export function sctpStreamParametersFromProto(
	p: Maybe<pb.SctpStreamParameters.$Properties>
): ortc.SctpStreamParameters {
	const out: ortc.SctpStreamParameters = {};

	set(out, 'streamId', p?.streamId);
	set(out, 'ordered', p?.ordered);
	set(out, 'maxPacketLifeTime', p?.maxPacketLifeTime);
	set(out, 'maxRetransmits', p?.maxRetransmits);

	return out;
}
