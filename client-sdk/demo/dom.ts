/** The one element `selector` names; the page is broken without it. */
export const $ = <T extends HTMLElement>(selector: string): T => {
	const element = document.querySelector<T>(selector);

	if (!element) {
		throw new Error(`demo page is missing ${selector}`);
	}

	return element;
};

export function setStatus(text: string): void {
	$('#status').textContent = text;
}

/** Drives a <meter> from a track's loudness (RMS over the analyser window, 10 times a second). */
export function meterFor(
	track: MediaStreamTrack,
	meter: HTMLMeterElement,
	audioContext: AudioContext
): () => void {
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
