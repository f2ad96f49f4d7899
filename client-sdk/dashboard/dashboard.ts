/**
 * The operator dashboard at /dashboard: live rooms, peers and per-worker load,
 * polled once a second from the admin API. The admin key comes from `?key=`
 * (then removed from the address bar) or a prompt, and lives only in this
 * tab's sessionStorage.
 */
import { AdminApiError, AdminClient } from './adminClient.js';
import { cascadeRows, nodeRows, peerRows, roomRows, workerRows } from './tables.js';

const POLL_MS = 1000;
const KEY_STORAGE = 'skylark.adminKey';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function takeKey(): string | undefined {
	const url = new URL(location.href);
	const fromUrl = url.searchParams.get('key');

	if (fromUrl) {
		sessionStorage.setItem(KEY_STORAGE, fromUrl);
		url.searchParams.delete('key');
		history.replaceState(null, '', url);
	}

	return sessionStorage.getItem(KEY_STORAGE) ?? undefined;
}

function askForKey(reason?: string): void {
	sessionStorage.removeItem(KEY_STORAGE);
	$('#board').hidden = true;
	$('#key-form').hidden = false;
	setStatus(reason ?? 'enter the admin API key', Boolean(reason));
}

function setStatus(text: string, error = false): void {
	const status = $('#status');

	status.textContent = text;
	status.classList.toggle('error', error);
}

function fill(table: string, rows: HTMLTableRowElement[]): void {
	$(`${table} tbody`).replaceChildren(...rows);
}

class Dashboard {
	#selected: string | undefined;
	#stopped = false;

	constructor(private readonly api: AdminClient) {
		$('#rooms tbody').addEventListener('click', (event) => {
			const tr = (event.target as HTMLElement).closest('tr');

			this.#selected = tr?.dataset.room;
			void this.#refresh();
		});
	}

	start(): void {
		$('#key-form').hidden = true;
		$('#board').hidden = false;
		void this.#tick();
	}

	async #tick(): Promise<void> {
		await this.#refresh();

		if (!this.#stopped) {
			setTimeout(() => void this.#tick(), POLL_MS);
		}
	}

	async #refresh(): Promise<void> {
		try {
			const node = await this.api.snapshot();

			if (!node.rooms.some((r) => r.id === this.#selected)) {
				this.#selected = undefined;
			}

			fill('#nodes', nodeRows(node.nodes, node.node));
			fill('#cascade', cascadeRows(node.cascade));
			$('#cascade-section').hidden = node.cascade.length === 0;
			fill('#workers', workerRows(node.workers));
			fill('#rooms', roomRows(node.rooms, this.#selected));
			$('#room-count').textContent = `(${node.rooms.length})`;
			$('#node-state').textContent = node.draining ? 'draining' : node.ready ? 'ready' : 'not ready';
			await this.#refreshDetail();
			setStatus(`updated ${new Date().toLocaleTimeString()}`);
		} catch (error) {
			if (error instanceof AdminApiError && error.status === 401) {
				this.#stopped = true;
				askForKey(error.message);

				return;
			}

			setStatus(`cannot reach the server: ${(error as Error).message}`, true);
		}
	}

	async #refreshDetail(): Promise<void> {
		const section = $('#room-detail');

		if (!this.#selected) {
			section.hidden = true;

			return;
		}

		const room = await this.api.room(this.#selected);

		$('#detail-room').textContent = room.id;
		fill('#peers', peerRows(room.peers));
		section.hidden = false;
	}
}

function open(key: string): void {
	new Dashboard(new AdminClient(key)).start();
}

$('#key-form').addEventListener('submit', (event) => {
	event.preventDefault();

	const key = new FormData(event.target as HTMLFormElement).get('key') as string;

	sessionStorage.setItem(KEY_STORAGE, key);
	open(key);
});

const key = takeKey();

if (key) {
	open(key);
} else {
	askForKey();
}
