/**
 * The citizen's browser at the mock identity provider, for sign-in tests: opens the authorization URL,
 * picks the persona (by its masked id: names can repeat), answers the consent page, and returns where
 * the identity provider redirects back to (the portal's callback URL, with code or error, and state).
 */
import type { Persona } from '@onceonly/mock';
import { request } from 'undici';

const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1];

export async function browse(
  authorizationUrl: string,
  persona: Persona,
  decision: 'agree' | 'refuse' = 'agree',
): Promise<{ callbackUrl: string; consentPage: string }> {
  const url = new URL(authorizationUrl);
  url.searchParams.set('q', persona.fullName);
  const picker = await (await request(url)).body.text();
  const id = persona.personalId;
  const masked = `${id.slice(0, 3)}\\*{6}${id.slice(-3)}`;
  const button = new RegExp(`value="([^"]+)"><strong class="name">[^<]*</strong><span class="id">${masked}<`);
  const handle = button.exec(picker)?.[1];
  const pending = field(picker, 'request');
  if (!handle || !pending) throw new Error(`the picker did not offer the persona: ${picker.slice(0, 400)}`);
  const post = (path: string, fields: Record<string, string>) =>
    request(new URL(path, url.origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const consentPage = await (await post('/idp/consent', { request: pending, persona: handle })).body.text();
  const answer = await post('/idp/decision', { ticket: field(consentPage, 'ticket') ?? '', decision });
  await answer.body.dump();
  if (answer.statusCode !== 302) throw new Error(`the decision answered ${answer.statusCode}`);
  return { callbackUrl: String(answer.headers.location), consentPage };
}
