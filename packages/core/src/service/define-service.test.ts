import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import { defineService, type JsonSchema } from './define-service.js';
import { compileSchema } from './schema-validator.js';

const base = {
  id: 'enterprise.company.get',
  provider: 'GOV/000.00.00.G12/DKDN',
  code: 'DoanhNghiep',
  category: 'enterprise.basic',
  idempotent: true,
  response: Type.Object({}),
};

function problemOf(define: () => unknown): string {
  try {
    define();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('INVALID_SERVICE_DEFINITION');
    return (error as InputError).message;
  }
  throw new Error('the declaration was accepted');
}

describe('defineService', () => {
  it('fills the defaults and keeps the TypeBox schemas as they are (ajv compiles them)', () => {
    const request = Type.Object(
      { taxCode: Type.String({ format: 'vn-tax-code', description: 'Mã số doanh nghiệp' }) },
      { additionalProperties: false },
    );
    const service = defineService({ ...base, request });
    expect(service).toMatchObject({ method: 'POST', requiresConsent: true, path: undefined, query: [] });
    // Plain JSON Schema: the same keywords, without TypeBox's symbol markers.
    expect(service.request).toEqual(JSON.parse(JSON.stringify(request)));
    expect(Object.getOwnPropertySymbols(service.request)).toEqual([]);
    expect(compileSchema(service.request).check({ taxCode: '0100109106' })).toEqual({ ok: true });
    expect(compileSchema(service.request).check({ taxCode: '0100109107', x: 1 })).toEqual({
      ok: false,
      problems: [
        { path: '/ (unknown property)', rule: 'additionalProperties' },
        { path: '/taxCode', rule: 'format:vn-tax-code' },
      ],
    });
    expect(Object.isFrozen(service)).toBe(true);
  });

  it('lets services share a schema with an $id: one plain copy, compiled once', () => {
    const request = Type.Object({ taxCode: Type.String() }, { $id: 'https://onceonly.dev/test/shared.json' });
    const first = defineService({ ...base, request });
    const second = defineService({ ...base, request });
    const cached = defineService({ ...first, id: 'enterprise.company.cached', cache: { ttlMs: 1000 } });
    expect(second.request).toBe(first.request);
    expect(cached.request).toBe(first.request);
    for (const service of [first, second, cached])
      expect(compileSchema(service.request).check({ taxCode: 'x' })).toEqual({ ok: true });
  });

  it('refuses a GET that would drop part of its input', () => {
    const request = Type.Object({ taxCode: Type.String(), page: Type.Integer() });
    expect(problemOf(() => defineService({ ...base, method: 'GET', request }))).toContain(
      'place "taxCode" in the path or query',
    );
    expect(
      problemOf(() => defineService({ ...base, method: 'GET', path: '/enterprises/{taxCode}', request })),
    ).toContain('place "page"');
    expect(
      defineService({ ...base, method: 'GET', path: '/enterprises/{taxCode}', query: ['page'], request })
        .path,
    ).toBe('/enterprises/{taxCode}');
  });

  it('refuses a GET whose request schema does not say which fields it has', () => {
    expect(problemOf(() => defineService({ ...base, method: 'GET', request: {} }))).toContain(
      'must list its request properties',
    );
    expect(
      defineService({ ...base, method: 'GET', request: Type.Object({}, { additionalProperties: false }) })
        .method,
    ).toBe('GET');
  });

  it('never places personal data in a URL, declared or recognised by its format', () => {
    const request = Type.Object({ personalId: Type.String(), fullName: Type.String() });
    expect(
      problemOf(() =>
        defineService({ ...base, path: '/people/{fullName}', personal: ['fullName'], request }),
      ),
    ).toContain('"fullName" carries personal data and cannot go in the path');
    const byFormat = Type.Object({ id: Type.String({ format: 'vn-personal-id' }) });
    expect(
      problemOf(() => defineService({ ...base, method: 'GET', query: ['id'], request: byFormat })),
    ).toContain('"id" carries personal data and cannot go in the query');
    expect(defineService({ ...base, request: byFormat }).personal).toEqual(['id']);
  });

  it('refuses placements that cannot be filled', () => {
    const request = Type.Object({
      taxCode: Type.String(),
      page: Type.Optional(Type.Integer()),
      lines: Type.Array(Type.String()),
    });
    // Untyped (plain JSON Schema) so that the wrong names compile: with TypeBox they are type errors.
    const plain = JSON.parse(JSON.stringify(request)) as JsonSchema;
    const message = problemOf(() =>
      defineService({
        ...base,
        path: 'enterprises/{page}/{nope}',
        query: ['lines', 'typo'],
        personal: ['nobody'],
        request: plain,
      }),
    );
    expect(message).toContain('path must start with "/"');
    expect(message).toContain('"page" is in the path, so it must be required');
    expect(message).toContain('path names "nope", which the request does not have');
    expect(message).toContain('"lines" is not a string, number or boolean');
    expect(message).toContain('query names "typo"');
    expect(message).toContain('personal names "nobody"');
    expect(problemOf(() => defineService({ ...base, path: '/a b/{taxCode}', request }))).toContain(
      'URL-safe characters',
    );
  });

  it('reads the fields of a request that may take several shapes', () => {
    const request = Type.Union([
      Type.Object({ personalId: Type.String(), year: Type.Integer() }),
      Type.Object({ oldId: Type.String(), year: Type.Integer() }),
    ]);
    // `year` is required in both shapes; `personalId` only in one.
    expect(defineService({ ...base, path: '/years/{year}', request }).path).toBe('/years/{year}');
    expect(problemOf(() => defineService({ ...base, path: '/{personalId}', request }))).toContain(
      'must be required',
    );
  });

  it('keeps the plain JSON Schema form with explicit types', () => {
    const service = defineService<{ q: string }, { n: number }, number>({
      ...base,
      request: { type: 'object', properties: { q: { type: 'string' } } },
      response: { type: 'object' },
      map: (wire) => wire.n,
    });
    expect(
      service.map(
        { n: 3 },
        { q: '' },
        { provider: 'GOV/000.00.00.G10/CSDLDC', retrievedAt: '2026-01-01T00:00:00Z' },
      ),
    ).toBe(3);
  });

  it('keeps where the answer names its subject', () => {
    const service = defineService({
      ...base,
      request: Type.Object({ taxCode: Type.String() }),
      response: Type.Object({ maSoDoanhNghiep: Type.String() }),
      answerSubject: (wire) => wire.maSoDoanhNghiep,
    });
    expect(service.answerSubject?.({ maSoDoanhNghiep: '0100109106' })).toBe('0100109106');
  });
});
