/**
 * Run by `npm start` before the server: installs the recorders' Debian
 * packages when missing (as root), or says which apt-get line would. The
 * server starts either way; recordings fail with a clear reason until the
 * packages are there.
 */
import { RECORDER_PACKAGES } from '../recording/recorderPackages.js';
import { ensureDebianPackages } from '../../worker-build/debianPackages.js';

ensureDebianPackages(RECORDER_PACKAGES, 'recording (FFmpeg, GStreamer)').catch((error: Error) => {
	process.stderr.write(`[skylark] recording will not work: ${error.message}\n`);
});
