/**
 * The `Authorization` header of `client_secret_basic` (RFC 6749 §2.3.1): client id and secret are each
 * form-urlencoded first (so a `:` in the id stays unambiguous), then joined by `:` and base64-encoded.
 */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${formEncode(clientId)}:${formEncode(clientSecret)}`, 'utf8').toString('base64')}`;
}

/** application/x-www-form-urlencoded, as URLSearchParams serialises it (space → `+`). */
function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}
