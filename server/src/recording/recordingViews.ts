import type { FileRecorder } from './FileRecorder.js';
import type { Recording } from './Recording.js';

const seconds = (ms: number) => Math.round(ms) / 1000;

function describeFile(file: FileRecorder) {
	return {
		path: file.path,
		state: file.state,
		error: file.error ?? null,
		peerId: file.tracks[0]?.producer.appData.peerId ?? null,
		tracks: file.tracks.map((t) => ({
			producerId: t.producer.id,
			kind: t.producer.kind,
			codec: t.producer.rtpParameters.codecs[0]!.mimeType,
		})),
		startedAt: file.startedAt ? new Date(file.startedAt).toISOString() : null,
		durationSeconds: seconds(file.durationSeconds * 1000),
		sizeBytes: file.sizeBytes,
		command: file.command ?? null,
		recorderPid: file.pid ?? null,
	};
}

/** A recording as the admin API and webhooks show it. */
export function describeRecording(recording: Recording) {
	const end = recording.stoppedAt ?? Date.now();

	return {
		id: recording.id,
		roomId: recording.room.id,
		target: recording.target,
		state: recording.state,
		error: recording.error ?? null,
		engine: recording.engine,
		path: recording.dir,
		createdAt: new Date(recording.createdAt).toISOString(),
		durationSeconds: seconds(end - recording.createdAt),
		sizeBytes: recording.files.reduce((sum, f) => sum + f.sizeBytes, 0),
		files: recording.files.map(describeFile),
		warnings: recording.room.mediaWarnings,
	};
}
