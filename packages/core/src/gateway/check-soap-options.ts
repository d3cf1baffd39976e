import { InputError } from '../errors/onceonly-error.js';

const PROVIDER = /^[^/\s]+\/[^/\s]+\/[^/\s]+$/;
// An absolute path of URL-safe characters: it is appended to the base URL as it is.
const PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;

function fail(option: string, message: string): never {
  throw new InputError({ code: 'INVALID_OPTION', message: `${message}.`, fields: [option] });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The `soap` option of `createGateway`: `{ providers: { 'CLASS/MEMBER/SUBSYSTEM': { acceptEmptyHeader?,
 * path? } } }`. Throws `InputError` `INVALID_OPTION` naming the option.
 */
export function checkSoapOptions(value: unknown): void {
  if (value === undefined) return;
  if (!isObject(value)) fail('soap', 'soap must be an object { providers }');
  const providers = value.providers;
  if (providers === undefined) return;
  if (!isObject(providers))
    fail('soap.providers', 'soap.providers must map "CLASS/MEMBER/SUBSYSTEM" to settings');
  for (const [id, settings] of Object.entries(providers)) {
    const where = `soap.providers.${id}`;
    if (!PROVIDER.test(id)) fail('soap.providers', `soap.providers keys must be "CLASS/MEMBER/SUBSYSTEM"`);
    if (!isObject(settings)) fail(where, `${where} must be an object { acceptEmptyHeader?, path? }`);
    if (settings.acceptEmptyHeader !== undefined && typeof settings.acceptEmptyHeader !== 'boolean')
      fail(`${where}.acceptEmptyHeader`, `${where}.acceptEmptyHeader must be a boolean`);
    if (settings.path !== undefined && (typeof settings.path !== 'string' || !PATH.test(settings.path)))
      fail(`${where}.path`, `${where}.path must be an absolute path on the security server, e.g. "/"`);
  }
}
