import type { Request, Response } from 'express';
import type { z } from 'zod';

/**
 * Parses a request body with `schema`; on failure answers 400 with every
 * problem, each naming its field, and returns undefined.
 */
export function parseBody<T extends z.ZodType>(
	schema: T,
	req: Request,
	res: Response
): z.output<T> | undefined {
	const parsed = schema.safeParse(req.body ?? {});

	if (!parsed.success) {
		res.status(400).json({
			error: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
		});

		return undefined;
	}

	return parsed.data;
}
