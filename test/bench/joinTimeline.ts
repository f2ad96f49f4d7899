/**
 * What bench:join reads inside the joining page: an init script records
 * every RTCPeerConnection's ICE and connection state changes, and, once the
 * demo page marks its join, polls the receiving connection's statistics
 * every few milliseconds for the first audio and video packets. All times are
 * performance.now() in the page, so the demo page's marks line up with them.
 */

/** Milliseconds since navigation began, per step; absent when it never happened. */
export interface JoinTimeline {
	joinStart: number;
	/** The SDK's device load done (its capability probe closed). */
	deviceLoaded?: number;
	joinSent?: number;
	joinAnswered?: number;
	/** The receive connection made (the join's response is in). */
	recvPc?: number;
	iceChecking?: number;
	iceConnected?: number;
	dtlsConnected?: number;
	firstVideoPacket?: number;
	firstAudioPacket?: number;
	/** The first audio played out to the track (RTCRtpReceiver's synchronization sources). */
	firstAudioPlayed?: number;
	firstFrame?: number;
}

/**
 * Runs in the page before any of its scripts (page.addInitScript). Plain
 * JavaScript in a string: a compiled function would carry the bundler's
 * helpers, which the page does not have.
 */
export const INSTRUMENT_PEER_CONNECTIONS = `(() => {
	const watched = [];
	const Native = window.RTCPeerConnection;

	window.RTCPeerConnection = class extends Native {
		constructor(config) {
			super(config);

			const entry = { pc: this, created: performance.now(), receives: false, times: {} };
			const once = (name) => (entry.times[name] ??= performance.now());

			watched.push(entry);
			// The SDK's device load makes a connection only to read the browser's capabilities, then closes it.
			const close = this.close.bind(this);
			this.close = () => {
				entry.times.closed ??= performance.now();
				close();
			};
			this.addEventListener('track', () => (entry.receives = true));
			this.addEventListener('iceconnectionstatechange', () => {
				if (this.iceConnectionState === 'checking') once('iceChecking');
				if (this.iceConnectionState === 'connected') once('iceConnected');
			});
			this.addEventListener('connectionstatechange', () => {
				if (this.connectionState === 'connected') once('dtlsConnected');
			});
		}
	};

	const timeline = {};
	const first = (name, happened) => {
		if (happened) timeline[name] ??= performance.now();
	};
	const joined = () => performance.getEntriesByName('skylark:join-start').length > 0;

	// The join request is the first frame sent after the mark, its response the first that comes back.
	const NativeSocket = window.WebSocket;

	window.WebSocket = class extends NativeSocket {
		constructor(...args) {
			super(...args);
			this.addEventListener('message', () => first('joinAnswered', timeline.joinSent !== undefined));
		}

		send(data) {
			first('joinSent', joined());
			super.send(data);
		}
	};
	const poll = async () => {
		const recv = watched.find((w) => w.receives);

		if (joined() && recv) {
			(await recv.pc.getStats()).forEach((s) => {
				if (s.type !== 'inbound-rtp') return;
				if (s.kind === 'video') {
					first('firstVideoPacket', s.packetsReceived > 0);
				} else {
					first('firstAudioPacket', s.packetsReceived > 0);
				}
			});
		}

		// A synchronization source appears when its first audio reaches the track, stamped with that
		// moment; unlike getStats, which answers from a cache of up to ~50 ms.
		if (recv && timeline.firstAudioPlayed === undefined) {
			for (const receiver of recv.pc.getReceivers()) {
				const source = receiver.track.kind === 'audio' ? receiver.getSynchronizationSources()[0] : undefined;

				if (source) timeline.firstAudioPlayed = source.timestamp - performance.timeOrigin;
			}
		}

		if (
			timeline.firstVideoPacket === undefined ||
			timeline.firstAudioPlayed === undefined
		) {
			setTimeout(poll, 3);
		}
	};

	poll();

	window.joinTimeline = () => {
		const recv = watched.find((w) => w.receives);
		const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;

		const probe = watched.find((w) => !w.receives && w.times.closed !== undefined);

		return {
			joinStart: mark('skylark:join-start') ?? NaN,
			deviceLoaded: probe?.times.closed,
			recvPc: recv?.created,
			...recv?.times,
			...timeline,
			firstFrame: mark('skylark:first-remote-frame'),
		};
	};
})();`;
