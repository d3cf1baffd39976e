/**
 * Reads a REST service's path template back from the URL the security server forwarded: the mock's
 * provider checks a `GET …/enterprises/{taxCode}` exactly as it checks a body.
 * @module
 */

/**
 * The values of `template`'s `{name}` segments in `path` (percent-decoded), or `undefined` when the
 * path does not have the template's shape.
 *
 * @example
 * ```ts
 * bindPath('/enterprises/{taxCode}', '/enterprises/0100109106'); // { taxCode: '0100109106' }
 * bindPath('/enterprises/{taxCode}', '/enterprises');            // undefined
 * ```
 */
export function bindPath(template: string, path: string): Record<string, string> | undefined {
  const names = template.split('/');
  const values = path.split('/');
  if (names.length !== values.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    const value = values[i]!;
    const param = /^\{([^}]+)\}$/.exec(name);
    if (!param) {
      if (name !== value) return undefined;
      continue;
    }
    try {
      params[param[1]!] = decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return params;
}
