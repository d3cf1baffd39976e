/**
 * The `schema` fault over SOAP: a well-formed answer, under the declared answer element, whose content
 * breaks the service's response schema. Everything in XML is text, so the candidates are what XML can
 * carry: a required field left out, a leaf given a value its pattern refuses, or a leaf given children.
 * @module
 */
import { compileSchema, type JsonSchema } from '@onceonly/core';

/** The answer data broken so that it fails `schema`, or `undefined` when no candidate does. */
export function breakSoapAnswer(
  schema: JsonSchema,
  data: unknown,
  attributes: readonly string[] = [],
): Record<string, unknown> | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const validator = compileSchema(schema);
  const candidates: Array<Record<string, unknown>> = [];
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  for (const key of required.filter((k) => k in record)) {
    const { [key]: _dropped, ...rest } = record;
    candidates.push(rest);
  }
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string') continue;
    candidates.push({ ...record, [key]: 'not-a-valid-value' });
    // An attribute holds text only; an element can be given children where text was declared.
    if (!attributes.includes(key)) candidates.push({ ...record, [key]: { Unexpected: '1' } });
  }
  return candidates.find((candidate) => !validator.check(candidate).ok);
}
