/**
 * Skylark's server SDK, for Node.js backends: mint access tokens for your
 * users (`AccessToken`), operate rooms, recordings, ingests and egress through the
 * admin API (`AdminClient`), and verify the webhooks Skylark sends
 * (`WebhookReceiver`).
 */
export { AccessToken, ttlSeconds, ROOM_ID_PATTERN } from './AccessToken.js';
export type { AccessTokenOptions, AsymmetricKey } from './AccessToken.js';
export { GRANT_NAMES, grantsFromNames, type GrantName, type Grants } from './grants.js';
export { AdminClient, AdminApiError, ADMIN_OPERATIONS } from './AdminClient.js';
export type { AdminClientOptions, AdminOperation } from './AdminClient.js';
export type * from './adminTypes.js';
export {
	WebhookReceiver,
	WebhookVerificationError,
	SIGNATURE_HEADER,
	EVENT_HEADER,
} from './WebhookReceiver.js';
export type { WebhookReceiverOptions } from './WebhookReceiver.js';
export { WEBHOOK_EVENT_NAMES } from './webhookEvents.js';
export type * from './webhookEvents.js';
