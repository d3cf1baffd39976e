// The example portal's server: node:http, server-rendered pages, only the packages' public exports.
// Routes: / (procedures) → /procedures/:code/start (sign-in with consent) → /login/callback (checks,
// prefill) → /form (prefilled form; POST checks the receipt, creates a dossier, reports its event)
// → /kpis and /access-log.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createGateway, hashSubject, memoryAuditSink, OnceOnlyError, userMessage } from '@onceonly/core';
import { createRelyingParty, oidcProfile } from '@onceonly/identity';
import { computeKpis, fileOutbox, monitoringReporter } from '@onceonly/platform';
import { catalog, consentScopes, prefill, verifySubmission } from '@onceonly/prefill';
import { formatDate } from '@onceonly/vn';
import { formBody } from './form-page.mjs';
import { esc, page } from './html.mjs';
import { bilingual, readBody, redirect, send } from './http.mjs';
import { accessLogBody, catalogBody, kpiBody, messageBody, submittedBody } from './pages.mjs';
import { sameToken, sessionStore } from './sessions.mjs';

/**
 * @param {object} options
 * @param {string} options.issuer identity provider issuer (discovery at `${issuer}/.well-known/openid-configuration`)
 * @param {string} options.clientId @param {string} options.clientSecret the portal's client at the identity provider
 * @param {object} options.gateway options of `createGateway` (the mock's `gatewayOptions()`)
 * @param {string} options.monitoringEndpoint the monitoring intake URL; `options.client` the portal's X-Road client id
 * @param {string} options.dataDir where the outbox file lives
 * @param {string} options.receiptKey @param {string} options.auditKey secrets of at least 32 bytes
 * @param {string} options.officerId who asks, on the portal's behalf (`ctx.officerId`)
 * @param {string} [options.agencyCode] the receiving agency's code
 * @param {string} [options.host] loopback by default
 * @param {number} [options.port] 0 (any free port) by default
 */
export function createPortal(options) {
  const agencyCode = options.agencyCode ?? '000.00.00.H23';
  const audit = memoryAuditSink();
  const gateway = createGateway({ ...options.gateway, audit: { sink: audit, subjectKey: options.auditKey } });
  mkdirSync(options.dataDir, { recursive: true });
  const reporter = monitoringReporter({
    endpoint: options.monitoringEndpoint,
    outbox: fileOutbox(join(options.dataDir, 'monitoring-outbox.jsonl')),
    client: options.client,
    onError: (error) =>
      console.error(`portal: monitoring delivery failed (${error.code ?? error.name}), will retry`),
  });
  const reported = []; // the events this portal recorded: what the KPI page computes from
  const sessions = sessionStore();
  let rp;
  let url;
  let sequence = 0;

  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      // Only the error's class and code: a message may be about a citizen.
      console.error(
        `portal: ${req.method} ${new URL(req.url, 'http://x').pathname} failed: ${error.name} ${error.code ?? ''}`,
      );
      if (!res.headersSent)
        send(
          res,
          500,
          page({ vi: 'Có lỗi', en: 'Something went wrong' }, messageBody(bilingual(userMessage(error)))),
        );
    });
  });

  async function route(req, res) {
    const path = new URL(req.url, 'http://portal').pathname;
    const session = sessions.of(req, res);
    const signedIn = Boolean(session.citizen);
    if (req.method === 'GET' && path === '/')
      return send(
        res,
        200,
        page({ vi: 'Thủ tục hành chính', en: 'Procedures' }, catalogBody(catalog), { signedIn }),
      );
    const start = /^\/procedures\/([0-9.]+)\/start$/.exec(path);
    if (req.method === 'GET' && start) return startSignIn(res, session, start[1]);
    if (req.method === 'GET' && path === '/login/callback') return callback(req, res, session);
    if (path === '/form' && session.prefill) {
      if (req.method === 'GET') return showForm(res, session);
      if (req.method === 'POST') return submit(req, res, session);
    }
    if (path === '/form') return redirect(res, '/');
    if (req.method === 'GET' && path === '/kpis')
      return send(
        res,
        200,
        page(
          { vi: 'Chỉ số dịch vụ công', en: 'Service KPIs' },
          kpiBody(computeKpis(reported), catalog, reported.length),
          { signedIn },
        ),
      );
    if (req.method === 'GET' && path === '/access-log') return accessLog(res, session);
    if (req.method === 'GET' && path === '/logout') {
      sessions.drop(req);
      return redirect(res, '/');
    }
    return send(
      res,
      404,
      page(
        { vi: 'Không tìm thấy trang', en: 'Not found' },
        messageBody({ vi: 'Trang này không tồn tại.', en: 'No such page.' }),
        { signedIn },
      ),
    );
  }

  async function startSignIn(res, session, code) {
    const form = catalog[code];
    if (!form)
      return send(
        res,
        404,
        page(
          { vi: 'Không có thủ tục này', en: 'Unknown procedure' },
          messageBody({ vi: `Không có thủ tục mã ${code}.`, en: 'No such procedure.' }),
        ),
      );
    // The consent asked for covers every category the form's sources read; the consent page lists them.
    const scope = consentScopes(form);
    session.signIn = { code, scope, transaction: await rp.authorizationUrl({ scope, purpose: code }) };
    return redirect(res, session.signIn.transaction.url, 302);
  }

  async function callback(req, res, session) {
    const pending = session.signIn;
    delete session.signIn; // a transaction is used once
    if (!pending) return redirect(res, '/');
    let citizen;
    let consentToken;
    try {
      ({ citizen, consentToken } = await rp.callback(new URL(req.url, url).href, pending.transaction));
      // Checked now, while the citizen is here to consent again: signature, citizen, portal, purpose.
      const category = pending.scope.includes('population.basic') ? 'population.basic' : pending.scope[0];
      await rp.verifyConsent(consentToken, { subject: citizen.personalId, category, purpose: pending.code });
    } catch (error) {
      if (!OnceOnlyError.isInstance(error)) throw error;
      return send(
        res,
        403,
        page(
          { vi: 'Chưa đăng nhập được', en: 'Sign-in did not complete' },
          messageBody(bilingual(userMessage(error)), { href: '/', text: 'Thử lại' }),
        ),
      );
    }
    const form = catalog[pending.code];
    const subject = {
      personalId: citizen.personalId,
      fullName: citizen.fullName,
      birthDate: formatDate(citizen.birthDate),
    };
    const dossierCode = nextDossierCode();
    const prefilled = await prefill(form, {
      subject,
      ctx: {
        purpose: pending.code,
        caseId: dossierCode,
        officerId: options.officerId,
        consent: consentToken,
      },
      gateway,
      receiptKey: options.receiptKey,
    });
    const signedInSession = sessions.renew(req, res);
    signedInSession.citizen = { personalId: citizen.personalId };
    signedInSession.prefill = { code: pending.code, subject, dossierCode, prefilled };
    return redirect(res, '/form');
  }

  function showForm(res, session, status = 200, error, posted) {
    const { code, prefilled } = session.prefill;
    const form = catalog[code];
    const body = formBody({ form, prefilled, csrf: session.csrf, error, posted });
    return send(
      res,
      status,
      page({ vi: 'Biểu mẫu đã điền sẵn', en: 'Your prefilled form' }, body, { signedIn: true }),
    );
  }

  async function submit(req, res, session) {
    const posted = new URLSearchParams(await readBody(req));
    if (!sameToken(session, posted.get('_csrf')))
      return send(
        res,
        403,
        page(
          { vi: 'Phiên không hợp lệ', en: 'Invalid session' },
          messageBody({
            vi: 'Biểu mẫu đã hết hạn, vui lòng mở lại.',
            en: 'The form expired; open it again.',
          }),
        ),
      );
    posted.delete('_csrf');
    const { code, subject, dossierCode, prefilled } = session.prefill;
    const form = catalog[code];
    try {
      await verifySubmission(form, posted, prefilled.receipt, options.receiptKey, { subject });
    } catch (error) {
      if (error.name !== 'SubmissionError') throw error;
      const label =
        error.field && form.fields[error.field] ? ` (${esc(form.fields[error.field].label.vi)})` : '';
      const message = `<strong>Hồ sơ chưa được nộp.</strong> ${esc(userMessage(error).vi.text)}${label} <span class="en" lang="en">/ Not submitted: ${esc(error.code)}</span>`;
      return showForm(res, session, 422, message, posted);
    }
    const event = await reporter.record({
      dossierCode,
      procedureCode: code,
      status: 'received',
      occurredAt: new Date().toISOString(),
      channel: 'online',
      agencyCode,
      documentsRequired: prefilled.summary.documents,
      documentsWaived: prefilled.summary.waived,
    });
    reported.push(event);
    await reporter.flush().catch(() => undefined); // delivered now if possible; the outbox retries otherwise
    delete session.prefill;
    return send(
      res,
      200,
      page(
        { vi: 'Đã nộp hồ sơ', en: 'Dossier submitted' },
        submittedBody({ dossierCode, form, summary: prefilled.summary }),
        { signedIn: true },
      ),
    );
  }

  function accessLog(res, session) {
    if (!session.citizen) return redirect(res, '/');
    const mine = hashSubject(options.auditKey, session.citizen.personalId);
    const records = audit.records.filter((r) => r.subject === mine);
    return send(
      res,
      200,
      page(
        { vi: 'Nhật ký truy cập dữ liệu của bạn', en: 'Your data access log' },
        accessLogBody(records, catalog),
        { signedIn: true },
      ),
    );
  }

  function nextDossierCode() {
    const day = new Date(Date.now() + 7 * 3600_000).toISOString().slice(2, 10).replaceAll('-', '');
    return `H23.01-${day}-${String(++sequence).padStart(4, '0')}`;
  }

  return {
    /** Starts listening (loopback by default) and creates the relying party for this address. */
    async listen() {
      await new Promise((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
      url = `http://${options.host ?? '127.0.0.1'}:${server.address().port}`;
      rp = createRelyingParty({
        issuer: options.issuer,
        clientId: options.clientId,
        redirectUri: `${url}/login/callback`,
        clientAuth: { method: 'client_secret_basic', clientSecret: options.clientSecret },
        profile: oidcProfile(),
      });
      return { url };
    },
    /** The events reported so far (also in the monitoring system). */
    get events() {
      return [...reported];
    },
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      await reporter.close();
      await gateway.close();
    },
  };
}
