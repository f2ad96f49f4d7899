/** Pieces every part of the admin API's OpenAPI description uses. */
export const error = { $ref: '#/components/responses/Error' };
export const unauthorized = { description: 'Missing or wrong admin API key' };
export const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
export const json = (schema: object) => ({ content: { 'application/json': { schema } } });

/** The answers of a POST that starts something (a recording, an egress): 201 with it, or why not. */
export const startedResponses = (description: string, schema: object) => ({
	201: { description, ...json(schema) },
	400: error,
	401: unauthorized,
	404: error,
	409: error,
	500: error,
});
