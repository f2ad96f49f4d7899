/** Pieces every part of the admin API's OpenAPI description uses. */
export const error = { $ref: '#/components/responses/Error' };
export const unauthorized = { description: 'Missing or wrong admin API key' };
export const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
export const json = (schema: object) => ({ content: { 'application/json': { schema } } });
