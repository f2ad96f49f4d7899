import type { ConnectionQuality, RemotePeer, RemoteTrack } from '../src/index.js';
import { $, meterFor } from './dom.js';

/**
 * The call's tiles: one per participant (its camera and microphone), one
 * per shared screen. The layout follows the room: a shared screen is shown
 * large with the cameras beside it, otherwise the active speaker is.
 */
export class Tiles {
	readonly #audioContext = new AudioContext();
	readonly #stopMeters = new Map<string, () => void>();
	#speaker?: string;

	constructor() {
		document.addEventListener('click', () => void this.#audioContext.resume(), { once: true });
	}

	/** The local tile: this page's own camera and microphone level. */
	showLocal(peerId: string, media: MediaStream): void {
		const tile = $('#local-tile');
		const [audio] = media.getAudioTracks();

		tile.dataset.peerId = peerId;
		$<HTMLVideoElement>('#local-video').srcObject = media;

		if (audio) {
			this.#stopMeters.set('local', meterFor(audio, tile.querySelector('.level')!, this.#audioContext));
		}
	}

	addPeer(peer: RemotePeer): void {
		if (this.#peerTile(peer.id)) {
			return;
		}

		const tile = this.#fromTemplate();

		tile.classList.add('remote');
		tile.dataset.peerId = peer.id;
		tile.dataset.displayName = peer.displayName;
		tile.querySelector('.name')!.textContent = peer.displayName;
		$('#tiles').append(tile);
		this.#layout();
	}

	removePeer(peerId: string): void {
		document
			.querySelectorAll(`.tile[data-peer-id="${CSS.escape(peerId)}"]:not(.local)`)
			.forEach((tile) => tile.remove());
		this.#stopMeters.get(peerId)?.();
		this.#stopMeters.delete(peerId);
		this.#layout();
	}

	attach(track: RemoteTrack, peer: RemotePeer | undefined): void {
		const tile = track.source === 'screen' ? this.#screenTile(track, peer) : this.#peerTile(track.peerId);

		if (!tile) {
			return;
		}

		const element = tile.querySelector<HTMLMediaElement>(track.kind === 'video' ? 'video' : 'audio')!;

		// Adaptive stream: the SDK receives the layer this element's size needs, nothing while it is hidden.
		track.attach(element);
		element.dataset.trackId = track.id;

		if (element instanceof HTMLVideoElement) {
			markFirstFrame(element);
		}

		if (track.kind === 'audio' && track.source !== 'screen-audio') {
			this.#stopMeters.get(track.peerId)?.();
			this.#stopMeters.set(
				track.peerId,
				meterFor(track.track, tile.querySelector('.level')!, this.#audioContext)
			);
		}

		this.#layout();
	}

	detach(track: RemoteTrack): void {
		const element = document.querySelector<HTMLMediaElement>(`[data-track-id="${track.id}"]`);

		if (element) {
			track.detach(element);
		}

		if (track.source === 'screen') {
			element?.closest('.tile')?.remove();
		}

		this.#layout();
	}

	speaker(peerId: string): void {
		this.#speaker = peerId;
		document.querySelectorAll<HTMLElement>('.tile').forEach((tile) => {
			tile.classList.toggle(
				'speaking',
				tile.dataset.peerId === peerId && !tile.classList.contains('screen')
			);
		});
		this.#layout();
	}

	quality(peerId: string, quality: ConnectionQuality): void {
		document
			.querySelectorAll<HTMLElement>(`.tile[data-peer-id="${CSS.escape(peerId)}"] .quality`)
			.forEach((icon) => {
				icon.dataset.quality = quality;
				icon.title = `connection: ${quality}`;
			});
	}

	clear(): void {
		document.querySelectorAll('.tile:not(.local)').forEach((tile) => tile.remove());
	}

	/** One tile large: a shared screen if there is one, else the active speaker (when there are several). */
	#layout(): void {
		const screen = document.querySelector<HTMLElement>('.tile.screen');
		const speaker = this.#speaker ? this.#peerTile(this.#speaker) : null;
		const crowded = document.querySelectorAll('.tile').length > 2;
		const featured = screen ?? (crowded ? speaker : null);

		document.querySelectorAll<HTMLElement>('.tile').forEach((tile) => {
			tile.classList.toggle('featured', tile === featured);
		});
		$('#tiles').classList.toggle('has-featured', featured !== null);
	}

	#peerTile(peerId: string): HTMLElement | null {
		return document.querySelector<HTMLElement>(`.tile.remote[data-peer-id="${CSS.escape(peerId)}"]`);
	}

	#screenTile(track: RemoteTrack, peer: RemotePeer | undefined): HTMLElement {
		const tile = this.#fromTemplate();

		tile.classList.add('screen');
		tile.dataset.peerId = track.peerId;
		tile.querySelector('.name')!.textContent = `${peer?.displayName ?? 'someone'}'s screen`;
		tile.querySelector('.level')?.remove();
		$('#tiles').prepend(tile);

		return tile;
	}

	#fromTemplate(): HTMLElement {
		const template = $<HTMLTemplateElement>('#tile-template');

		return (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
	}
}

/** The mark bench:join measures to: the first remote video frame shown (see test/bench/joinToFirstFrame.ts). */
function markFirstFrame(video: HTMLVideoElement): void {
	const mark = 'skylark:first-remote-frame';

	if (performance.getEntriesByName(mark).length === 0) {
		video.requestVideoFrameCallback(() => {
			if (performance.getEntriesByName(mark).length === 0) {
				performance.mark(mark);
			}
		});
	}
}
