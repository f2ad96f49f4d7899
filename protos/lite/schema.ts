/**
 * The compact description of Skylark's messages that the browser SDK's
 * codec reads (protos/gen/skylark.lite.ts is generated in this shape from
 * the .proto files by `npm run proto:gen`).
 */

/** How a field is present: implicit (proto3 scalar or message), explicit (`optional`), repeated, or a map. */
export const Rule = { Implicit: 0, Optional: 1, Repeated: 2, Map: 3 } as const;

export type Rule = (typeof Rule)[keyof typeof Rule];

/** The scalar types the lite codec handles; any other name is a message or an enum of the schema. */
export const SCALARS = ['string', 'bool', 'uint32', 'int32', 'double', 'float'] as const;

export type Scalar = (typeof SCALARS)[number];

/**
 * One field: number, JSON name, type (for a map: the value's type; keys are
 * strings), presence, and the oneof it belongs to, if any.
 */
export type FieldSpec = [id: number, name: string, type: string, rule: Rule, oneof?: string];

export interface LiteSchema {
	/** Each enum as [NAME, value, NAME, value, ...]. */
	enums: Record<string, (string | number)[]>;
	/** Each message's fields, by field number. */
	messages: Record<string, FieldSpec[]>;
}
