import { parse } from 'yaml';
import type { CallDeps } from '../gateway/call.js';
import type { GetOpenApiOptions, PublishedOpenApi } from '../gateway/types.js';
import { parseProviderId, servicePath } from '../transport/xroad-id.js';
import { getMetaservice, malformed } from './get-metaservice.js';

/**
 * Parses an OpenAPI document, YAML or JSON: YAML 1.2 reads JSON too, so one maintained parser serves
 * both, whatever the media type says (providers often publish YAML even when JSON was asked for).
 */
export function parseOpenApi(textValue: string): Record<string, unknown> {
  let document: unknown;
  try {
    // Aliases are bounded by the parser (maxAliasCount), so a hostile document cannot blow up memory.
    document = parse(textValue, { maxAliasCount: 100 });
  } catch {
    throw malformed('getOpenAPI', 'is neither YAML nor JSON');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw malformed('getOpenAPI', 'is not an OpenAPI document');
  const version =
    (document as Record<string, unknown>).openapi ?? (document as Record<string, unknown>).swagger;
  if (typeof version !== 'string' && typeof version !== 'number')
    throw malformed('getOpenAPI', 'is not an OpenAPI document (no openapi version)');
  return document as Record<string, unknown>;
}

/** `getOpenAPI?serviceCode=X`: the document as published (REST metadata B.3), parsed when asked. */
export async function getOpenAPI(
  deps: CallDeps,
  provider: string,
  serviceCode: string,
  options: GetOpenApiOptions = {},
): Promise<PublishedOpenApi> {
  const id = parseProviderId(provider, deps.client.instance);
  const { parse: wantParsed, ...meta } = options;
  const answer = await getMetaservice(
    deps,
    `${servicePath(id)}/getOpenAPI?serviceCode=${encodeURIComponent(serviceCode)}`,
    meta,
  );
  const published: PublishedOpenApi = { mediaType: answer.mediaType, text: answer.text };
  if (wantParsed) published.document = parseOpenApi(answer.text);
  return published;
}
