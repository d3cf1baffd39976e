import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../errors/onceonly-error.js';
import type { Logger } from '../log/logger.js';
import { createAuditor } from './auditor.js';
import { jsonlFileAuditSink } from './jsonl-file-sink.js';
import { sampleRecord } from './sample-record.fixture.js';

// Pass-through spies, so tests can see fsync calls and make one write fail or come up short.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, fsync: vi.fn(real.fsync), write: vi.fn(real.write) };
});

const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'onceonly-audit-'));
  vi.mocked(fs.fsync).mockClear();
  vi.mocked(fs.write).mockClear();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function readLines(path: string): Record<string, unknown>[] {
  const text = readFileSync(path, 'utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

describe('jsonlFileAuditSink', () => {
  it('writes 10 000 records, in order, all complete lines after close', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = jsonlFileAuditSink(path);
    // Not awaited on purpose: a caller that fires and forgets must lose nothing either.
    for (let i = 0; i < 10_000; i++) void sink.write(sampleRecord({ xroadId: `id-${i}`, attempts: i }));
    await sink.close();
    const lines = readLines(path);
    expect(lines).toHaveLength(10_000);
    lines.forEach((line, i) => {
      expect(line.xroadId).toBe(`id-${i}`);
    });
  });

  it('keeps order without awaiting writes, with concurrent flushes', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = jsonlFileAuditSink(path, { maxBufferedRecords: 7, flushEveryMs: 0 });
    const waits: Promise<void>[] = [];
    for (let i = 0; i < 500; i++) {
      const result = sink.write(sampleRecord({ xroadId: `id-${i}` }));
      if (result) waits.push(result);
      if (i % 13 === 0) waits.push(sink.flush());
    }
    await Promise.all(waits);
    await sink.close();
    expect(readLines(path).map((l) => l.xroadId)).toEqual(Array.from({ length: 500 }, (_, i) => `id-${i}`));
  });

  it('appends to an existing file', async () => {
    const path = join(dir, 'audit.jsonl');
    realFs.writeFileSync(path, '{"old":true}\n');
    const sink = jsonlFileAuditSink(path);
    sink.write(sampleRecord());
    await sink.close();
    expect(readLines(path)).toHaveLength(2);
  });

  it('flush writes the buffer and fsyncs', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = jsonlFileAuditSink(path, { flushEveryMs: 0 });
    sink.write(sampleRecord());
    expect(sink.buffered).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe('');
    await sink.flush();
    expect(sink.buffered).toBe(0);
    expect(readLines(path)).toHaveLength(1);
    expect(fs.fsync).toHaveBeenCalledTimes(1);
    await sink.close();
  });

  it('flushes on its own after flushEveryMs, with an unref timer', async () => {
    const path = join(dir, 'audit.jsonl');
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    try {
      const sink = jsonlFileAuditSink(path, { flushEveryMs: 10 });
      sink.write(sampleRecord());
      const timer = setTimeoutSpy.mock.results.at(-1)?.value as NodeJS.Timeout;
      expect(timer.hasRef()).toBe(false);
      await vi.waitFor(() => expect(readLines(path)).toHaveLength(1));
      expect(fs.fsync).toHaveBeenCalled();
      await sink.close();
    } finally {
      setTimeoutSpy.mockRestore();
    }
  });

  it('starts writing when the buffer is full, and write returns a promise to await', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = jsonlFileAuditSink(path, { maxBufferedRecords: 3, flushEveryMs: 0 });
    expect(sink.write(sampleRecord())).toBeUndefined();
    expect(sink.write(sampleRecord())).toBeUndefined();
    await sink.write(sampleRecord());
    expect(readLines(path)).toHaveLength(3);
    await sink.close();
  });

  it('refuses writes after close, and the auditor reports them', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = jsonlFileAuditSink(path);
    await sink.close();
    await sink.close();
    expect(() => sink.write(sampleRecord())).toThrow(expect.objectContaining({ code: 'AUDIT_SINK_CLOSED' }));

    const errors: object[] = [];
    const logger: Logger = { debug() {}, info() {}, warn() {}, error: (obj) => errors.push(obj) };
    const auditor = createAuditor({ sink, subjectKey: 'x'.repeat(32) }, { logger });
    // Fail closed: the call that made this record gets AUDIT_UNAVAILABLE.
    expect(() => auditor.record(sampleRecord())).toThrow(
      expect.objectContaining({ code: 'AUDIT_UNAVAILABLE' }),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({
      event: 'onceonly.audit.sink_failed',
      error: { code: 'AUDIT_SINK_CLOSED' },
    });
    expect(errors[1]).toMatchObject({ event: 'onceonly.audit.record_failed', failedRecords: 1 });
  });

  it('keeps records through a failed write and writes them once on the next flush', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = jsonlFileAuditSink(path, { flushEveryMs: 0 });
    const write = vi.mocked(fs.write) as unknown as ReturnType<typeof vi.fn>;
    // First a short write (half the bytes), then a disk-full error: the tail must be retried, once.
    write.mockImplementationOnce((fd, buffer, offset, length, position, callback) =>
      realFs.write(fd, buffer, offset, Math.ceil(length / 2), position, callback),
    );
    write.mockImplementationOnce((_fd, _b, _o, _l, _p, callback) =>
      callback(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
    );
    for (let i = 0; i < 3; i++) sink.write(sampleRecord({ xroadId: `id-${i}` }));
    await expect(sink.flush()).rejects.toMatchObject({ code: 'AUDIT_WRITE_FAILED', message: /ENOSPC/ });
    expect(sink.buffered).toBeGreaterThan(0);
    sink.write(sampleRecord({ xroadId: 'id-3' }));
    await sink.close();
    expect(readLines(path).map((l) => l.xroadId)).toEqual(['id-0', 'id-1', 'id-2', 'id-3']);
  });

  it('reports background failures to the error handler the auditor installs', async () => {
    const path = join(dir, 'audit.jsonl');
    const sink = jsonlFileAuditSink(path, { flushEveryMs: 5 });
    const errors: object[] = [];
    const logger: Logger = { debug() {}, info() {}, warn() {}, error: (obj) => errors.push(obj) };
    const auditor = createAuditor({ sink, subjectKey: 'x'.repeat(32) }, { logger });
    vi.mocked(fs.fsync).mockImplementationOnce((_fd, callback) =>
      callback(Object.assign(new Error('io'), { code: 'EIO' })),
    );
    auditor.record(sampleRecord());
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({
      event: 'onceonly.audit.sink_failed',
      error: { code: 'AUDIT_WRITE_FAILED' },
    });
    await auditor.close();
    expect(readLines(path)).toHaveLength(1);
  });

  it('writes what is buffered when the process exits without close()', async () => {
    const path = join(dir, 'audit.jsonl');
    const before = new Set(process.listeners('exit'));
    const sink = jsonlFileAuditSink(path, { flushEveryMs: 0 });
    const onExit = process.listeners('exit').find((l) => !before.has(l));
    expect(onExit).toBeTypeOf('function');
    sink.write(sampleRecord({ xroadId: 'a' }));
    sink.write(sampleRecord({ xroadId: 'b' }));
    (onExit as () => void)();
    expect(readLines(path).map((l) => l.xroadId)).toEqual(['a', 'b']);
    await sink.close();
    expect(process.listeners('exit')).not.toContain(onExit);
    expect(readLines(path)).toHaveLength(2);
  });

  it('fails clearly when the directory does not exist, or options are wrong', () => {
    expect(() => jsonlFileAuditSink(join(dir, 'missing', 'audit.jsonl'))).toThrow(InputError);
    expect(() => jsonlFileAuditSink(join(dir, 'missing', 'audit.jsonl'))).toThrow(/does not exist/);
    expect(() => jsonlFileAuditSink(dir)).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
    expect(() => jsonlFileAuditSink(join(dir, 'a.jsonl'), { flushEveryMs: -1 })).toThrow(InputError);
    expect(() => jsonlFileAuditSink(join(dir, 'a.jsonl'), { maxBufferedRecords: 0 })).toThrow(InputError);
  });
});
