import { z } from 'zod';

/**
 * What a room id may be, wherever one comes in: a join, a token, an ingest.
 * Room ids name directories (recordings), so none may start with a dot:
 * that rules out `.` and `..` and hidden names. Dots elsewhere are fine.
 */
export const ROOM_ID_PATTERN = /^(?!\.)[A-Za-z0-9_.-]{1,128}$/;

export const ROOM_ID_RULE = '1–128 characters of A–Z, a–z, 0–9, "_", "-" or ".", not starting with "."';

/** The same rule for HTTP bodies and parameters. */
export const roomIdSchema = z.string().regex(ROOM_ID_PATTERN, `room must be ${ROOM_ID_RULE}`);
