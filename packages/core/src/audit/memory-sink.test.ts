import { describe, expect, it } from 'vitest';
import { memoryAuditSink } from './memory-sink.js';
import { sampleRecord } from './sample-record.fixture.js';

describe('memoryAuditSink', () => {
  it('keeps records in order and can be cleared', () => {
    const sink = memoryAuditSink();
    sink.write(sampleRecord({ xroadId: 'a' }));
    sink.write(sampleRecord({ xroadId: 'b' }));
    expect(sink.records.map((r) => r.xroadId)).toEqual(['a', 'b']);
    sink.clear();
    expect(sink.records).toEqual([]);
  });
});
