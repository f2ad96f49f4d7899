/**
 * Skylark client SDK: join a room on a Skylark SFU, publish tracks and
 * receive everyone else's.
 *
 * ```ts
 * const client = await connect('https://sfu.example.com');
 * client.on('trackSubscribed', (track) => attach(track.track));
 * await client.join('standup', { displayName: 'Alice' });
 * await client.publish(cameraTrack, { simulcast: true, source: 'camera' });
 * ```
 */
export { connect, SkylarkClient } from './SkylarkClient.js';
export type { ConnectOptions, JoinGrants, JoinOptions, JoinResult } from './options.js';
export type { PublishOptions } from './LocalMedia.js';
export { E2ee, type E2eeOptions } from './e2ee/E2ee.js';
export { listDevices, type DeviceList, type ScreenShare } from './devices.js';
export type { SkylarkEvents } from './events.js';
export { LocalPublication, RemoteTrack } from './models.js';
export type {
	ConnectionQuality,
	ConnectionStateChange,
	DataMessage,
	RemotePeer,
	RemoteTrackInfo,
	Role,
	TrackStats,
	TransportName,
} from './models.js';
export { SkylarkError, type SkylarkErrorCode } from './SkylarkError.js';
export type { CandidateInfo, Diagnosis, StateChange, TransportDiagnostics } from './Diagnostics.js';
