import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isValidPersonalId, isValidTaxCode, isValidInsuranceCode, isValidOldId } from '@onceonly/vn';
import type { JsonSchema } from './define-service.js';

// ajv-formats is CommonJS with a default export; normalise across ESM/CJS builds.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

/**
 * One problem found by a schema: where (a JSON pointer over declared names only; an undeclared key
 * shows as its parent plus ` (unknown property)`) and which rule; never the offending value.
 */
export interface SchemaProblem {
  path: string;
  rule: string;
}

export type SchemaCheck = { ok: true } | { ok: false; problems: SchemaProblem[] };

/** A compiled schema: `check(value)` never throws. */
export interface CompiledSchema {
  check(value: unknown): SchemaCheck;
}

/**
 * One ajv instance for the whole SDK, with formats for Vietnamese identifiers so that schemas can say
 * `{ type: 'string', format: 'vn-personal-id' }`. Schemas are compiled once and kept.
 */
const ajv = new Ajv2020({ allErrors: true, strict: false, messages: false, validateFormats: true });
addFormats(ajv);
ajv.addFormat('vn-personal-id', { type: 'string', validate: (value: string) => isValidPersonalId(value) });
ajv.addFormat('vn-old-id', { type: 'string', validate: (value: string) => isValidOldId(value) });
ajv.addFormat('vn-tax-code', { type: 'string', validate: (value: string) => isValidTaxCode(value) });
ajv.addFormat('vn-insurance-code', {
  type: 'string',
  validate: (value: string) => isValidInsuranceCode(value),
});

const compiled = new WeakMap<JsonSchema, CompiledSchema>();

/** Every property name a schema declares, anywhere in it: the only names a pointer may show. */
function declaredNames(schema: unknown, names = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return names;
  seen.add(schema);
  if (Array.isArray(schema)) {
    for (const item of schema) declaredNames(item, names, seen);
    return names;
  }
  const node = schema as Record<string, unknown>;
  if (typeof node.properties === 'object' && node.properties !== null) {
    for (const name of Object.keys(node.properties)) names.add(name);
  }
  if (Array.isArray(node.required)) for (const name of node.required) names.add(String(name));
  for (const [key, value] of Object.entries(node)) {
    // `const`, `enum`, `default` and `examples` hold data, not schemas.
    if (key !== 'const' && key !== 'enum' && key !== 'default' && key !== 'examples') {
      declaredNames(value, names, seen);
    }
  }
  return names;
}

const UNKNOWN_PROPERTY = ' (unknown property)';
const decode = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const encode = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * A JSON pointer that shows only declared names and array indexes. A key the schema does not declare
 * is text from the caller or the upstream (it could be a personal id or a name): the pointer stops at
 * its parent and says `(unknown property)`.
 */
function child(node: unknown, key: string): unknown {
  if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
  try {
    return (node as Record<string, unknown>)[key];
  } catch {
    return undefined; // a throwing getter: the pipeline reports it; here it only ends the walk
  }
}

function safePointer(segments: readonly string[], names: Set<string>, root: unknown): string {
  const kept: string[] = [];
  let node: unknown = root;
  for (const segment of segments) {
    // A number is an index only inside an array: as an object key, `001203012345` is just a key.
    const index = Array.isArray(node) && /^\d{1,8}$/.test(segment);
    if (!(index || (!Array.isArray(node) && names.has(segment)))) {
      return `${kept.length ? `/${kept.map(encode).join('/')}` : '/'}${UNKNOWN_PROPERTY}`;
    }
    kept.push(segment);
    node = child(node, segment);
  }
  return kept.length ? `/${kept.map(encode).join('/')}` : '/';
}

function toProblem(error: ErrorObject, names: Set<string>, root: unknown): SchemaProblem {
  const segments = error.instancePath ? error.instancePath.split('/').slice(1).map(decode) : [];
  const params = error.params as {
    missingProperty?: unknown;
    additionalProperty?: unknown;
    format?: unknown;
  };
  if (error.keyword === 'required') segments.push(String(params.missingProperty));
  // An extra key is unknown by definition, even when another object of the schema declares its name.
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const parent = safePointer(segments, names, root);
    return {
      path: parent.endsWith(UNKNOWN_PROPERTY) ? parent : `${parent}${UNKNOWN_PROPERTY}`,
      rule: error.keyword,
    };
  }
  const rule = error.keyword === 'format' ? `format:${String(params.format)}` : error.keyword;
  return { path: safePointer(segments, names, root), rule };
}

/** Compiles a JSON Schema once (cached per schema object) with the SDK's formats. */
export function compileSchema(schema: JsonSchema): CompiledSchema {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const validate: ValidateFunction = ajv.compile(schema);
  const names = declaredNames(schema);
  const result: CompiledSchema = {
    check(value) {
      if (validate(value)) return { ok: true };
      return { ok: false, problems: (validate.errors ?? []).map((e) => toProblem(e, names, value)) };
    },
  };
  compiled.set(schema, result);
  return result;
}
