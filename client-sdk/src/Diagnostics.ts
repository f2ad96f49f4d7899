import type { types as msc } from 'mediasoup-client';
import type { TransportName } from './models.js';

/** One recorded state change of a transport. */
export interface StateChange {
	/** Milliseconds since the client started joining. */
	atMs: number;
	kind: 'connection' | 'iceGathering' | 'ice' | 'dtls';
	state: string;
}

export interface CandidateInfo {
	type: string; // host, srflx, prflx, relay
	protocol: string; // udp, tcp
	address?: string;
	port?: number;
	/** For relay candidates: how this client reaches the TURN server. */
	relayProtocol?: string;
}

export interface TransportDiagnostics {
	transport: TransportName;
	connectionState: string;
	iceState?: string;
	dtlsState?: string;
	history: StateChange[];
	selectedPair?: { local: CandidateInfo; remote: CandidateInfo; rttMs?: number };
	bytesSent: number;
	bytesReceived: number;
	/** Bits per second since the previous diagnose() (or since the transport started). */
	sendBitrate: number;
	recvBitrate: number;
	packetsLost: number;
	/** ICE candidate errors the browser reported (e.g. 401 from a TURN server). */
	candidateErrors: { atMs: number; url?: string; errorCode: number; errorText: string }[];
}

export interface Diagnosis {
	transports: TransportDiagnostics[];
	/** ICE servers in use (credentials left out). */
	iceServers: { urls: string | string[]; username?: string }[];
	/** From starting to join until the first remote track was subscribed on a connected transport. */
	timeToFirstMediaMs?: number;
}

type Stats = Record<string, unknown> & { id: string; type: string };

const POLL_MS = 250;
const POLL_LIMIT_MS = 60_000;

/**
 * Keeps what `client.diagnose()` reports: per-transport state history (ICE
 * and DTLS states are read from getStats() while a transport connects, since
 * mediasoup-client exposes only the combined connection state), selected
 * candidate pair, RTT, bytes, bitrate, loss, and ICE candidate errors.
 */
export class Diagnostics {
	readonly #started = performance.now();
	readonly #transports = new Map<
		TransportName,
		{
			transport: msc.Transport;
			record: TransportDiagnostics;
			lastBytes?: { at: number; sent: number; received: number };
		}
	>();
	#firstMediaAt?: number;

	#now(): number {
		return Math.round(performance.now() - this.#started);
	}

	watch(name: TransportName, transport: msc.Transport): void {
		const record: TransportDiagnostics = {
			transport: name,
			connectionState: transport.connectionState,
			history: [],
			bytesSent: 0,
			bytesReceived: 0,
			sendBitrate: 0,
			recvBitrate: 0,
			packetsLost: 0,
			candidateErrors: [],
		};

		this.#transports.set(name, { transport, record });
		transport.on('connectionstatechange', (state) => {
			record.connectionState = state;
			record.history.push({ atMs: this.#now(), kind: 'connection', state });
		});
		transport.on('icegatheringstatechange', (state) =>
			record.history.push({ atMs: this.#now(), kind: 'iceGathering', state })
		);
		this.#pollWhileConnecting(transport, record);
	}

	candidateError(name: TransportName, event: { url?: string; errorCode: number; errorText: string }): void {
		this.#transports.get(name)?.record.candidateErrors.push({ atMs: this.#now(), ...event });
	}

	firstMedia(): void {
		this.#firstMediaAt ??= this.#now();
	}

	#pollWhileConnecting(transport: msc.Transport, record: TransportDiagnostics): void {
		const until = performance.now() + POLL_LIMIT_MS;
		const poll = async () => {
			if (transport.closed || performance.now() > until) {
				return;
			}

			await this.#readStats(transport, record).catch(() => undefined);

			if (!['connected', 'failed', 'closed'].includes(transport.connectionState)) {
				setTimeout(() => void poll(), POLL_MS);
			}
		};

		void poll();
	}

	/** Reads getStats() into the record; notes ICE/DTLS state changes. */
	async #readStats(transport: msc.Transport, record: TransportDiagnostics): Promise<void> {
		const report = await transport.getStats();
		const byId = new Map<string, Stats>();

		report.forEach((entry: Stats) => byId.set(entry.id, entry));

		let lost = 0;

		for (const entry of byId.values()) {
			if (entry.type === 'transport') {
				this.#note(record, 'ice', entry.iceState);
				this.#note(record, 'dtls', entry.dtlsState);
				record.bytesSent = Number(entry.bytesSent ?? 0);
				record.bytesReceived = Number(entry.bytesReceived ?? 0);

				const pair = byId.get(String(entry.selectedCandidatePairId));

				if (pair) {
					record.selectedPair = {
						local: candidate(byId.get(String(pair.localCandidateId))),
						remote: candidate(byId.get(String(pair.remoteCandidateId))),
						rttMs:
							pair.currentRoundTripTime === undefined
								? undefined
								: Number(pair.currentRoundTripTime) * 1000,
					};
				}
			} else if (entry.type === 'inbound-rtp') {
				lost += Number(entry.packetsLost ?? 0);
			}
		}

		record.packetsLost = lost;
	}

	#note(record: TransportDiagnostics, kind: 'ice' | 'dtls', state: unknown): void {
		if (typeof state !== 'string') {
			return;
		}

		if (kind === 'ice') {
			record.iceState = state;
		} else {
			record.dtlsState = state;
		}

		const last = [...record.history].reverse().find((h) => h.kind === kind);

		if (last?.state !== state) {
			record.history.push({ atMs: this.#now(), kind, state });
		}
	}

	async diagnose(): Promise<Diagnosis> {
		const transports: TransportDiagnostics[] = [];

		for (const entry of this.#transports.values()) {
			const { transport, record } = entry;

			if (!transport.closed) {
				await this.#readStats(transport, record).catch(() => undefined);
			}

			const now = performance.now();

			if (entry.lastBytes) {
				const seconds = (now - entry.lastBytes.at) / 1000;

				record.sendBitrate = Math.max(0, ((record.bytesSent - entry.lastBytes.sent) * 8) / seconds);
				record.recvBitrate = Math.max(
					0,
					((record.bytesReceived - entry.lastBytes.received) * 8) / seconds
				);
			}

			entry.lastBytes = { at: now, sent: record.bytesSent, received: record.bytesReceived };
			transports.push({
				...record,
				history: [...record.history],
				candidateErrors: [...record.candidateErrors],
			});
		}

		return { transports, timeToFirstMediaMs: this.#firstMediaAt, iceServers: [] };
	}
}

function candidate(stats: Stats | undefined): CandidateInfo {
	return {
		type: String(stats?.candidateType ?? 'unknown'),
		protocol: String(stats?.protocol ?? 'unknown'),
		address: stats?.address === undefined ? undefined : String(stats.address),
		port: stats?.port === undefined ? undefined : Number(stats.port),
		relayProtocol: stats?.relayProtocol === undefined ? undefined : String(stats.relayProtocol),
	};
}
