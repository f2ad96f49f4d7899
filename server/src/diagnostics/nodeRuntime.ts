/**
 * The Node.js version Skylark needs. mediasoup 3.27 and mediasoup-client 3.24
 * require Node ≥ 22; the project brings Node 24 LTS itself (the
 * node-linux-<arch> optional dependency, node_modules/.bin/node), because
 * hosts often have an older system Node that npm scripts would otherwise use.
 */
export const MIN_NODE_MAJOR = 22;
export const BUNDLED_NODE_MAJOR = 24;

/** How to get onto a supported Node, for the doctor and the startup error. */
export const NODE_FIX =
	'run `npm ci` (without --omit=optional) so that node_modules/.bin/node (Node 24 LTS) is installed ' +
	'and start Skylark through npm (`npm start`) or with node_modules/.bin/node; ' +
	'on a platform other than linux-x64/arm64, install Node.js 24 LTS';

/** Why this Node version cannot run Skylark, or undefined when it can. */
export function nodeVersionProblem(version: string): string | undefined {
	const major = Number.parseInt(version.replace(/^v/, ''), 10);

	return major >= MIN_NODE_MAJOR
		? undefined
		: `Node.js ${version} is too old: Skylark needs ${MIN_NODE_MAJOR} or newer (${BUNDLED_NODE_MAJOR} LTS recommended)`;
}
