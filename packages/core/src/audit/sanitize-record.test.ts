import { describe, expect, it } from 'vitest';
import { AUDIT_RECORD_FIELDS, sanitizeAuditRecord } from './sanitize-record.js';
import { sampleRecord } from './sample-record.fixture.js';

describe('sanitizeAuditRecord', () => {
  it('keeps the known fields, in a fixed order, frozen', () => {
    const { record, problems } = sanitizeAuditRecord(sampleRecord());
    expect(problems).toEqual([]);
    expect(Object.keys(record)).toEqual(AUDIT_RECORD_FIELDS.filter((f) => f !== 'errorName'));
    expect(Object.isFrozen(record)).toBe(true);
  });

  it('drops unknown and mistyped fields, naming them without their values', () => {
    const input = {
      ...sampleRecord(),
      fullName: 'Nguyễn Văn A',
      query: { personalId: '001234567890' },
      status: '200',
    };
    const { record, problems } = sanitizeAuditRecord(input);
    expect(JSON.stringify(record)).not.toContain('Nguyễn');
    expect(JSON.stringify(record)).not.toContain('001234567890');
    expect(record).not.toHaveProperty('status');
    expect(problems).toEqual(['invalid:status', 'unknown:fullName', 'unknown:query']);
    expect(JSON.stringify(problems)).not.toContain('001234567890');
  });

  it('reports missing required fields and accepts a Date for time', () => {
    const { record, problems } = sanitizeAuditRecord({ time: new Date(0), durationMs: Number.NaN });
    expect(record.time).toBe('1970-01-01T00:00:00.000Z');
    expect(problems).toContain('missing:xroadId');
    expect(problems).toContain('invalid:durationMs');
    expect(sanitizeAuditRecord(null).problems).toContain('missing:time');
  });
});
