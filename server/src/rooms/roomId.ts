import { z } from 'zod';

/** What a room id may be, wherever one comes in: a join, a token, an ingest. */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_.-]{1,128}$/;

/** The same rule for HTTP bodies and parameters. */
export const roomIdSchema = z
	.string()
	.regex(ROOM_ID_PATTERN, 'room must be 1–128 characters of A–Z, a–z, 0–9, _ - .');
