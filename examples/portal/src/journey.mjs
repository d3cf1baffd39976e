// One citizen's journey through the portal, over HTTP, as a browser without script would do it:
// pick a procedure, sign in at the identity provider (persona picker, consent page), read the
// prefilled form, submit it, read the KPIs. Used by `npm run demo` and its test.

const attr = (html, re) => re.exec(html)?.[1];
const decode = (s) =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The named controls of a form page and their values (inputs, hidden ones, text areas), without `_csrf`. */
export function formFields(html) {
  const inputs = html.matchAll(
    /<input (?:type="hidden" |id="[^"]*" )name="(?!_csrf")([^"]+)" value="([^"]*)"/g,
  );
  const areas = html.matchAll(/<textarea id="[^"]*" name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g);
  return [...inputs, ...areas].map((m) => [m[1], decode(m[2])]);
}

/**
 * @param {object} options
 * @param {string} options.portalUrl
 * @param {string} options.procedure a catalog code
 * @param {{ fullName: string, maskedId: string }} options.persona who signs in (by name, told apart by masked id)
 * @param {(line: string) => void} [options.log]
 * @returns {Promise<{ prefilled: number, fields: number, waived: number, documents: number, dossierCode: string }>}
 */
export async function runJourney({ portalUrl, procedure, persona, log = () => {} }) {
  let cookie = '';
  const go = async (url, init = {}) => {
    const sameOrigin = new URL(url).origin === new URL(portalUrl).origin;
    const headers = { ...(init.headers ?? {}), ...(sameOrigin && cookie ? { cookie } : {}) };
    const answer = await fetch(url, { ...init, headers, redirect: 'manual' });
    const set = answer.headers.get('set-cookie');
    if (sameOrigin && set) cookie = set.split(';')[0];
    return answer;
  };
  const post = (url, fields) =>
    go(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const expect = (answer, status, step) => {
    if (answer.status !== status) throw new Error(`${step}: HTTP ${answer.status}, expected ${status}`);
    return answer;
  };

  // 1. The procedure → the identity provider's persona picker.
  const start = expect(await go(`${portalUrl}/procedures/${procedure}/start`), 302, 'start sign-in');
  const authorize = new URL(start.headers.get('location'));
  log(`sign-in: redirected to the identity provider ${authorize.origin}`);
  authorize.searchParams.set('q', persona.fullName);
  const picker = await (await go(authorize.href)).text();
  const masked = persona.maskedId.replaceAll('*', '\\*');
  const handle = attr(
    picker,
    new RegExp(`value="([^"]+)"><strong class="name">[^<]*</strong><span class="id">${masked}<`),
  );
  const request = attr(picker, /name="request" value="([^"]+)"/);
  if (!handle || !request) throw new Error('the identity provider did not offer the persona');

  // 2. The consent page: which data, which agency, which purpose. The citizen agrees.
  const consentPage = await (
    await post(new URL('/idp/consent', authorize).href, { request, persona: handle })
  ).text();
  const categories = [...consentPage.matchAll(/<li[^>]*>([^<]+)</g)].length;
  log(`consent page: ${categories} data categories listed, purpose ${procedure}; the citizen agrees`);
  const ticket = attr(consentPage, /name="ticket" value="([^"]+)"/) ?? '';
  const decision = expect(
    await post(new URL('/idp/decision', authorize).href, { ticket, decision: 'agree' }),
    302,
    'consent decision',
  );

  // 3. Back at the portal: checks, prefill, the form.
  const callback = expect(await go(decision.headers.get('location')), 303, 'sign-in callback');
  const formPage = await (await go(new URL(callback.headers.get('location'), portalUrl).href)).text();
  const summary =
    /data-prefilled="(\d+)" data-fields="(\d+)" data-waived="(\d+)" data-documents="(\d+)"/.exec(formPage);
  if (!summary) throw new Error('the form page has no prefill summary');
  const [prefilled, fields, waived, documents] = summary.slice(1).map(Number);
  log(
    `prefill: ${prefilled}/${fields} fields filled from the national databases, ${waived}/${documents} documents waived`,
  );

  // 4. Submit: the locked values as they came, the citizen's own answers in the editable fields.
  const inputs = formFields(formPage);
  const csrf = attr(formPage, /name="_csrf" value="([^"]+)"/) ?? '';
  const body = [['_csrf', csrf], ...inputs.map(([name, value]) => [name, value || '1'])];
  const submitted = await go(`${portalUrl}/form`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
  });
  const done = await submitted.text();
  const dossierCode = attr(done, /data-dossier="([^"]+)"/);
  if (submitted.status !== 200 || !dossierCode) throw new Error(`submit refused (HTTP ${submitted.status})`);
  log(`submit: receipt checked, dossier ${dossierCode} created, its event reported to monitoring`);

  // 5. The KPIs.
  const kpis = await (await go(`${portalUrl}/kpis`)).text();
  const dossiers = attr(kpis, /data-dossiers="(\d+)"/);
  const share = attr(kpis, /data-waived="([0-9.]*)"/);
  log(`KPIs: ${dossiers} dossier(s), ${share ? Math.round(Number(share) * 100) : '—'} % of documents waived`);
  return { prefilled, fields, waived, documents, dossierCode };
}
