/**
 * The signaling protocol the server and the SDK speak: the package of
 * protos/skylark/v1/*.proto (a test checks they agree). The SDK sends it in
 * the socket.io handshake (`auth.protocol`) and a server that speaks another
 * refuses the connection with PROTOCOL_MISMATCH, naming both.
 */
export const PROTOCOL_VERSION = 'skylark.v1';
