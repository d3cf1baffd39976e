import { InputError } from '../errors/onceonly-error.js';

/**
 * The URL of a side endpoint (token endpoint, JWKS): `configured` when given (absolute, or a path
 * starting with `/` that is appended to `baseUrl`, keeping a base path such as `/lgsp`), else
 * `baseUrl + defaultPath`. Throws `InputError` (`INVALID_CONFIG`) naming `option` when it is not http(s).
 */
export function endpointUrl(
  configured: string | undefined,
  baseUrl: string,
  defaultPath: string,
  option: string,
): URL {
  const base = baseUrl.replace(/\/+$/, '');
  const text =
    configured === undefined
      ? base + defaultPath
      : configured.startsWith('/')
        ? base + configured
        : configured;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(option);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid(option);
  return url;
}

function invalid(option: string): InputError {
  return new InputError({
    code: 'INVALID_CONFIG',
    message: `${option} is not a valid http(s) URL: give an absolute URL, or check baseUrl.`,
    fields: [option],
  });
}
