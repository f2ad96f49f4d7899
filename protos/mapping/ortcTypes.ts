/**
 * The WebRTC/ORTC shapes Skylark's signaling carries. They are written to be
 * assignable to both mediasoup's (server) and mediasoup-client's (SDK) types,
 * so neither side has to cast what it receives.
 */
export type MediaKind = 'audio' | 'video';

export type RtpHeaderExtensionUri =
	| 'urn:ietf:params:rtp-hdrext:sdes:mid'
	| 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id'
	| 'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id'
	| 'urn:ietf:params:rtp-hdrext:ssrc-audio-level'
	| 'urn:3gpp:video-orientation'
	| 'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01'
	| 'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time'
	| 'http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time'
	| 'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay'
	| 'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension'
	| 'urn:mediasoup:params:rtp-hdrext:packet-id';

/** Codec parameter values are numbers or strings; typed loosely to accept mediasoup's own objects. */
export type CodecParameters = Record<string, unknown>;

export interface RtcpFeedback {
	type: string;
	parameter?: string;
}

export interface RtpCodecCapability {
	kind: MediaKind;
	mimeType: string;
	preferredPayloadType: number;
	clockRate: number;
	channels?: number;
	parameters?: CodecParameters;
	rtcpFeedback?: RtcpFeedback[];
}

export type RtpHeaderExtensionDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface RtpHeaderExtension {
	kind: MediaKind;
	uri: RtpHeaderExtensionUri;
	preferredId: number;
	preferredEncrypt?: boolean;
	direction?: RtpHeaderExtensionDirection;
}

export interface RtpCapabilities {
	codecs?: RtpCodecCapability[];
	headerExtensions?: RtpHeaderExtension[];
}

export interface RtpCodecParameters {
	mimeType: string;
	payloadType: number;
	clockRate: number;
	channels?: number;
	parameters?: CodecParameters;
	rtcpFeedback?: RtcpFeedback[];
}

export interface RtpHeaderExtensionParameters {
	uri: RtpHeaderExtensionUri;
	id: number;
	encrypt?: boolean;
	parameters?: CodecParameters;
}

export interface RtpEncodingParameters {
	ssrc?: number;
	rid?: string;
	codecPayloadType?: number;
	rtx?: { ssrc: number };
	dtx?: boolean;
	scalabilityMode?: string;
	scaleResolutionDownBy?: number;
	maxBitrate?: number;
	maxFramerate?: number;
	active?: boolean;
}

export interface RtcpParameters {
	cname?: string;
	reducedSize?: boolean;
}

export interface RtpParameters {
	mid?: string;
	codecs: RtpCodecParameters[];
	headerExtensions?: RtpHeaderExtensionParameters[];
	encodings?: RtpEncodingParameters[];
	rtcp?: RtcpParameters;
}

export interface IceParameters {
	usernameFragment: string;
	password: string;
	iceLite?: boolean;
}

export type IceProtocol = 'udp' | 'tcp';
export type IceCandidateType = 'host' | 'srflx' | 'prflx' | 'relay';
export type IceCandidateTcpType = 'passive';

export interface IceCandidate {
	foundation: string;
	priority: number;
	address: string;
	/** Same as `address`; mediasoup-client still reads this deprecated name. */
	ip: string;
	protocol: IceProtocol;
	port: number;
	type: IceCandidateType;
	tcpType?: IceCandidateTcpType;
}

export type DtlsRole = 'auto' | 'client' | 'server';
export type FingerprintAlgorithm = 'sha-1' | 'sha-224' | 'sha-256' | 'sha-384' | 'sha-512';

export interface DtlsParameters {
	role?: DtlsRole;
	fingerprints: { algorithm: FingerprintAlgorithm; value: string }[];
}

export interface SctpParameters {
	port: number;
	maxSendMessageSize: number;
	maxReceiveMessageSize: number;
	/** What mediasoup-client before 3.19 reads; mediasoup still reports them. */
	OS?: number;
	MIS?: number;
	maxMessageSize?: number;
}

export interface SctpStreamParameters {
	streamId?: number;
	ordered?: boolean;
	maxPacketLifeTime?: number;
	maxRetransmits?: number;
}

export interface IceServer {
	urls: string[];
	username?: string;
	credential?: string;
}

/**
 * What the `...ToProto` functions accept: the same shapes with plain strings
 * where the types above use unions, so either library's objects (which know
 * slightly different header extensions) convert without casts.
 */
export interface RtpCapabilitiesInput {
	codecs?: (Omit<RtpCodecCapability, 'kind' | 'preferredPayloadType'> & {
		kind: string;
		preferredPayloadType?: number;
	})[];
	headerExtensions?: {
		kind: string;
		uri: string;
		preferredId: number;
		preferredEncrypt?: boolean;
		direction?: string;
	}[];
}

export interface RtpParametersInput extends Omit<RtpParameters, 'headerExtensions'> {
	headerExtensions?: (Omit<RtpHeaderExtensionParameters, 'uri'> & { uri: string })[];
}
