import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import type { Logger } from '../log/logger.js';
import { createAuditor } from './auditor.js';
import { functionAuditSink } from './function-sink.js';
import { hashSubject } from './subject-hash.js';
import { memoryAuditSink } from './memory-sink.js';
import { sampleRecord } from './sample-record.fixture.js';
import type { AuditRecord, AuditSink } from './types.js';

const subjectKey = 'test-subject-key-of-at-least-32-bytes!';
const PERSONAL_ID = '001234567890';

function recordingLogger() {
  const lines: { level: string; obj: Record<string, unknown>; msg?: string }[] = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void => {
      lines.push({ level, obj: obj as Record<string, unknown>, msg });
    };
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

describe('createAuditor', () => {
  it('is disabled without options', async () => {
    const auditor = createAuditor(undefined);
    expect(auditor.enabled).toBe(false);
    expect(auditor.record(sampleRecord())).toBeUndefined();
    expect(auditor.hashSubject(PERSONAL_ID)).toBeUndefined();
    await auditor.flush();
    await auditor.close();
  });

  it('validates its options at creation', () => {
    const sink = memoryAuditSink();
    const invalid = [
      { sink, subjectKey: 'too short' },
      { sink, subjectKey: new Uint8Array(16) },
      { sink: [], subjectKey },
      { sink: [{}], subjectKey },
    ];
    for (const options of invalid) {
      expect(() => createAuditor(options as never)).toThrow(InputError);
      try {
        createAuditor(options as never);
      } catch (error) {
        expect((error as InputError).code).toBe('INVALID_CONFIG');
      }
    }
  });

  it('writes one record to a memory sink, with the subject as an HMAC', () => {
    const sink = memoryAuditSink();
    const auditor = createAuditor({ sink, subjectKey });
    const subject = auditor.hashSubject(PERSONAL_ID);
    expect(subject).toBe(hashSubject(subjectKey, PERSONAL_ID));
    expect(auditor.record(sampleRecord({ subject }))).toBeUndefined(); // synchronous sinks: no promise
    expect(sink.records).toHaveLength(1);
    expect(sink.records[0]!.subject).toBe(subject);
    expect(JSON.stringify(sink.records)).not.toContain(PERSONAL_ID);
  });

  it('hashes a subject given in clear by mistake, so it is never written', () => {
    const sink = memoryAuditSink();
    createAuditor({ sink, subjectKey }).record(sampleRecord({ subject: ` ${PERSONAL_ID} ` }));
    expect(sink.records[0]!.subject).toBe(hashSubject(subjectKey, PERSONAL_ID));
    expect(JSON.stringify(sink.records)).not.toContain(PERSONAL_ID);
  });

  it('different keys give different subjects for the same citizen', () => {
    const a = createAuditor({ sink: memoryAuditSink(), subjectKey });
    const b = createAuditor({ sink: memoryAuditSink(), subjectKey: Buffer.alloc(32, 7) });
    expect(a.hashSubject(PERSONAL_ID)).not.toBe(b.hashSubject(PERSONAL_ID));
  });

  it('strips unknown fields and warns with their names only', () => {
    const sink = memoryAuditSink();
    const { logger, lines } = recordingLogger();
    const auditor = createAuditor({ sink, subjectKey }, { logger });
    auditor.record({ ...sampleRecord(), fullName: 'Nguyễn Văn A', personalId: PERSONAL_ID } as AuditRecord);
    expect(sink.records[0]).not.toHaveProperty('fullName');
    expect(sink.records[0]).not.toHaveProperty('personalId');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('warn');
    expect(lines[0]!.obj.problems).toEqual(['unknown:fullName', 'unknown:personalId']);
    const everything = JSON.stringify([sink.records, lines]);
    expect(everything).not.toContain(PERSONAL_ID);
    expect(everything).not.toContain('Nguyễn');
  });

  it('hands records to a function sink and waits for it on flush', async () => {
    const seen: AuditRecord[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const auditor = createAuditor({
      sink: functionAuditSink(async (record) => {
        await gate;
        seen.push(record);
      }),
      subjectKey,
    });
    const written = auditor.record(sampleRecord());
    expect(written).toBeInstanceOf(Promise);
    const flushed = auditor.flush();
    expect(seen).toHaveLength(0);
    release();
    await flushed;
    expect(seen).toHaveLength(1);
  });

  it('offers the record to every sink when one throws or rejects, then fails closed, logging ids only', async () => {
    const memory = memoryAuditSink();
    const fn = vi.fn();
    const { logger, lines } = recordingLogger();
    const throwing: AuditSink = {
      write() {
        throw new Error(`cannot store ${PERSONAL_ID}`);
      },
    };
    const rejecting = functionAuditSink(() => Promise.reject(new Error('queue down')));
    const auditor = createAuditor(
      { sink: [throwing, memory, rejecting, functionAuditSink(fn)], subjectKey },
      { logger },
    );
    const subject = auditor.hashSubject(PERSONAL_ID);
    await expect(auditor.record(sampleRecord({ subject }))).rejects.toMatchObject({
      code: 'AUDIT_UNAVAILABLE',
      retryable: true,
    });
    expect(memory.records).toHaveLength(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(auditor.failedRecords).toBe(1);
    const sinkErrors = lines.filter((l) => l.obj.event === 'onceonly.audit.sink_failed');
    expect(sinkErrors.map((l) => l.obj.sink)).toEqual([0, 2]);
    for (const line of sinkErrors) {
      expect(line.obj).toMatchObject({ xroadId: sampleRecord().xroadId });
      expect(Object.keys(line.obj).sort()).toEqual(['error', 'event', 'service', 'sink', 'xroadId']);
    }
    expect(lines.filter((l) => l.obj.event === 'onceonly.audit.record_failed')).toHaveLength(1);
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain(PERSONAL_ID);
    expect(logged).not.toContain(subject);
  });

  it('fails closed on a synchronous sink failure and an unreadable record, even with a throwing logger', () => {
    const logger: Logger = {
      debug() {},
      info() {},
      warn() {
        throw new Error('x');
      },
      error() {
        throw new Error('x');
      },
    };
    const broken: AuditSink = {
      write() {
        throw new Error('nope');
      },
    };
    const auditor = createAuditor({ sink: broken, subjectKey }, { logger });
    expect(() => auditor.record(sampleRecord())).toThrow(
      expect.objectContaining({ code: 'AUDIT_UNAVAILABLE' }),
    );
    expect(() => auditor.record({ junk: 1 } as unknown as AuditRecord)).toThrow(
      expect.objectContaining({ code: 'AUDIT_UNAVAILABLE' }),
    );
    expect(auditor.failedRecords).toBe(2);
    const ok = createAuditor({ sink: memoryAuditSink(), subjectKey }, { logger });
    expect(ok.record(sampleRecord())).toBeUndefined();
  });

  it('gives up on a stuck sink after the timeout with AUDIT_UNAVAILABLE', async () => {
    const stuck: AuditSink = { write: () => new Promise<void>(() => {}) };
    const { logger, lines } = recordingLogger();
    const auditor = createAuditor({ sink: stuck, subjectKey, closeTimeoutMs: 50 }, { logger });
    const started = performance.now();
    await expect(auditor.record(sampleRecord(), { timeoutMs: 40 })).rejects.toMatchObject({
      code: 'AUDIT_UNAVAILABLE',
    });
    expect(performance.now() - started).toBeLessThan(500);
    expect(lines.at(-1)!.obj).toMatchObject({
      event: 'onceonly.audit.record_failed',
      xroadId: sampleRecord().xroadId,
      failedRecords: 1,
    });
    // close() does not wait for the stuck write longer than closeTimeoutMs.
    const closing = performance.now();
    await expect(auditor.close()).rejects.toMatchObject({ code: 'AUDIT_SINK_FAILED' });
    expect(performance.now() - closing).toBeLessThan(500);
    expect(lines.at(-1)!.obj).toMatchObject({ event: 'onceonly.audit.close_timeout', pendingWrites: 1 });
  });

  it('stores the acting user as a keyed hash, or in clear when the deployment chooses so', () => {
    const hashed = memoryAuditSink();
    createAuditor({ sink: hashed, subjectKey }).record(sampleRecord({ userId: 'VN001203012345' }));
    expect(hashed.records[0]!.userId).toBe(hashSubject(subjectKey, 'VN001203012345'));
    const clear = memoryAuditSink();
    createAuditor({ sink: clear, subjectKey, userIdInClear: true }).record(
      sampleRecord({ userId: 'VN-officer-7' }),
    );
    expect(clear.records[0]!.userId).toBe('VN-officer-7');
  });

  it('flushes and closes every sink; reports failures after trying them all', async () => {
    const calls: string[] = [];
    const ok: AuditSink = {
      write() {},
      flush: async () => {
        calls.push('ok.flush');
      },
      close: async () => {
        calls.push('ok.close');
      },
    };
    const bad: AuditSink = {
      write() {},
      flush: async () => {
        throw new Error('fsync failed');
      },
      close: async () => {
        throw new Error('close failed');
      },
    };
    const { logger, lines } = recordingLogger();
    const auditor = createAuditor({ sink: [bad, ok], subjectKey }, { logger });
    await expect(auditor.flush()).rejects.toMatchObject({ code: 'AUDIT_SINK_FAILED' });
    await expect(auditor.close()).rejects.toMatchObject({ code: 'AUDIT_SINK_FAILED' });
    expect(calls).toEqual(['ok.flush', 'ok.close']);
    expect(lines.map((l) => l.obj.event)).toEqual([
      'onceonly.audit.flush_failed',
      'onceonly.audit.close_failed',
    ]);
  });

  it('refuses, reports and counts records after close', async () => {
    const sink = memoryAuditSink();
    const { logger, lines } = recordingLogger();
    const auditor = createAuditor({ sink, subjectKey }, { logger });
    await auditor.close();
    await auditor.close();
    expect(() => auditor.record(sampleRecord())).toThrow(
      expect.objectContaining({ code: 'AUDIT_UNAVAILABLE' }),
    );
    expect(sink.records).toHaveLength(0);
    expect(lines.map((l) => l.obj.event)).toEqual(['onceonly.audit.record_failed']);
  });

  it('routes background sink failures to the logger', () => {
    let handler: ((error: Error) => void) | undefined;
    const sink: AuditSink = {
      write() {},
      setErrorHandler(h) {
        handler = h;
      },
    };
    const { logger, lines } = recordingLogger();
    createAuditor({ sink, subjectKey }, { logger });
    handler?.(new Error('ENOSPC'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.obj).toMatchObject({ event: 'onceonly.audit.sink_failed', sink: 0 });
  });
});
