import { randomBytes } from 'node:crypto';
import type { types } from 'mediasoup';
import * as sdpTransform from 'sdp-transform';
import type { OfferMedia } from './offer.js';

/** The server side of the session: ICE-lite credentials, candidates and DTLS of its WebRTC transport. */
export interface TransportSide {
	iceParameters: types.IceParameters;
	iceCandidates: types.IceCandidate[];
	dtlsParameters: types.DtlsParameters;
}

/** One m-section as Skylark answers (or offers) it. */
export type MediaSide =
	/** A section Skylark does not take (a second video, a data channel): answered with port 0. */
	| { mid: string; kind: string; rejected: true; protocol: string; payloads: string }
	| {
			mid: string;
			kind: types.MediaKind;
			rejected?: false;
			/** From the server's side: recvonly for WHIP, sendonly for WHEP. */
			direction: 'recvonly' | 'sendonly';
			codecs: types.RtpCodecParameters[];
			extensions: { id: number; uri: string }[];
			/** WHIP simulcast by RID: the RIDs received. */
			rids?: string[];
			/** WHEP: the streams the server sends (SSRC, RTX SSRC), named by msid. */
			send?: { ssrc: number; rtxSsrc?: number; cname: string; streamId: string; trackId: string };
			reducedSize: boolean;
			rtcpMuxOnly: boolean;
	  };

function fmtpConfig(parameters: Record<string, unknown> | undefined): string | undefined {
	const pairs = Object.entries(parameters ?? {}).map(([key, value]) => `${key}=${String(value)}`);

	return pairs.length ? pairs.join(';') : undefined;
}

function candidates(transport: TransportSide): sdpTransform.MediaAttributes['candidates'] {
	return transport.iceCandidates.map((c) => ({
		foundation: c.foundation,
		component: 1,
		transport: c.protocol,
		priority: c.priority,
		ip: c.address,
		port: c.port,
		type: c.type,
		...(c.protocol === 'tcp' ? { tcptype: c.tcpType ?? 'passive' } : {}),
	}));
}

function mediaSection(
	side: MediaSide,
	transport: TransportSide,
	fingerprint: types.DtlsFingerprint,
	setup: 'active' | 'passive' | 'actpass'
) {
	const common = {
		type: side.kind,
		mid: side.mid,
		connection: { version: 4, ip: '0.0.0.0' },
	};

	if (side.rejected) {
		return { ...common, port: 0, protocol: side.protocol, payloads: side.payloads, rtp: [], fmtp: [] };
	}

	const section: sdpTransform.MediaDescription & { invalid?: { value: string }[] } = {
		...common,
		port: 9,
		protocol: 'UDP/TLS/RTP/SAVPF',
		payloads: side.codecs.map((c) => c.payloadType).join(' '),
		rtcp: { port: 9, netType: 'IN', ipVer: 4, address: '0.0.0.0' },
		iceUfrag: transport.iceParameters.usernameFragment,
		icePwd: transport.iceParameters.password,
		fingerprint: { type: fingerprint.algorithm, hash: fingerprint.value },
		// Passive in answers unless the offerer insisted on being the DTLS server; actpass in offers.
		setup,
		direction: side.direction,
		rtcpMux: 'rtcp-mux',
		...(side.reducedSize ? { rtcpRsize: 'rtcp-rsize' as const } : {}),
		rtp: side.codecs.map((c) => {
			const [, name] = c.mimeType.split('/');

			return {
				payload: c.payloadType,
				codec: name,
				rate: c.clockRate,
				...(c.channels ? { encoding: c.channels } : {}),
			};
		}),
		fmtp: side.codecs.flatMap((c) => {
			const config = fmtpConfig(c.parameters);

			return config ? [{ payload: c.payloadType, config }] : [];
		}),
		rtcpFb: side.codecs.flatMap((c) =>
			(c.rtcpFeedback ?? []).map((fb) => ({
				payload: c.payloadType,
				type: fb.type,
				...(fb.parameter ? { subtype: fb.parameter } : {}),
			}))
		),
		ext: side.extensions.map((e) => ({ value: e.id, uri: e.uri })),
		candidates: candidates(transport),
		endOfCandidates: 'end-of-candidates',
		...(side.rtcpMuxOnly ? { invalid: [{ value: 'rtcp-mux-only' }] } : {}),
	};

	if (side.rids?.length) {
		section.rids = side.rids.map((id) => ({ id, direction: 'recv' }));
		section.simulcast = { dir1: 'recv', list1: side.rids.join(';') };
	}

	if (side.send) {
		const { ssrc, rtxSsrc, cname, streamId, trackId } = side.send;
		const streams = rtxSsrc ? [ssrc, rtxSsrc] : [ssrc];

		section.msid = [{ id: streamId, appdata: trackId }];
		section.ssrcs = streams.flatMap((id) => [
			{ id, attribute: 'cname', value: cname },
			{ id, attribute: 'msid', value: `${streamId} ${trackId}` },
		]);

		if (rtxSsrc) {
			section.ssrcGroups = [{ semantics: 'FID', ssrcs: `${ssrc} ${rtxSsrc}` }];
		}
	}

	return section;
}

/**
 * Writes Skylark's side of a WHIP/WHEP session as SDP: ICE-lite, one BUNDLE
 * group over every accepted section, rtcp-mux, the transport's candidates (UDP
 * and TCP) in each section, DTLS passive. Used for answers to client offers
 * and for WHEP's server offers alike.
 */
export function writeSdp(
	sides: MediaSide[],
	transport: TransportSide,
	options: { extmapAllowMixed: boolean; setup?: 'active' | 'passive' | 'actpass'; sessionId?: string }
): string {
	const fingerprint =
		transport.dtlsParameters.fingerprints.find((f) => f.algorithm === 'sha-256') ??
		transport.dtlsParameters.fingerprints[0];
	const accepted = sides.filter((s) => !s.rejected).map((s) => s.mid);
	const session: sdpTransform.SessionDescription = {
		version: 0,
		origin: {
			username: '-',
			sessionId: options.sessionId ?? BigInt(`0x${randomBytes(7).toString('hex')}`).toString(),
			sessionVersion: 2,
			netType: 'IN',
			ipVer: 4,
			address: '127.0.0.1',
		},
		name: '-',
		timing: { start: 0, stop: 0 },
		icelite: 'ice-lite',
		groups: accepted.length ? [{ type: 'BUNDLE', mids: accepted.join(' ') }] : [],
		msidSemantic: { semantic: 'WMS', token: '*' },
		...(options.extmapAllowMixed ? { extmapAllowMixed: 'extmap-allow-mixed' as const } : {}),
		media: sides.map((side) => mediaSection(side, transport, fingerprint, options.setup ?? 'passive')),
	};

	return sdpTransform.write(session);
}

/** An offer's section Skylark does not take, answered with port 0. */
export function rejectedSide(media: OfferMedia): MediaSide {
	return {
		mid: media.mid,
		kind: media.kind,
		rejected: true,
		protocol: media.protocol,
		payloads: media.payloads,
	};
}

/**
 * The SDP fragment (application/trickle-ice-sdpfrag) that answers an ICE
 * restart: the server's new credentials and its candidates, for the bundled
 * section.
 */
export function writeIceRestartFragment(transport: TransportSide, mid: string): string {
	const lines = [
		`a=ice-ufrag:${transport.iceParameters.usernameFragment}`,
		`a=ice-pwd:${transport.iceParameters.password}`,
		`m=audio 9 UDP/TLS/RTP/SAVPF 0`,
		`a=mid:${mid}`,
		...(candidates(transport) ?? []).map(
			(c) =>
				`a=candidate:${c.foundation} ${c.component} ${c.transport} ${c.priority} ${c.ip} ${c.port} typ ${c.type}` +
				(c.tcptype ? ` tcptype ${c.tcptype}` : '')
		),
		'a=end-of-candidates',
	];

	return `${lines.join('\r\n')}\r\n`;
}
