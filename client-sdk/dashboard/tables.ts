import type { CascadeView, NodeView, PeerView, RoomSummary, WorkerView } from './adminClient.js';

/**
 * Renders the dashboard's tables. Everything goes in through textContent:
 * room ids and display names come from clients and must never become markup.
 */

type Cell = string | number | HTMLElement;

function row(cells: Cell[]): HTMLTableRowElement {
	const tr = document.createElement('tr');

	for (const cell of cells) {
		const td = document.createElement('td');

		if (cell instanceof HTMLElement) {
			td.append(cell);
		} else {
			td.textContent = String(cell);
		}

		tr.append(td);
	}

	return tr;
}

function badge(text: string, ok: boolean): HTMLElement {
	const span = document.createElement('span');

	span.className = ok ? 'up' : 'down';
	span.textContent = text;

	return span;
}

function cpuMeter(cpu: number): HTMLElement {
	const wrap = document.createElement('span');
	const meter = document.createElement('meter');

	meter.min = 0;
	meter.max = 1;
	meter.high = 0.85;
	meter.value = cpu;
	wrap.append(meter, ` ${Math.round(cpu * 100)}%`);

	return wrap;
}

function age(since: string): string {
	const seconds = Math.max(0, Math.round((Date.now() - Date.parse(since)) / 1000));

	return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

export function workerRows(workers: WorkerView[]): HTMLTableRowElement[] {
	return workers.map((w) =>
		row([
			w.index,
			w.pid,
			badge(w.alive ? 'up' : 'down', w.alive),
			cpuMeter(w.cpu),
			w.load.routers,
			w.load.transports,
			w.load.producers,
			w.load.consumers,
		])
	);
}

/** The cluster's nodes (a single node is a cluster of one); `self` is the node serving this page. */
export function nodeRows(nodes: NodeView[], self: string): HTMLTableRowElement[] {
	return [...nodes]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((n) => {
			const cpu = n.load.cpu.length ? n.load.cpu.reduce((x, y) => x + y, 0) / n.load.cpu.length : 0;
			const tr = row([
				n.id === self ? `${n.id} (this node)` : n.id,
				n.url,
				n.region ?? '—',
				badge(n.state, n.state === 'serving'),
				cpuMeter(cpu),
				n.load.rooms,
				n.load.peers,
				age(n.lastSeen),
			]);

			tr.dataset.node = n.id;

			return tr;
		});
}

/** One row per node of each cascaded room: the origin first, then its edges. */
export function cascadeRows(rooms: CascadeView[]): HTMLTableRowElement[] {
	return rooms.flatMap((room) => [
		row([
			room.room,
			room.origin ?? '—',
			'origin',
			room.viewers[room.origin ?? ''] ?? 0,
			room.originPipes,
		]),
		...room.edges.map((edge) => row([room.room, edge.node, 'edge', edge.viewers, edge.pipes])),
	]);
}

export function roomRows(rooms: RoomSummary[], selected: string | undefined): HTMLTableRowElement[] {
	return rooms.map((room) => {
		const tr = row([
			room.id,
			room.peers,
			room.routers?.map((r) => r.workerIndex).join(', ') ?? '—',
			room.pipes ?? '—',
			room.createdAt ? age(room.createdAt) : '—',
			room.node,
		]);

		tr.dataset.room = room.id;
		tr.classList.toggle('selected', room.id === selected);

		return tr;
	});
}

function tracks(items: { kind: string; paused: boolean }[]): string {
	return items.map((t) => (t.paused ? `${t.kind} (paused)` : t.kind)).join(', ') || '—';
}

export function peerRows(peers: PeerView[]): HTMLTableRowElement[] {
	return peers.map((p) =>
		row([
			p.displayName,
			p.identity,
			p.role,
			badge(p.connected ? 'yes' : 'resuming', p.connected),
			p.workerIndex,
			p.transports.map((t) => `${t.direction}: ${t.iceState ?? '—'}`).join(', ') || '—',
			tracks(p.producers),
			tracks(p.consumers),
		])
	);
}
