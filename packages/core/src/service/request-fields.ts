import type { JsonSchema } from './define-service.js';

/** One top-level field of a request schema, as far as placement in a URL is concerned. */
export interface RequestField {
  /** Required in every shape the request may take. */
  required: boolean;
  /** A string, number, integer or boolean: something that fits in one URL segment or parameter. */
  scalar: boolean;
  /** Its format says it identifies a person. */
  personalFormat: boolean;
}

/** Formats that identify a person whatever the service says: never in a URL. */
const PERSONAL_FORMATS = new Set(['vn-personal-id', 'vn-old-id', 'vn-insurance-code']);
const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean']);
/** `{name}` placeholders in a path template. */
export const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** What may stand between placeholders, unencoded: RFC 3986 `pchar` minus percent-escapes, and `/`. */
const LITERAL = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(schema: JsonSchema): boolean {
  if (typeof schema.type === 'string') return SCALAR_TYPES.has(schema.type);
  if (Array.isArray(schema.const) || isObject(schema.const)) return false;
  if ('const' in schema) return true;
  if (Array.isArray(schema.enum)) return schema.enum.every((v) => typeof v !== 'object' || v === null);
  const branches = schema.anyOf ?? schema.oneOf;
  return Array.isArray(branches) && branches.length > 0 && branches.every((b) => isObject(b) && isScalar(b));
}

/**
 * The top-level fields of a request schema: its `properties`, and those of each `anyOf` / `oneOf`
 * branch (a request that is `{ personalId } | { oldId }`). `undefined` when the schema lists none.
 */
export function requestFields(schema: JsonSchema): Map<string, RequestField> | undefined {
  const shapes: JsonSchema[] = [];
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches)) shapes.push(...branches.filter(isObject));
  if (isObject(schema.properties)) shapes.push(schema);
  if (shapes.length === 0) return undefined;
  const topRequired = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const fields = new Map<string, RequestField>();
  for (const shape of shapes) {
    const properties = isObject(shape.properties) ? shape.properties : {};
    for (const [name, field] of Object.entries(properties)) {
      const fieldSchema = isObject(field) ? field : {};
      const known = fields.get(name);
      fields.set(name, {
        required: known?.required ?? true,
        scalar: (known?.scalar ?? true) && isScalar(fieldSchema),
        personalFormat:
          (known?.personalFormat ?? false) || PERSONAL_FORMATS.has(String(fieldSchema.format ?? '')),
      });
    }
  }
  // Required only when every shape requires it (or the schema itself does).
  for (const [name, field] of fields) {
    const everywhere = shapes.every(
      (shape) => Array.isArray(shape.required) && (shape.required as string[]).includes(name),
    );
    field.required = topRequired.has(name) || everywhere;
  }
  return fields;
}

/** The placeholder names of a path template, in order. */
export function placeholders(path: string): string[] {
  return [...path.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

interface Placement {
  method: 'GET' | 'POST';
  request: JsonSchema;
  path: string | undefined;
  query: readonly string[];
  personal: readonly string[];
}

/**
 * Checks where each request field goes: a path or query field must be a declared, non-personal scalar
 * (URLs end up in proxy logs), a path field must be required, and a GET must place every field (it has
 * no body, so an unplaced field would be dropped silently). Returns the problems, and the personal
 * fields (declared ones plus those whose format identifies a person).
 */
export function checkPlacement(placement: Placement): { problems: string[]; personal: string[] } {
  const problems: string[] = [];
  const fields = requestFields(placement.request);
  const personal = new Set(placement.personal);
  for (const [name, field] of fields ?? []) if (field.personalFormat) personal.add(name);
  for (const name of placement.personal) {
    if (fields && !fields.has(name))
      problems.push(`personal names "${name}", which the request does not have`);
  }
  const inPath = placement.path === undefined ? [] : placeholders(placement.path);
  if (placement.path !== undefined) {
    if (!placement.path.startsWith('/')) problems.push('path must start with "/"');
    if (!LITERAL.test(placement.path.replace(PLACEHOLDER, '')))
      problems.push('path may hold only URL-safe characters besides its {placeholders}');
    if (new Set(inPath).size !== inPath.length) problems.push('path names a field twice');
  }
  const placed = [
    ...inPath.map((name) => ({ name, where: 'path' })),
    ...placement.query.map((name) => ({ name, where: 'query' })),
  ];
  if (placed.length > 0 && fields === undefined)
    problems.push('the request schema must list its properties to place fields in the path or query');
  const seen = new Set<string>();
  for (const { name, where } of placed) {
    if (seen.has(name)) problems.push(`"${name}" is placed twice`);
    seen.add(name);
    const field = fields?.get(name);
    if (fields && !field) problems.push(`${where} names "${name}", which the request does not have`);
    if (personal.has(name))
      problems.push(`"${name}" carries personal data and cannot go in the ${where}: send it in a POST body`);
    if (field && !field.scalar)
      problems.push(`"${name}" is not a string, number or boolean and cannot go in the ${where}`);
    if (field && where === 'path' && !field.required)
      problems.push(`"${name}" is in the path, so it must be required`);
  }
  if (placement.method === 'GET') {
    if (fields === undefined && placement.request.additionalProperties !== false)
      problems.push(
        'a GET service must list its request properties, or forbid any (additionalProperties: false): it has no body',
      );
    for (const name of fields?.keys() ?? []) {
      if (!seen.has(name))
        problems.push(`a GET has no body: place "${name}" in the path or query, or use POST`);
    }
  }
  return { problems, personal: [...personal] };
}
