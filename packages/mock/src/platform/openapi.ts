import type { Registry, ServiceEntry } from './registry.js';
import { components } from './openapi-components.js';
import { flowPaths } from './openapi-flow-paths.js';
import { idpComponents, idpPaths } from './openapi-idp-paths.js';
import type { Json } from './openapi-helpers.js';
import { platformPaths } from './openapi-platform-paths.js';
import { serviceOperation, servicePath } from './openapi-services.js';

export { servicePath };

/**
 * The contract as OpenAPI 3.1, generated from the service definitions: one path per service, the
 * metaservices, the token endpoint and the key sets. With `only`, the document of one service (for
 * the `getOpenAPI` metaservice).
 */
export function buildOpenApi(registry: Registry, baseUrl: string, only?: ServiceEntry): Json {
  const paths: Json = {};
  for (const entry of only ? [only] : registry.services) {
    paths[servicePath(entry)] = { [entry.binding.service.method.toLowerCase()]: serviceOperation(entry) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: only ? `${only.binding.service.id} (onceonly mock)` : 'onceonly mock platform',
      version: '1.0.0',
      description:
        'X-Road Message Protocol for REST (r1) with the onceonly extension headers, as docs/contract.md describes it.',
    },
    servers: [{ url: baseUrl }],
    paths: only ? paths : { ...paths, ...platformPaths(), ...flowPaths(), ...idpPaths() },
    components: withIdpSchemas(components()),
  };
}

function withIdpSchemas(base: Json): Json {
  const parts = base as { schemas?: Json };
  return { ...parts, schemas: { ...(parts.schemas as object), ...idpComponents() } };
}
