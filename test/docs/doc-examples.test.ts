/**
 * The code in the docs is type-checked and run, so it cannot rot.
 *
 * Every ```ts block of README.md, docs/*.md and packages/NAME/README.md is
 * - marked `<!-- example: test/docs/examples/FILE.ts#REGION -->` on the line above it: the block must be,
 *   character for character, the region `// #region REGION` … `// #endregion REGION` of that file. The
 *   file is type-checked (strict and `exactOptionalPropertyTypes`) and run, here against a real local
 *   server or by vitest itself (`*.test.ts`), unless the block's first line is `// not run: why` (a
 *   production configuration that needs a real security server): then it is type-checked only.
 * A block that is not marked fails this test, and so does a region that no doc shows.
 * Shell, JSON and other blocks are not code the reader runs in Node, and are not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircuitOpenError, InputError, NotFoundError, PolicyError, ResponseError } from '@onceonly/core';
import { CLIENT, PERSONAL_ID, TOKEN, clientSecret, publicJwk, startDocServer } from './harness.js';
import type { ProtocolServer } from '../support/protocol-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = 'test/docs/examples/';
const DOCS = [
  'README.md',
  ...readdirSync(`${root}docs`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(`${root}packages`)
    .map((p) => `packages/${p}/README.md`)
    .filter((f) => {
      try {
        return readFileSync(root + f, 'utf8').length > 0;
      } catch {
        return false;
      }
    }),
];
const MARKER = /^<!-- example: ((?:test|packages)\/[\w./-]+\.ts)#([\w-]+) -->$/;

interface Block {
  doc: string;
  line: number;
  code: string;
  example?: { file: string; region: string };
}

function blocksOf(doc: string): Block[] {
  const lines = readFileSync(root + doc, 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript|js|javascript|mjs|mts)\s*$/.test(lines[i]!)) {
      if (/^```/.test(lines[i]!)) {
        // Skip other fenced blocks whole, so their content is never taken for a fence.
        for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++);
      }
      continue;
    }
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    let j = start - 1;
    while (j >= 0 && lines[j]!.trim() === '') j--;
    const marker = j >= 0 ? MARKER.exec(lines[j]!.trim()) : null;
    const block: Block = { doc, line: start + 1, code: body.join('\n') };
    if (marker) block.example = { file: marker[1]!, region: marker[2]! };
    blocks.push(block);
  }
  return blocks;
}

/** The lines between `// #region name` and `// #endregion name`, common indentation removed. */
function region(file: string, name: string): string | undefined {
  const lines = readFileSync(root + file, 'utf8').split('\n');
  const from = lines.findIndex((l) => l.trim() === `// #region ${name}`);
  const to = lines.findIndex((l, k) => k > from && l.trim() === `// #endregion ${name}`);
  if (from < 0 || to < 0) return undefined;
  const body = lines.slice(from + 1, to);
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return body.map((l) => l.slice(indent)).join('\n');
}

const blocks = DOCS.flatMap(blocksOf);
const shown = blocks.filter((b) => b.example);
const exampleFiles = readdirSync(root + EXAMPLES)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => EXAMPLES + f);
// Owned by the adapter declarations work, which rewrites it: until then its `// not run` block only has to parse.
const PARSE_ONLY = new Set(['docs/writing-an-adapter.md']);
const notRun = (block: Block) => /^\/\/ not run: \S/.test(block.code.split('\n')[0] ?? '');

describe('the docs show only code that is checked', () => {
  it('every ts block is an example region (run, or type-checked only when it says why)', () => {
    const unmarked = blocks.filter((b) => !b.example && !(PARSE_ONLY.has(b.doc) && notRun(b)));
    expect(
      unmarked.map((b) => `${b.doc}:${b.line}`),
      'ts blocks without an example marker',
    ).toEqual([]);
    for (const block of blocks.filter((b) => !b.example)) {
      const out = ts.transpileModule(block.code, {
        reportDiagnostics: true,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      expect(out.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    }
    for (const block of shown) {
      expect(region(block.example!.file, block.example!.region), `${block.doc}:${block.line}`).toBe(
        block.code,
      );
    }
  });

  it('every example region is shown in a doc', () => {
    for (const file of exampleFiles) {
      const text = readFileSync(root + file, 'utf8');
      for (const [, regionName] of text.matchAll(/\/\/ #region ([\w-]+)/g)) {
        expect(
          shown.some((b) => b.example!.file === file && b.example!.region === regionName),
          `${file}#${regionName}`,
        ).toBe(true);
      }
    }
  });

  it('every example that is not marked "not run" is run by a test', () => {
    const importers = [
      ...readdirSync(`${root}test/docs`)
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => `test/docs/${f}`),
      ...exampleFiles,
    ]
      .map((f) => readFileSync(root + f, 'utf8'))
      .join('\n');
    for (const file of exampleFiles) {
      const blocksOfFile = shown.filter((b) => b.example!.file === file);
      if (blocksOfFile.length > 0 && blocksOfFile.every(notRun)) continue;
      const name = file.slice(EXAMPLES.length).replace(/\.ts$/, '');
      const run = name.endsWith('.test') || importers.includes(`/${name}.js'`);
      expect(run, `${file} is a *.test.ts, or imported by a test or another example`).toBe(true);
    }
  });

  it('every example type-checks under strict and exactOptionalPropertyTypes', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      `${root}tsconfig.json`,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const options = { ...config.options, strict: true, exactOptionalPropertyTypes: true, noEmit: true };
    const files = [...new Set([...exampleFiles, ...shown.map((b) => b.example!.file)])];
    const program = ts.createProgram({ rootNames: files.map((f) => root + f), options });
    const problems = files.flatMap((file) => {
      const source = program.getSourceFile(root + file)!;
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
        (d) => {
          const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
          return `${file}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
        },
      );
    });
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('the examples do what the docs say', () => {
  let server: ProtocolServer;
  beforeAll(async () => {
    server = await startDocServer();
  });
  afterAll(async () => {
    const { gw } = await import('./examples/quick-start.js');
    await gw.close();
    // Over every example: identifiers never went into a URL.
    for (const request of server.requests) expect(request.path).not.toContain(PERSONAL_ID);
    await server.close();
  });

  const dataCalls = (from: number) =>
    server.dataCalls().filter((r) => server.requests.indexOf(r) >= from && r.path.endsWith('.get'));

  it('README quick start: a call returns the mapped domain value, sent as X-Road REST', async () => {
    const { citizen, ctx } = await import('./examples/quick-start.js');
    expect(citizen).toEqual({ fullName: 'Nguyễn Văn An', birthDate: '2003-05-14' });
    const [sent] = dataCalls(0);
    expect(sent).toMatchObject({ method: 'POST', path: '/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get' });
    expect(JSON.parse(sent!.body)).toEqual({ personalId: PERSONAL_ID });
    expect(sent!.headers).toMatchObject({
      'x-road-client': CLIENT,
      'x-road-issue': ctx.caseId,
      'x-road-userid': ctx.userId,
      'x-purpose': ctx.purpose,
      'x-consent': ctx.consent,
    });
  });

  it('README errors: refusals are typed PolicyErrors, nothing is sent, toJSON is safe', async () => {
    const before = server.requests.length;
    const { noPurpose, otherCitizen, whatToDo } = await import('./examples/errors.js');
    expect(server.requests.length).toBe(before);
    expect(PolicyError.isInstance(noPurpose)).toBe(true);
    expect(whatToDo(noPurpose)).toBe('fix the call (PURPOSE_REQUIRED); nothing was sent');
    expect(whatToDo(otherCitizen)).toBe('fix the call (CONSENT_SUBJECT_MISMATCH); nothing was sent');
    expect(otherCitizen.retryable).toBe(false);
    const json = JSON.parse(JSON.stringify(otherCitizen));
    expect(Object.keys(json).sort()).toEqual(
      ['code', 'message', 'name', 'requestId', 'retryable', 'serviceId'].sort(),
    );
    expect(json).toMatchObject({ name: 'PolicyError', serviceId: 'population.citizen.get' });
    expect(JSON.stringify(json)).not.toMatch(/001203012345|079145012345|eyJ/);
    expect(whatToDo(new NotFoundError({ message: 'x' }))).toMatch(/no such record/);
    expect(whatToDo(new CircuitOpenError({ message: 'x' }))).toBe('try again later');
    expect(whatToDo(new ResponseError({ message: 'x', code: 'RESPONSE_SCHEMA', requestId: 'r-1' }))).toBe(
      'report RESPONSE_SCHEMA, X-Road id r-1',
    );
    expect(() => whatToDo(new Error('not ours'))).toThrow('not ours');
  });

  it('errors: userMessage turns a refusal into a sentence for the citizen and the next step', async () => {
    const before = server.requests.length;
    const { action, refused, text, title } = await import('./examples/user-message.js');
    expect(server.requests.length).toBe(before);
    expect(PolicyError.isInstance(refused)).toBe(true);
    expect({ title, action }).toEqual({ title: 'Cần xác nhận đồng ý', action: 'give-consent-again' });
    expect(text).toContain('VNeID');
  });

  it('README audit: one record per call, the subject as a 64-hex HMAC, in every sink', async () => {
    const { forwarded, memory, record } = await import('./examples/audit.js');
    expect(memory.records).toHaveLength(1);
    expect(forwarded).toEqual(memory.records);
    expect(record).toMatchObject({
      client: CLIENT,
      purpose: '1.001193',
      issue: 'H23.01-241122-0001',
      service: 'population.citizen.get',
      xroadService: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
      outcome: 'success',
      status: 200,
      attempts: 1,
      cached: false,
    });
    expect(record!.subject).toMatch(/^[0-9a-f]{64}$/);
    // The acting user is personal data too: a keyed hash unless audit.userIdInClear is set.
    expect(record!.userId).toMatch(/^[0-9a-f]{64}$/);
    expect(record!.requestHash).toBeTruthy();
    expect(JSON.stringify(memory.records)).not.toMatch(/001203012345|Nguyễn/);
  });

  it('README hooks: extra headers on the wire, one summary per call without personal data', async () => {
    const { summaries } = await import('./examples/hooks.js');
    expect(summaries).toMatchObject([
      { serviceId: 'population.citizen.get', outcome: 'success', attempts: 1, cached: false, status: 200 },
    ]);
    expect(server.requests.some((r) => r.headers['x-portal-instance'] === 'web-1')).toBe(true);
    expect(JSON.stringify(summaries)).not.toMatch(/001203012345|Nguyễn/);
  });

  it('README logger and tracing: one span per call, logs redacted', async () => {
    const { lines, spans } = await import('./examples/observability.js');
    const { redact } = await import('@onceonly/core');
    expect(spans).toEqual(['onceonly population.citizen.get']);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toMatch(/001203012345|Nguyễn|eyJ/);
    expect(
      redact({
        personalId: '001203012345',
        headers: { authorization: 'Bearer eyJ…' },
        note: 'id 001203012345',
        status: 404,
      }),
    ).toEqual({
      personalId: '[REDACTED]',
      headers: { authorization: '[REDACTED]' },
      note: 'id [REDACTED]',
      status: 404,
    });
  });

  it('README cache: the second call is served from the cache, nothing sent', async () => {
    const before = dataCalls(0).length;
    const { again, first } = await import('./examples/cache.js');
    expect(dataCalls(0).length).toBe(before + 1);
    expect(first.meta.cached).toBe(false);
    expect(again.meta.cached).toBe(true);
    expect(again.value).toEqual(first.value);
  });

  it('README metaservices: listClients and allowedMethods, parsed', async () => {
    const { allowed, members, openapi } = await import('./examples/metaservices.js');
    expect(members).toEqual([
      {
        kind: 'MEMBER',
        id: 'VN/GOV/000.00.00.G10',
        instance: 'VN',
        memberClass: 'GOV',
        memberCode: '000.00.00.G10',
        memberName: 'Bộ Công an',
      },
      {
        kind: 'SUBSYSTEM',
        id: 'VN/GOV/000.00.00.G10/CSDLDC',
        instance: 'VN',
        memberClass: 'GOV',
        memberCode: '000.00.00.G10',
        subsystemCode: 'CSDLDC',
        memberName: 'Bộ Công an',
        subsystemName: 'Cơ sở dữ liệu quốc gia về dân cư',
      },
    ]);
    expect(allowed[0]).toEqual({
      id: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
      serviceCode: 'citizen.get',
      serviceType: 'REST',
      endpoints: [{ method: 'POST', path: '/' }],
    });
    expect(openapi).toMatchObject({ mediaType: 'text/yaml', document: { openapi: '3.1.0' } });
    expect(openapi.text).toMatch(/^openapi: 3\.1\.0$/m);
  });

  it('security, auth: private_key_jwt fetches one token for two calls; client_secret_basic sends Basic', async () => {
    const from = server.requests.length;
    await import('./examples/security-auth.js');
    const requests = server.requests.slice(from);
    const tokenRequests = requests.filter((r) => r.path === '/oauth2/token');
    expect(tokenRequests).toHaveLength(2);
    const [jwtGrant, basicGrant] = tokenRequests;
    const form = new URLSearchParams(jwtGrant!.body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    const assertion = form.get('client_assertion')!;
    expect(decodeProtectedHeader(assertion)).toMatchObject({ alg: 'ES256', kid: 'portal-2026-1' });
    const { payload } = await jwtVerify(assertion, await importJWK(publicJwk, 'ES256'), {
      issuer: CLIENT,
      subject: CLIENT,
      audience: `${server.url}/oauth2/token`,
    });
    expect(payload.jti).toBeTruthy();
    expect(basicGrant!.headers.authorization).toBe(
      `Basic ${Buffer.from(`portal-h23:${clientSecret}`).toString('base64')}`,
    );
    const calls = requests.filter((r) => r.path.endsWith('/citizen.get'));
    expect(calls).toHaveLength(3);
    const bearer = calls.map((r) => r.headers.authorization?.replace(/^Bearer /, ''));
    expect(bearer[0]).toMatch(TOKEN);
    expect(bearer[1]).toBe(bearer[0]);
    expect(bearer[2]).toMatch(TOKEN);
    expect(bearer[2]).not.toBe(bearer[0]);
  });

  it("security, consent: the IdP's signature and the purpose are checked before anything is sent", async () => {
    const from = server.requests.length;
    const { forged, otherPurpose } = await import('./examples/security-consent.js');
    expect(otherPurpose.code).toBe('CONSENT_PURPOSE_MISMATCH');
    expect(forged.code).toBe('CONSENT_INVALID');
    const requests = server.requests.slice(from);
    expect(requests.map((r) => r.path)).toEqual([
      '/idp/jwks.json',
      '/r1/VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
    ]);
  });

  it('security, signatures: answers name their key; an altered one is refused; a rotated key is fetched', async () => {
    const from = dataCalls(0).length;
    const { meta, rotated, tampered } = await import('./examples/security-signatures.js');
    expect(meta.signedBy).toBe(server.jwks.keys[0]!.kid);
    expect(rotated.meta.signedBy).toBe(server.jwks.keys[1]!.kid);
    expect(ResponseError.isInstance(tampered)).toBe(true);
    expect(tampered.code).toBe('SIGNATURE_INVALID');
    expect(tampered.retryable).toBe(false);
    expect(dataCalls(0).length).toBe(from + 3);
  });

  it('security, audit: a JSON Lines file, one record per call, subject = hashSubject(key, id)', async () => {
    const { records } = await import('./examples/security-audit.js');
    const { hashSubject } = await import('@onceonly/core');
    expect(records.map((r) => r.outcome)).toEqual(['success', 'PURPOSE_REQUIRED']);
    expect(records[1]).toMatchObject({ errorName: 'PolicyError', attempts: 0 });
    expect(records[0]!.subject).toBe(hashSubject('doc-example-audit-subject-key-0123456789', PERSONAL_ID));
    expect(JSON.stringify(records)).not.toMatch(/001203012345|Nguyễn|eyJ/);
  });

  it('security, header injection: a CR/LF in the case id is refused before sending', async () => {
    const before = server.requests.length;
    const { smuggled } = await import('./examples/security-redaction.js');
    expect(PolicyError.isInstance(smuggled)).toBe(true);
    expect(smuggled.code).toBe('CASE_ID_REQUIRED');
    expect(server.requests.length).toBe(before);
  });

  it('adapter: the factory calls the provincial service and returns the domain type', async () => {
    const before = dataCalls(0).length;
    const { beneficiary, future } = await import('./examples/social-allowance-usage.js');
    expect(beneficiary).toEqual({
      personalId: PERSONAL_ID,
      fullName: 'Nguyễn Văn An',
      insuranceCode: '0123456789',
      allowance: { kind: 'KT_NANG', monthlyVnd: 1_000_000, since: '2025-07-01', status: 'active' },
    });
    const sent = dataCalls(0).slice(before);
    expect(sent.map((r) => r.path)).toEqual(['/r1/VN/GOV/000.00.00.H29/BTXH/beneficiary.get']);
    expect(InputError.isInstance(future)).toBe(true);
    expect(future.fields).toEqual(['/asOf']);
  });
});
