/** Small builders of OpenAPI 3.1 fragments, shared by the parts of the mock's document. */

export type Json = Record<string, unknown>;

export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
export const jsonContent = (schema: Json): Json => ({ 'application/json': { schema } });
export const header = (
  name: string,
  description: string,
  required = false,
  schema: Json = { type: 'string' },
): Json => ({
  name,
  in: 'header',
  required,
  description,
  schema,
});

export const XROAD_ERROR_RESPONSE = (description: string): Json => ({
  description,
  headers: { 'X-Road-Error': { description: 'The X-Road error type.', schema: { type: 'string' } } },
  content: jsonContent(ref('XRoadError')),
});
export const PROBLEM_RESPONSE = (description: string, headers: Json = {}): Json => ({
  description,
  headers,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
export const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } },
};
export const ANSWER_HEADERS: Json = {
  'X-Road-Id': {
    description: 'The X-Road id of the call (echoed or generated).',
    schema: { type: 'string', format: 'uuid' },
  },
  'X-Road-Client': { description: 'The calling client.', schema: { type: 'string' } },
  'X-Road-Service': { description: 'The service called.', schema: { type: 'string' } },
  'X-Road-Request-Id': {
    description: 'Unique id of this request.',
    schema: { type: 'string', format: 'uuid' },
  },
  'X-Road-Request-Hash': {
    description: 'base64 SHA-512(SHA-512(canonical request headers) + SHA-512(body)).',
    schema: { type: 'string' },
  },
};
