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
import { connect, type SkylarkClient } from '../src/index.js';
import { wireControls, type OwnMedia } from './controls.js';
import { $, setStatus } from './dom.js';
import { Tiles } from './tiles.js';

class DemoPage {
	readonly #client: SkylarkClient;
	readonly #tiles = new Tiles();
	readonly #own: OwnMedia = {};

	constructor(client: SkylarkClient) {
		this.#client = client;

		const tiles = this.#tiles;

		client.on('peerJoined', (peer) => tiles.addPeer(peer));
		client.on('peerLeft', (peer) => tiles.removePeer(peer.id));
		client.on('trackSubscribed', (track) => tiles.attach(track, client.peers.get(track.peerId)));
		client.on('trackUnsubscribed', (track) => tiles.detach(track));
		client.on('activeSpeaker', (peerId) => tiles.speaker(peerId));
		client.on('connectionQualityChanged', (peerId, quality) => tiles.quality(peerId, quality));
		client.on('data', ({ peerId, data }) => {
			const name = client.peers.get(peerId)?.displayName ?? 'someone';

			this.#chatLine(name, typeof data === 'string' ? data : '(binary message)');
		});
		client.on('connectionStateChanged', ({ transport, state }) => setStatus(`${transport}: ${state}`));
		client.on('roomClosed', (reason) => setStatus(`room closed (${reason})`));
		// A dropped connection: the SDK reconnects and resumes by itself; say so meanwhile.
		client.signaling.on('disconnect', () => banner('Reconnecting…'));
		client.on('reconnected', () => banner());
		// In a cluster the room can move to another node; the SDK takes the tracks along.
		client.on('roomMoving', (reason) => banner(`Moving to another server (${reason})…`));
		client.on('roomMoved', () => {
			$('#local-tile').dataset.peerId = client.peerId;
			banner();
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
		options: { simulcast: boolean; viewer: boolean; encrypted: boolean }
	): Promise<void> {
		$('#room-label').textContent = `room ${room}${options.encrypted ? ' 🔒 end-to-end encrypted' : ''}`;
		$('#call').hidden = false;
		setStatus('joining…');
		// Marks for measuring join → first remote frame (see test/bench/joinToFirstFrame.ts).
		performance.mark('skylark:join-start');

		const joined = await this.#client.join(room, {
			displayName: name,
			role: options.viewer ? 'viewer' : undefined,
		});

		joined.peers.forEach((peer) => this.#tiles.addPeer(peer));
		// Tracks subscribed during join arrived before their tiles existed.
		this.#client.tracks.forEach((track) =>
			this.#tiles.attach(track, this.#client.peers.get(track.peerId))
		);

		// The others are seen before this page's own devices are published.
		const media = await devices;
		const [audio] = media.getAudioTracks();
		const [video] = media.getVideoTracks();

		this.#tiles.showLocal(joined.peerId, media);

		if (audio) {
			this.#own.microphone = await this.#client.publish(audio, { source: 'microphone' });
		}

		if (video) {
			this.#own.camera = await this.#client.publish(video, {
				source: 'camera',
				simulcast: options.simulcast,
			});
		}

		setStatus('connected');
		wireControls(this.#client, this.#own, () => this.#leave());
		this.#wireChat();
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

	#wireChat(): void {
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
	}

	async #leave(): Promise<void> {
		await this.#client.leave();
		this.#client.close();
		this.#tiles.clear();
		setStatus('left the room');
	}

	#chatLine(from: string, text: string): void {
		const line = document.createElement('li');

		line.textContent = `${from}: ${text}`;
		$('#chat-log').append(line);
		line.scrollIntoView({ block: 'end' });
	}
}

/** Shows `text` in the banner over the call, or hides it. */
function banner(text?: string): void {
	const element = $('#banner');

	element.hidden = text === undefined;
	element.textContent = text ?? '';
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
		encrypted: passphrase !== null,
	});
}

main().catch((error: Error) => setStatus(`failed: ${error.message}`));
