/** HTTP details of the identity provider's endpoints: OAuth error answers and urlencoded form posts. */
import { problem } from './idp-authorization-request.js';
import { jsonResponse } from './responses.js';
import type { MockRequest, MockResponse } from './types.js';

export type OAuthError = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type';

export function oauthError(status: 400 | 401, error: OAuthError, description: string): MockResponse {
  return jsonResponse(
    status,
    { error, error_description: description },
    { 'cache-control': 'no-store', pragma: 'no-cache' },
  );
}

export function isForm(request: MockRequest): boolean {
  return (request.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith('application/x-www-form-urlencoded');
}

export const NOT_A_FORM = problem(
  'Biểu mẫu phải được gửi dạng application/x-www-form-urlencoded.',
  'The form must be sent as application/x-www-form-urlencoded.',
).problem;

/** The fields of a page's form post, or `undefined` when the body is not a urlencoded form. */
export function pageForm(request: MockRequest): URLSearchParams | undefined {
  return isForm(request) ? new URLSearchParams(new TextDecoder().decode(request.body)) : undefined;
}
