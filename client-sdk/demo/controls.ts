import { listDevices, type LocalPublication, type ScreenShare, type SkylarkClient } from '../src/index.js';
import { $ } from './dom.js';

/** What the controls act on: this page's own publications. */
export interface OwnMedia {
	microphone?: LocalPublication;
	camera?: LocalPublication;
}

/**
 * The call's controls: mute, camera, screen share, device pickers (switched
 * without renegotiation) and leave.
 */
export function wireControls(client: SkylarkClient, own: OwnMedia, onLeave: () => Promise<void>): void {
	toggle($('#mute-mic'), client, () => own.microphone, ['Mute microphone', 'Unmute microphone']);
	toggle($('#mute-cam'), client, () => own.camera, ['Stop camera', 'Start camera']);
	$('#leave').addEventListener('click', () => void onLeave());
	wireScreenShare(client);
	void fillPickers(client, own);
	client.on('devicesChanged', () => void fillPickers(client, own));
}

function toggle(
	button: HTMLButtonElement,
	client: SkylarkClient,
	publication: () => LocalPublication | undefined,
	[on, off]: [string, string]
): void {
	button.addEventListener('click', async () => {
		const published = publication();

		if (!published) {
			return;
		}

		if (published.paused) {
			await client.resume(published);
			button.textContent = on;
		} else {
			await client.pause(published);
			button.textContent = off;
		}

		button.setAttribute('aria-pressed', String(published.paused));
	});
}

function wireScreenShare(client: SkylarkClient): void {
	const button = $<HTMLButtonElement>('#share-screen');
	let share: ScreenShare | undefined;

	button.hidden = !navigator.mediaDevices?.getDisplayMedia;
	button.addEventListener('click', async () => {
		if (share) {
			await client.stopScreenShare(share);

			return;
		}

		share = await client.publishScreen();
		button.textContent = 'Stop sharing';
	});
	client.on('screenShareEnded', () => {
		share = undefined;
		button.textContent = 'Share screen';
	});
}

/** Fills the camera, microphone and speaker pickers; choosing one switches the device in place. */
async function fillPickers(client: SkylarkClient, own: OwnMedia): Promise<void> {
	const { cameras, microphones, speakers } = await listDevices();
	const fill = (select: HTMLSelectElement, devices: MediaDeviceInfo[], current?: string) => {
		select.replaceChildren(
			...devices.map(
				(d, i) => new Option(d.label || `device ${i + 1}`, d.deviceId, false, d.deviceId === current)
			)
		);
		select.disabled = devices.length < 2;
	};
	const deviceOf = (p?: LocalPublication) => p?.track?.getSettings().deviceId;

	fill($('#camera-picker'), cameras, deviceOf(own.camera));
	fill($('#microphone-picker'), microphones, deviceOf(own.microphone));
	fill($('#speaker-picker'), speakers);
	$('#speaker-picker').hidden = !('setSinkId' in HTMLMediaElement.prototype);

	$<HTMLSelectElement>('#camera-picker').onchange = (event) =>
		own.camera && void client.switchDevice(own.camera, (event.target as HTMLSelectElement).value);
	$<HTMLSelectElement>('#microphone-picker').onchange = (event) =>
		own.microphone && void client.switchDevice(own.microphone, (event.target as HTMLSelectElement).value);
	$<HTMLSelectElement>('#speaker-picker').onchange = (event) =>
		void client.setAudioOutput((event.target as HTMLSelectElement).value);
}
