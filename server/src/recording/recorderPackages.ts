/**
 * The Debian packages behind recording: FFmpeg (the default recorder) and
 * GStreamer with the plugins its pipelines use (udpsrc, rtpjitterbuffer and
 * the depayloaders, opusparse/h264parse, webmmux/matroskamux, vp8enc).
 */
export const RECORDER_PACKAGES = [
	'ffmpeg',
	'gstreamer1.0-tools',
	'gstreamer1.0-plugins-base',
	'gstreamer1.0-plugins-good',
	'gstreamer1.0-plugins-bad',
] as const;
