/**
 * Skylark's demo page: join a room with camera and microphone, see and hear
 * everyone else, chat. Uses only the SDK's public API.
 *
 * URL parameters: `room`, `name` (asked for when missing), `simulcast=1` to
 * send the camera as three simulcast layers, `forceRelay=1` for relay-only
 * ICE (through the TURN servers Skylark hands out), `forceTcp=1` to use only
 * the server's TCP candidates, `token=` to use a given access token,
 * `role=viewer` to watch and listen without publishing (in a cluster, viewers
 * may be served by an edge node of the room). In the fragment,
 * `#e2ee=<passphrase>` turns on end-to-end encryption (a fragment never
 * reaches the server).
 */
import {
	connect,
	type LocalPublication,
	type RemotePeer,
	type RemoteTrack,
	type SkylarkClient,
} from '../src/index.js';

const $ = <T extends HTMLElement>(selector: string): T => {
	const element = document.querySelector<T>(selector);

	if (!element) {
		throw new Error(`demo page is missing ${selector}`);
	}

	return element;
};

function setStatus(text: string): void {
	$('#status').textContent = text;
}

/** Drives a <meter> from a track's loudness (RMS over the analyser window, 10 times a second). */
function meterFor(track: MediaStreamTrack, meter: HTMLMeterElement, audioContext: AudioContext): () => void {
	const analyser = audioContext.createAnalyser();
	const source = audioContext.createMediaStreamSource(new MediaStream([track]));
	const samples = new Float32Array(analyser.fftSize);

	source.connect(analyser);

	const timer = setInterval(() => {
		analyser.getFloatTimeDomainData(samples);

		const rms = Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);

		meter.value = Math.min(1, rms * 4);
	}, 100);

	return () => {
		clearInterval(timer);
		source.disconnect();
	};
}

class DemoPage {
	readonly #client: SkylarkClient;
	readonly #audioContext = new AudioContext();
	readonly #stopMeters = new Map<string, () => void>();
	#microphone?: LocalPublication;
	#camera?: LocalPublication;

	constructor(client: SkylarkClient) {
		this.#client = client;
		client.on('peerJoined', (peer) => this.#addTile(peer));
		client.on('peerLeft', (peer) => this.#removeTile(peer.id));
		client.on('trackSubscribed', (track) => this.#attach(track));
		client.on('trackUnsubscribed', (track) => this.#detach(track));
		client.on('activeSpeaker', (peerId) => this.#highlight(peerId));
		client.on('data', ({ peerId, data }) => {
			const name = client.peers.get(peerId)?.displayName ?? 'someone';

			this.#chatLine(name, typeof data === 'string' ? data : '(binary message)');
		});
		client.on('connectionStateChanged', ({ transport, state }) => setStatus(`${transport}: ${state}`));
		client.on('roomClosed', (reason) => setStatus(`room closed (${reason})`));
		// In a cluster the room can move to another node; the SDK takes the tracks along.
		client.on('roomMoving', (reason) => setStatus(`moving to another node (${reason})…`));
		client.on('roomMoved', () => {
			$('#local-tile').dataset.peerId = client.peerId;
			setStatus('connected');
		});
		client.on('error', (error) => {
			setStatus(`error: ${error.message}`);

			const line = document.createElement('li');

			line.textContent = `${error.code}: ${error.message}`;
			$('#errors').append(line);
		});
	}

	/** `devices`: the camera and microphone, asked for while signaling connects (empty for a viewer). */
	async start(
		room: string,
		name: string,
		devices: Promise<MediaStream>,
		options: { simulcast: boolean; viewer: boolean }
	): Promise<void> {
		$('#room-label').textContent = `room ${room}`;
		$('#call').hidden = false;
		setStatus('joining…');
		// Marks for measuring join → first remote frame (see test/bench/joinToFirstFrame.ts).
		performance.mark('skylark:join-start');

		const joined = await this.#client.join(room, {
			displayName: name,
			role: options.viewer ? 'viewer' : undefined,
		});

		$('#local-tile').dataset.peerId = joined.peerId;
		joined.peers.forEach((peer) => this.#addTile(peer));
		// Tracks subscribed during join arrived before their tiles existed.
		this.#client.tracks.forEach((track) => this.#attach(track));

		// The others are seen before this page's own devices are published.
		const media = await devices;

		$<HTMLVideoElement>('#local-video').srcObject = media;

		const [audio] = media.getAudioTracks();
		const [video] = media.getVideoTracks();

		if (audio) {
			this.#microphone = await this.#client.publish(audio, { source: 'microphone' });
			this.#stopMeters.set(
				'local',
				meterFor(audio, $<HTMLMeterElement>('#local-tile .level'), this.#audioContext)
			);
		}

		if (video) {
			this.#camera = await this.#client.publish(video, {
				source: 'camera',
				simulcast: options.simulcast,
			});
		}

		setStatus('connected');
		this.#wireControls();
		this.#showDiagnosis();
	}

	static devices(): Promise<MediaStream> {
		setStatus('asking for camera and microphone…');

		return navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 360 } });
	}

	/** Keeps the connection-info panel current: states, selected candidate pair, RTT, bitrate, loss. */
	#showDiagnosis(): void {
		const render = async () => {
			const { transports, timeToFirstMediaMs } = await this.#client.diagnose();
			const lines = transports.map((t) => {
				const pair = t.selectedPair
					? `${t.selectedPair.local.type}/${t.selectedPair.local.protocol} → ${t.selectedPair.remote.type}/${t.selectedPair.remote.protocol} ` +
						`${t.selectedPair.remote.address}:${t.selectedPair.remote.port}` +
						(t.selectedPair.rttMs === undefined
							? ''
							: `, RTT ${t.selectedPair.rttMs.toFixed(0)} ms`)
					: 'no candidate pair yet';

				return (
					`${t.transport}: ${t.connectionState} (ICE ${t.iceState ?? '?'}, DTLS ${t.dtlsState ?? '?'})\n` +
					`  path: ${pair}\n` +
					`  ↑ ${(t.sendBitrate / 1000).toFixed(0)} kbps  ↓ ${(t.recvBitrate / 1000).toFixed(0)} kbps  lost ${t.packetsLost}\n` +
					`  history: ${t.history.map((h) => `${h.kind}=${h.state}@${h.atMs}ms`).join(', ')}`
				);
			});

			$('#diagnosis').textContent = [
				...lines,
				`join → first media: ${timeToFirstMediaMs === undefined ? 'not yet' : `${timeToFirstMediaMs} ms`}`,
			].join('\n');
		};

		setInterval(() => void render().catch(() => undefined), 2000);
		void render();
	}

	#wireControls(): void {
		$('#mute-mic').addEventListener(
			'click',
			(event) => void this.#toggle(this.#microphone, event, 'microphone')
		);
		$('#mute-cam').addEventListener('click', (event) => void this.#toggle(this.#camera, event, 'camera'));
		$('#leave').addEventListener('click', () => void this.#leave());
		$('#chat-form').addEventListener('submit', (event) => {
			event.preventDefault();

			const input = $<HTMLInputElement>('#chat-input');
			const text = input.value.trim();

			if (text) {
				input.value = '';
				this.#chatLine('you', text);
				void this.#client.sendData(text);
			}
		});
		document.addEventListener('click', () => void this.#audioContext.resume(), { once: true });
	}

	async #toggle(publication: LocalPublication | undefined, event: Event, what: string): Promise<void> {
		if (!publication) {
			return;
		}

		const button = event.currentTarget as HTMLButtonElement;

		if (publication.paused) {
			await this.#client.resume(publication);
			button.textContent = what === 'camera' ? 'Stop camera' : 'Mute microphone';
		} else {
			await this.#client.pause(publication);
			button.textContent = what === 'camera' ? 'Start camera' : 'Unmute microphone';
		}
	}

	async #leave(): Promise<void> {
		await this.#client.leave();
		this.#client.close();
		document.querySelectorAll('.tile.remote').forEach((tile) => tile.remove());
		setStatus('left the room');
	}

	#tile(peerId: string): HTMLElement | null {
		return document.querySelector<HTMLElement>(`.tile.remote[data-peer-id="${CSS.escape(peerId)}"]`);
	}

	#addTile(peer: RemotePeer): void {
		if (this.#tile(peer.id)) {
			return;
		}

		const template = $<HTMLTemplateElement>('#tile-template');
		const tile = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;

		tile.dataset.peerId = peer.id;
		tile.dataset.displayName = peer.displayName;
		tile.querySelector('.name')!.textContent = peer.displayName;
		$('#tiles').append(tile);
	}

	#removeTile(peerId: string): void {
		this.#tile(peerId)?.remove();
		this.#stopMeters.get(peerId)?.();
		this.#stopMeters.delete(peerId);
	}

	#attach(track: RemoteTrack): void {
		const tile = this.#tile(track.peerId);

		if (!tile) {
			return;
		}

		const element = tile.querySelector<HTMLMediaElement>(track.kind === 'video' ? 'video' : 'audio')!;

		element.srcObject = new MediaStream([track.track]);
		element.dataset.trackId = track.id;
		void element.play().catch(() => undefined);

		if (
			element instanceof HTMLVideoElement &&
			performance.getEntriesByName('skylark:first-remote-frame').length === 0
		) {
			element.requestVideoFrameCallback(() => {
				if (performance.getEntriesByName('skylark:first-remote-frame').length === 0) {
					performance.mark('skylark:first-remote-frame');
				}
			});
		}

		if (track.kind === 'audio') {
			this.#stopMeters.get(track.peerId)?.();
			this.#stopMeters.set(
				track.peerId,
				meterFor(track.track, tile.querySelector('.level')!, this.#audioContext)
			);
		}
	}

	#detach(track: RemoteTrack): void {
		const element = this.#tile(track.peerId)?.querySelector<HTMLMediaElement>(
			`[data-track-id="${track.id}"]`
		);

		if (element) {
			element.srcObject = null;
		}
	}

	#highlight(peerId: string): void {
		document.querySelectorAll('.tile').forEach((tile) => {
			tile.classList.toggle('speaking', (tile as HTMLElement).dataset.peerId === peerId);
		});
	}

	#chatLine(from: string, text: string): void {
		const line = document.createElement('li');

		line.textContent = `${from}: ${text}`;
		$('#chat-log').append(line);
		line.scrollIntoView({ block: 'end' });
	}
}

/**
 * A token from the server's development endpoint. It exists only with
 * DEV_MODE; production pages get tokens from their own backend (or `?token=`).
 */
async function devToken(room: string, name: string): Promise<string> {
	const response = await fetch(
		`/dev/token?room=${encodeURIComponent(room)}&name=${encodeURIComponent(name)}`
	);

	if (!response.ok) {
		throw new Error(
			'this server hands out no development tokens (DEV_MODE is off): add ?token=<access token> to the URL'
		);
	}

	return ((await response.json()) as { token: string }).token;
}

async function main(): Promise<void> {
	const params = new URLSearchParams(location.search);
	let room = params.get('room');
	let name = params.get('name');

	if (!room || !name) {
		const form = $<HTMLFormElement>('#join-form');

		form.hidden = false;
		[room, name] = await new Promise<[string, string]>((resolve) =>
			form.addEventListener('submit', (event) => {
				event.preventDefault();

				const data = new FormData(form);

				form.hidden = true;
				resolve([String(data.get('room')), String(data.get('name'))]);
			})
		);
	}

	// A viewer asks for no devices: nothing it has is published.
	const devices = params.get('role') === 'viewer' ? Promise.resolve(new MediaStream()) : DemoPage.devices();
	const passphrase = new URLSearchParams(location.hash.slice(1)).get('e2ee');
	const client = await connect(location.origin, {
		token: params.get('token') ?? (await devToken(room, name)),
		e2ee: passphrase ? { passphrase } : undefined,
		forceRelay: params.get('forceRelay') === '1',
		forceTcp: params.get('forceTcp') === '1',
	});

	window.skylarkDemo = { client };
	await new DemoPage(client).start(room, name, devices, {
		simulcast: params.get('simulcast') === '1',
		viewer: params.get('role') === 'viewer',
	});
}

main().catch((error: Error) => setStatus(`failed: ${error.message}`));
