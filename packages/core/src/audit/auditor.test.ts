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

  it('keeps the other sinks going when one throws or rejects, and logs ids only', async () => {
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
    await expect(auditor.record(sampleRecord({ subject }))).resolves.toBeUndefined();
    expect(memory.records).toHaveLength(1);
    expect(fn).toHaveBeenCalledTimes(1);
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors.map((l) => l.obj.sink)).toEqual([0, 2]);
    for (const line of errors) {
      expect(line.obj).toMatchObject({
        event: 'onceonly.audit.sink_failed',
        xroadId: sampleRecord().xroadId,
      });
      expect(Object.keys(line.obj).sort()).toEqual(['error', 'event', 'service', 'sink', 'xroadId']);
    }
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain(PERSONAL_ID);
    expect(logged).not.toContain(subject);
  });

  it('never throws from record, even with a throwing logger', () => {
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
    expect(() => auditor.record({ junk: 1 } as unknown as AuditRecord)).not.toThrow();
    expect(() => auditor.record(null as unknown as AuditRecord)).not.toThrow();
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

  it('reports and drops records after close', async () => {
    const sink = memoryAuditSink();
    const { logger, lines } = recordingLogger();
    const auditor = createAuditor({ sink, subjectKey }, { logger });
    await auditor.close();
    await auditor.close();
    auditor.record(sampleRecord());
    expect(sink.records).toHaveLength(0);
    expect(lines.map((l) => l.obj.event)).toEqual(['onceonly.audit.closed']);
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
