import type { SipMessage } from 'sip';
import type { CallParticipant } from './CallParticipant.js';
import type { SipDialog } from './sipDialog.js';

/** One call, either way: its dialog and, once set up, its participant in the room. */
export interface SipCall {
	dialog: SipDialog;
	/** The INVITE that started it (Skylark's own, for a call it placed). */
	invite: SipMessage;
	participant?: CallParticipant;
	/** Aborted when the caller CANCELs (or Skylark gives up) before the call is answered. */
	cancelled: AbortController;
	/** Skylark's SDP in this call (its answer, or its offer for a call it placed). */
	answer?: string;
	sdpVersion: number;
	/** Told when the call ends, whichever side ends it. */
	onEnded?: (reason: string) => void;
}
