import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { endpointUrl } from './endpoint-url.js';

describe('endpointUrl', () => {
  it('defaults to baseUrl + path, keeping a base path', () => {
    expect(endpointUrl(undefined, 'https://lgsp.example/xroad/', '/oauth2/token', 'o').href).toBe(
      'https://lgsp.example/xroad/oauth2/token',
    );
  });

  it('takes absolute URLs as they are and appends /paths to baseUrl', () => {
    expect(endpointUrl('https://idp.example/jwks', 'https://ss.example', '', 'o').href).toBe(
      'https://idp.example/jwks',
    );
    expect(endpointUrl('/idp/jwks.json', 'https://ss.example/base', '', 'o').href).toBe(
      'https://ss.example/base/idp/jwks.json',
    );
  });

  it('refuses what is not an http(s) URL', () => {
    for (const bad of ['idp/jwks', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(() => endpointUrl(bad, 'https://ss.example', '', 'consent.jwksUrl')).toThrow(InputError);
    }
  });
});
