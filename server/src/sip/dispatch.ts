/** A number that leads to a room, with the PIN callers must key in (DTMF) first, if any. */
export interface DispatchRule {
	number: string;
	room: string;
	pin?: string;
}

/** Where a call goes, or the status it is refused with. */
export type CallTarget = { roomId: string; pin?: string } | { refuse: 403 | 404; why: string };

/**
 * Maps the user part of an INVITE's request URI to a room: a dispatch
 * rule's number first, else a room named directly. A room that a rule
 * guards with a PIN cannot be called by its name (that would skip the PIN).
 */
export function callTarget(
	user: string,
	rules: readonly DispatchRule[],
	validRoom: (id: string) => boolean
): CallTarget {
	const rule = rules.find((r) => r.number === user);

	if (rule) {
		return { roomId: rule.room, pin: rule.pin };
	}

	if (rules.some((r) => r.room === user && r.pin !== undefined)) {
		return { refuse: 403, why: 'this room takes calls on its number, with a PIN' };
	}

	return validRoom(user) ? { roomId: user } : { refuse: 404, why: 'no room in the request URI' };
}

export interface PinEntryOptions {
	timeoutMs: number;
	/** Ends the wait (the caller cancelled). */
	signal: AbortSignal;
}

/**
 * Waits for the caller to key in `pin` (RFC 4733 digits, optionally ended
 * with #). Resolves false on a wrong PIN (a # after other digits, or more
 * digits than a PIN has), on timeout, or when aborted.
 */
export function pinEntered(
	onDigit: (listener: (digit: string) => void) => void,
	pin: string,
	options: PinEntryOptions
): Promise<boolean> {
	return new Promise((resolve) => {
		let keyed = '';
		const done = (ok: boolean) => {
			clearTimeout(timer);
			options.signal.removeEventListener('abort', abort);
			onDigit(() => undefined);
			resolve(ok);
		};
		const abort = () => done(false);
		const timer = setTimeout(() => done(false), options.timeoutMs);

		options.signal.addEventListener('abort', abort);
		onDigit((digit) => {
			if (digit === '#') {
				return done(keyed === pin);
			}

			keyed += digit;

			if (keyed === pin) {
				done(true);
			} else if (keyed.length >= pin.length) {
				done(false);
			}
		});
	});
}
