/**
 * Installs the Debian packages the tests drive for real (run by `npm test`
 * before mocha): Chromium for browser tests, coturn for TURN tests, FFmpeg and
 * GStreamer for recording and ingest tests, systemd for checking the unit file,
 * Redis and nginx (a round-robin load balancer) for cluster tests, nginx's
 * RTMP module (an RTMP ingest) for egress tests, iproute2 and nftables
 * for the network-fault tests (namespaces, veth pairs, rate caps, filters),
 * and baresip (a SIP phone) for the SIP tests. As root it installs what is
 * missing; otherwise it names the exact apt-get line and fails.
 */
import { RECORDER_PACKAGES } from '../../server/src/recording/recorderPackages.js';
import { ensureDebianPackages } from '../../server/worker-build/debianPackages.js';

export const TEST_PACKAGES = [
	'chromium',
	'coturn',
	'systemd',
	'redis-server',
	'nginx',
	// nginx's RTMP module: the loopback ingest that egress tests push to.
	'libnginx-mod-rtmp',
	// The network-fault harness: namespaces, veth pairs and tc (iproute2), packet filters (nftables).
	'iproute2',
	'nftables',
	// A real SIP phone for the SIP tests (driven through its ctrl_tcp module).
	'baresip-core',
	...RECORDER_PACKAGES,
] as const;

ensureDebianPackages(TEST_PACKAGES, "Skylark's tests").catch((error: Error) => {
	process.stderr.write(`${error.message}\n`);
	process.exit(1);
});
