import type { types as msc } from 'mediasoup-client';
import type { LocalMedia } from './LocalMedia.js';
import type { LocalPublication } from './models.js';
import { SkylarkError } from './SkylarkError.js';

/** The browser's media devices, by what they are for. Labels are empty until the page may use a device. */
export interface DeviceList {
	cameras: MediaDeviceInfo[];
	microphones: MediaDeviceInfo[];
	speakers: MediaDeviceInfo[];
}

export async function listDevices(): Promise<DeviceList> {
	const devices = await navigator.mediaDevices.enumerateDevices();

	return {
		cameras: devices.filter((d) => d.kind === 'videoinput'),
		microphones: devices.filter((d) => d.kind === 'audioinput'),
		speakers: devices.filter((d) => d.kind === 'audiooutput'),
	};
}

/** Tracks the SDK opened itself (a device switch): it stops those, never the application's. */
const opened = new WeakSet<MediaStreamTrack>();

/** A track from the device with this id (`undefined`: the browser's default) of the publication's kind. */
export async function openDevice(kind: 'audio' | 'video', deviceId?: string): Promise<MediaStreamTrack> {
	const constraints = deviceId ? { deviceId: { exact: deviceId } } : true;

	try {
		const stream = await navigator.mediaDevices.getUserMedia({ [kind]: constraints });
		const [track] = kind === 'audio' ? stream.getAudioTracks() : stream.getVideoTracks();

		opened.add(track!);

		return track!;
	} catch (error) {
		throw new SkylarkError(
			'NOT_FOUND',
			`cannot open ${kind} device ${deviceId ?? '(default)'}: ${(error as Error).message}`,
			'switchDevice'
		);
	}
}

/**
 * Sends `track` instead of the publication's current one, on the same
 * producer: no renegotiation, and subscribers keep their consumer. The old
 * track is stopped only if the SDK opened it.
 */
export async function replacePublishedTrack(
	publication: LocalPublication,
	track: MediaStreamTrack
): Promise<void> {
	if (track.kind !== publication.kind) {
		throw new SkylarkError(
			'INVALID_STATE',
			`cannot send a ${track.kind} track in place of a ${publication.kind} one`,
			'replaceTrack'
		);
	}

	const old = publication.track;

	await publication.producer.replaceTrack({ track });

	if (old && old !== track && opened.has(old)) {
		old.stop();
	}
}

/** Encodings for a shared screen: detail over motion (text stays sharp, the frame rate gives way first). */
export const SCREEN_ENCODINGS: msc.RtpEncodingParameters[] = [
	{ scaleResolutionDownBy: 2, maxBitrate: 300_000, maxFramerate: 5 },
	{ scaleResolutionDownBy: 1, maxBitrate: 1_500_000, maxFramerate: 15 },
];

/** The display and, where the browser gives it, its audio (a tab's sound), for sharing. */
export async function openScreen(audio: boolean): Promise<MediaStream> {
	try {
		const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio });

		for (const track of stream.getTracks()) {
			opened.add(track);
		}

		stream.getVideoTracks().forEach((t) => (t.contentHint = 'detail'));

		return stream;
	} catch (error) {
		throw new SkylarkError(
			'FORBIDDEN',
			`screen sharing was refused or is not available: ${(error as Error).message}`,
			'publishScreen'
		);
	}
}

/**
 * A camera or microphone unplugged ends its track: the publication goes on
 * from the default device of its kind, on the same producer.
 */
export function keepDevice(
	local: LocalMedia,
	publication: LocalPublication,
	onLost: (recovered: boolean) => void
): void {
	const onEnded = async () => {
		if (!local.publications.has(publication) || publication.source.startsWith('screen')) {
			return;
		}

		const track = await openDevice(publication.kind).catch(() => undefined);

		if (track) {
			await replacePublishedTrack(publication, track);
			track.addEventListener('ended', () => void onEnded());
		}

		onLost(track !== undefined);
	};

	publication.track?.addEventListener('ended', () => void onEnded());
}

/** Ends a screen share: its capture stops and its tracks are unpublished. False if it had ended already. */
export async function unshareScreen(local: LocalMedia, share: ScreenShare): Promise<boolean> {
	const published = [share.video, share.audio].filter(
		(p): p is LocalPublication => p !== undefined && local.publications.has(p)
	);

	for (const publication of published) {
		publication.track?.stop();
		await local.unpublish(publication);
	}

	return published.length > 0;
}

/** A shared screen: its video and, when the browser gave it, its audio. */
export interface ScreenShare {
	readonly video: LocalPublication;
	readonly audio?: LocalPublication;
}

/** Opens the display and publishes it as `screen` (and `screen-audio`) tracks. */
export async function shareScreen(local: LocalMedia, audio: boolean): Promise<ScreenShare> {
	const stream = await openScreen(audio);
	const [videoTrack] = stream.getVideoTracks();
	const [audioTrack] = stream.getAudioTracks();
	const video = await local.publish(videoTrack!, { source: 'screen', encodings: SCREEN_ENCODINGS });
	const sender = video.producer.rtpSender;

	if (sender) {
		// Under congestion, lose frames rather than resolution: text must stay legible.
		await sender
			.setParameters({ ...sender.getParameters(), degradationPreference: 'maintain-resolution' })
			.catch(() => undefined);
	}

	return {
		video,
		audio: audioTrack ? await local.publish(audioTrack, { source: 'screen-audio' }) : undefined,
	};
}
