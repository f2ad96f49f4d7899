/** Skylark's signaling schema (generated) and the ORTC mapping shared by server and SDK. */
export { skylark } from './gen/skylark.js';
export * from './mapping/ortc.js';
export * from './mapping/roles.js';
export type * from './mapping/ortcTypes.js';
export { PROTOCOL_VERSION } from './version.js';
