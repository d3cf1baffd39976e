import { describe, expect, it } from 'vitest';
import { createAuditor } from '../audit/auditor.js';
import { memoryAuditSink } from '../audit/memory-sink.js';
import { hashSubject } from '../audit/subject-hash.js';
import type { AuditSink } from '../audit/types.js';
import { NotFoundError } from '../errors/onceonly-error.js';
import { sampleRecord } from '../audit/sample-record.fixture.js';
import { AUDIT_GRACE_MS, writeAudit } from './audit-step.js';
import { makeDeps, makeState } from './deps.fixture.js';

const KEY = 'k'.repeat(32);

describe('audit step', () => {
  it('builds the record from the call state: ids and codes, the subject hashed', async () => {
    const sink = memoryAuditSink();
    const deps = makeDeps({ audit: createAuditor({ sink, subjectKey: KEY }) });
    const state = makeState({
      attempts: 2,
      status: 404,
      requestHash: 'h',
      requestId: 'r',
      subject: '001203012345',
    });
    await writeAudit(deps, state, new NotFoundError({ message: 'x' }));
    const record = sink.records[0];
    expect(record).toMatchObject({
      xroadId: state.xroadId,
      client: deps.clientId,
      purpose: '1.001193',
      issue: 'H23.01-241122-0001',
      service: 'test.person.get',
      xroadService: 'VN/GOV/000.00.00.G10/CSDLDC/person.get',
      outcome: 'NOT_FOUND',
      errorName: 'NotFoundError',
      attempts: 2,
      status: 404,
      requestHash: 'h',
      requestId: 'r',
      subject: hashSubject(KEY, '001203012345'),
    });
    expect(JSON.stringify(record)).not.toContain('001203012345');
  });

  it('writes the acting user hashed', async () => {
    const sink = memoryAuditSink();
    const deps = makeDeps({ audit: createAuditor({ sink, subjectKey: KEY }) });
    await writeAudit(
      deps,
      makeState({ ctx: { purpose: 'p', caseId: 'c', userId: 'VN001085012345' } }),
      undefined,
    );
    expect(sink.records[0]!.userId).toBe(hashSubject(KEY, 'VN001085012345'));
  });

  it('waits for a stuck sink until the deadline plus the grace, then fails closed', async () => {
    const stuck: AuditSink = { write: () => new Promise<void>(() => {}) };
    const deps = makeDeps({ audit: createAuditor({ sink: stuck, subjectKey: KEY }) });
    const started = Date.now();
    const state = makeState({ endsAt: started + 50 });
    await expect(writeAudit(deps, state, undefined)).rejects.toMatchObject({ code: 'AUDIT_UNAVAILABLE' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(50 + AUDIT_GRACE_MS - 5);
    expect(elapsed).toBeLessThan(50 + AUDIT_GRACE_MS + 200);
  });

  it('does nothing when auditing is off', () => {
    expect(writeAudit(makeDeps(), makeState(), undefined)).toBeUndefined();
  });

  it('accepts a record taken synchronously without a promise, and refuses a failing sink at once', () => {
    const sink = memoryAuditSink();
    const deps = makeDeps({ audit: createAuditor({ sink, subjectKey: KEY }) });
    expect(writeAudit(deps, makeState(), undefined)).toBeUndefined();
    expect(sink.records).toHaveLength(1);
    const failing: AuditSink = {
      write() {
        throw new Error('disk full');
      },
    };
    const refused = makeDeps({ audit: createAuditor({ sink: failing, subjectKey: KEY }) });
    expect(() => writeAudit(refused, makeState(), undefined)).toThrow(
      expect.objectContaining({ code: 'AUDIT_UNAVAILABLE' }),
    );
  });
});

describe('audit step: the officer', () => {
  it("keeps the officer's id as a keyed hash only, whatever userIdInClear says", async () => {
    const sink = memoryAuditSink();
    const deps = makeDeps({ audit: createAuditor({ sink, subjectKey: KEY, userIdInClear: true }) });
    const base = makeState();
    const state = makeState({ ctx: { ...base.ctx!, officerId: '001085012345', userId: 'VN-officer-7' } });
    await writeAudit(deps, state, undefined);
    const record = sink.records[0]!;
    expect(record.officer).toBe(hashSubject(KEY, '001085012345'));
    expect(record.userId).toBe('VN-officer-7');
    expect(JSON.stringify(record)).not.toContain('001085012345');
  });

  it('the auditor hashes an officer id passed in clear, whatever userIdInClear says', () => {
    const sink = memoryAuditSink();
    createAuditor({ sink, subjectKey: KEY, userIdInClear: true }).record(
      sampleRecord({ officer: '001085012345' }),
    );
    expect(sink.records[0]?.officer).toBe(hashSubject(KEY, '001085012345'));
  });
});

describe('audit step: the record as written', () => {
  it('is what the auditor writes for the same record given field by field: same fields, same order', async () => {
    const fromCall = memoryAuditSink();
    const fromRecord = memoryAuditSink();
    const deps = makeDeps({ audit: createAuditor({ sink: fromCall, subjectKey: KEY }) });
    const base = makeState();
    const state = makeState({
      ctx: { ...base.ctx!, userId: 'VN001085012345', officerId: '001085012345' },
      status: 200,
      requestHash: 'h',
      requestId: 'r',
      subject: '001203012345',
    });
    await writeAudit(deps, state, undefined);
    const written = fromCall.records[0]!;
    // The general entry point, given the same values in clear, hashes and orders them the same way.
    createAuditor({ sink: fromRecord, subjectKey: KEY }).record({
      ...written,
      userId: 'VN001085012345',
      officer: '001085012345',
      subject: '001203012345',
    });
    expect(JSON.stringify(written)).toBe(JSON.stringify(fromRecord.records[0]));
    expect(Object.isFrozen(written)).toBe(true);
    for (const id of ['VN001085012345', '001085012345', '001203012345'])
      expect(JSON.stringify(written)).not.toContain(id);
  });
});
