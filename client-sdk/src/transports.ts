import type { types as msc } from 'mediasoup-client';
import {
	dtlsParametersFromProto,
	iceCandidateFromProto,
	iceParametersFromProto,
	required,
	rtpParametersToProto,
	sctpParametersFromProto,
	skylark,
} from '../../protos/index.js';
import type { TransportName } from './models.js';
import type { DtlsIdentity } from './dtlsIdentity.js';
import type { SignalingChannel } from './SignalingChannel.js';

import pb = skylark.v1;

export interface TransportHooks {
	onStateChange(state: msc.ConnectionState): void;
	onCandidateError(event: { url?: string; errorCode: number; errorText: string }): void;
}

/** How this client's connections are made: ICE servers from the join response, the SDK's connectivity options, the certificate. */
export interface ConnectionSettings {
	iceServers: RTCIceServer[];
	/** Relay-only ICE (`iceTransportPolicy: 'relay'`): every path goes through TURN. */
	forceRelay: boolean;
	/** Use only the server's TCP candidates, as a client whose UDP is blocked would. */
	forceTcp: boolean;
	/** The certificate every connection uses, where the WebRTC stack can make one. */
	identity?: DtlsIdentity;
}

/** Asks the server for a transport in one direction and sets it up (see transportFromInfo). */
export async function createTransport(
	name: TransportName,
	device: msc.Device,
	signaling: SignalingChannel,
	ice: ConnectionSettings,
	hooks: TransportHooks
): Promise<msc.Transport> {
	const direction = name === 'send' ? skylark.v1.Direction.SEND : skylark.v1.Direction.RECV;
	const info = required((await signaling.request('createTransport', { direction })).transport, 'transport');

	return transportFromInfo(name, info, device, signaling, ice, hooks);
}

/**
 * A mediasoup-client transport for a server transport, answering its
 * connect/produce/producedata events with Skylark requests.
 *
 * connectTransport is waited for before ICE starts: the browser is the DTLS
 * client, and a hello reaching the server before it knows the browser's
 * fingerprint is dropped and sent again only after the browser's DTLS timer
 * (in bench:join, DTLS p99 was 31 ms with the wait, 256 ms without). A
 * transport the join made already knows the fingerprint (`clientDtlsKnown`),
 * so its connect is answered here without a request.
 */
export function transportFromInfo(
	name: TransportName,
	info: pb.TransportInfo.$Properties,
	device: msc.Device,
	signaling: SignalingChannel,
	ice: ConnectionSettings,
	hooks: TransportHooks
): msc.Transport {
	const options: msc.TransportOptions = {
		id: required(info.transportId, 'transportId'),
		iceParameters: iceParametersFromProto(info.iceParameters, 'iceParameters'),
		iceCandidates: (info.iceCandidates ?? [])
			.map((c, i) => iceCandidateFromProto(c, `iceCandidates[${i}]`))
			.filter((c) => !ice.forceTcp || c.protocol === 'tcp'),
		iceServers: ice.iceServers,
		iceTransportPolicy: ice.forceRelay ? 'relay' : 'all',
		dtlsParameters: dtlsParametersFromProto(info.dtlsParameters, 'dtlsParameters'),
		sctpParameters: sctpParametersFromProto(info.sctpParameters),
		// Data channels need a transport the server created with SCTP.
		appData: { sctp: info.sctpParameters !== null && info.sctpParameters !== undefined },
		additionalSettings: ice.identity?.peerConnectionSettings,
	};
	const transport =
		name === 'send' ? device.createSendTransport(options) : device.createRecvTransport(options);

	transport.on('connect', ({ dtlsParameters }, callback, errback) => {
		if (info.clientDtlsKnown && ice.identity?.matches(dtlsParameters)) {
			callback();

			return;
		}

		signaling
			.request('connectTransport', { transportId: transport.id, dtlsParameters })
			.then(() => callback(), errback);
	});
	transport.on('produce', ({ kind, rtpParameters, appData }, callback, errback) => {
		signaling
			.request('produce', {
				transportId: transport.id,
				kind,
				rtpParameters: rtpParametersToProto(rtpParameters),
				source: typeof appData.source === 'string' ? appData.source : kind,
				encrypted: appData.encrypted === true,
			})
			.then(
				(response) => callback({ id: required(response.produce?.producerId, 'producerId') }),
				errback
			);
	});
	transport.on('producedata', ({ sctpStreamParameters, label, protocol }, callback, errback) => {
		signaling
			.request('produceData', { transportId: transport.id, sctpStreamParameters, label, protocol })
			.then(
				(response) =>
					callback({ id: required(response.produceData?.dataProducerId, 'dataProducerId') }),
				errback
			);
	});
	transport.on('connectionstatechange', (state) => hooks.onStateChange(state));
	transport.on('icecandidateerror', (event) =>
		hooks.onCandidateError({ url: event.url, errorCode: event.errorCode, errorText: event.errorText })
	);

	return transport;
}

/** ICE servers from the signaling message format to the browser's. */
export function iceServersFromProto(servers: pb.IceServer.$Properties[] | null | undefined): RTCIceServer[] {
	return (servers ?? []).map((s) => ({
		urls: s.urls ?? [],
		...(s.username ? { username: s.username } : {}),
		...(s.credential ? { credential: s.credential } : {}),
	}));
}

/** Asks the server for new ICE credentials and gives them to the transport. */
export async function restartIce(transport: msc.Transport, signaling: SignalingChannel): Promise<void> {
	const response = await signaling.request('restartIce', { transportId: transport.id });

	await transport.restartIce({
		iceParameters: iceParametersFromProto(response.restartIce?.iceParameters, 'iceParameters'),
	});
}
