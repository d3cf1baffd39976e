import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isValidPersonalId, isValidTaxCode, isValidInsuranceCode, isValidOldId } from '@onceonly/vn';
import type { JsonSchema } from './define-service.js';

// ajv-formats is CommonJS with a default export; normalise across ESM/CJS builds.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

/** One problem found by a schema: where (a JSON pointer) and which rule; never the offending value. */
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

function toProblem(error: ErrorObject): SchemaProblem {
  const missing =
    error.keyword === 'required'
      ? `/${String((error.params as { missingProperty?: string }).missingProperty)}`
      : '';
  const extra =
    error.keyword === 'additionalProperties'
      ? `/${String((error.params as { additionalProperty?: string }).additionalProperty)}`
      : '';
  const rule =
    error.keyword === 'format'
      ? `format:${String((error.params as { format?: string }).format)}`
      : error.keyword;
  return { path: `${error.instancePath}${missing}${extra}` || '/', rule };
}

/** Compiles a JSON Schema once (cached per schema object) with the SDK's formats. */
export function compileSchema(schema: JsonSchema): CompiledSchema {
  const cached = compiled.get(schema);
  if (cached) return cached;
  const validate: ValidateFunction = ajv.compile(schema);
  const result: CompiledSchema = {
    check(value) {
      if (validate(value)) return { ok: true };
      return { ok: false, problems: (validate.errors ?? []).map(toProblem) };
    },
  };
  compiled.set(schema, result);
  return result;
}
