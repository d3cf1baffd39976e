import { OnceOnlyError, ResponseError } from '../errors/onceonly-error.js';
import { responseToError } from '../errors/map-response.js';
import type { CallDeps } from '../gateway/call.js';
import type { MetaOptions, XRoadMember, XRoadServiceRef } from '../gateway/types.js';
import { withRetry } from '../pipeline/retry.js';
import { createDeadline } from '../transport/deadline.js';
import { send } from '../transport/send.js';
import { parseProviderId, servicePath } from '../transport/xroad-id.js';

type Json = Record<string, unknown>;

function malformed(what: string): ResponseError {
  return new ResponseError({
    code: 'RESPONSE_MALFORMED',
    message: `The ${what} metaservice answer is malformed.`,
  });
}

/** A GET to a metaservice: X-Road-Client, credentials, retry; metaservices carry no personal data, so no audit. */
async function getJson(deps: CallDeps, path: string, what: string, options: MetaOptions = {}): Promise<Json> {
  const deadline = createDeadline(options.timeoutMs ?? deps.timeouts.callMs, options.signal);
  try {
    return await withRetry(
      async () => {
        const auth = await deps.auth.headers({ dispatcher: deps.dispatcher, signal: deadline.signal });
        const response = await send(
          {
            origin: deps.origin,
            path: deps.basePath + path,
            method: 'GET',
            headers: {
              accept: 'application/json',
              'x-road-client': deps.clientId,
              'x-road-id': deps.newId(),
              ...auth,
            },
          },
          {
            dispatcher: deps.dispatcher,
            signal: deadline.signal,
            headersTimeoutMs: deps.timeouts.headersMs,
            bodyTimeoutMs: deps.timeouts.bodyMs,
            maxBytes: deps.maxResponseBytes,
          },
        );
        if (response.status < 200 || response.status >= 300) throw responseToError(response, deps.now());
        try {
          const body: unknown = JSON.parse(Buffer.from(response.body).toString('utf8'));
          if (typeof body !== 'object' || body === null || Array.isArray(body)) throw malformed(what);
          return body as Json;
        } catch (error) {
          throw OnceOnlyError.isInstance(error) ? error : malformed(what);
        }
      },
      deps.retry,
      { idempotent: true, signal: deadline.signal },
    );
  } catch (error) {
    throw deadline.error() ?? error;
  } finally {
    deadline.dispose();
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

export async function listClients(deps: CallDeps, options?: MetaOptions): Promise<XRoadMember[]> {
  const body = await getJson(deps, '/listClients', 'listClients', options);
  if (!Array.isArray(body.member)) throw malformed('listClients');
  return body.member.map((entry: Json) => {
    const id = (entry?.id ?? {}) as Json;
    const instance = text(id.xroad_instance);
    const memberClass = text(id.member_class);
    const memberCode = text(id.member_code);
    if (!instance || !memberClass || !memberCode) throw malformed('listClients');
    const subsystemCode = text(id.subsystem_code);
    const member: XRoadMember = {
      id: [instance, memberClass, memberCode, subsystemCode].filter(Boolean).join('/'),
      instance,
      memberClass,
      memberCode,
    };
    if (subsystemCode) member.subsystemCode = subsystemCode;
    const name = text(entry.name);
    if (name) member.name = name;
    return member;
  });
}

async function services(
  deps: CallDeps,
  provider: string,
  method: 'listMethods' | 'allowedMethods',
  options?: MetaOptions,
): Promise<XRoadServiceRef[]> {
  const id = parseProviderId(provider, deps.client.instance);
  const body = await getJson(deps, `${servicePath(id)}/${method}`, method, options);
  if (!Array.isArray(body.service)) throw malformed(method);
  return body.service.map((entry: Json) => {
    const parts = [
      entry?.xroad_instance,
      entry?.member_class,
      entry?.member_code,
      entry?.subsystem_code,
      entry?.service_code,
    ].map(text);
    if (parts.some((p) => p === undefined)) throw malformed(method);
    return { id: parts.join('/'), serviceCode: parts[4]! };
  });
}

export const listMethods = (deps: CallDeps, provider: string, options?: MetaOptions) =>
  services(deps, provider, 'listMethods', options);
export const allowedMethods = (deps: CallDeps, provider: string, options?: MetaOptions) =>
  services(deps, provider, 'allowedMethods', options);

export async function getOpenAPI(
  deps: CallDeps,
  provider: string,
  serviceCode: string,
  options?: MetaOptions,
): Promise<Json> {
  const id = parseProviderId(provider, deps.client.instance);
  const body = await getJson(
    deps,
    `${servicePath(id)}/getOpenAPI?serviceCode=${encodeURIComponent(serviceCode)}`,
    'getOpenAPI',
    options,
  );
  if (typeof body.openapi !== 'string') throw malformed('getOpenAPI');
  return body;
}
