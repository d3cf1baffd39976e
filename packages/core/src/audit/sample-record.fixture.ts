// Test fixture: a well-formed audit record (not part of the package's surface).
import type { AuditRecord } from './types.js';

/** A complete, valid audit record; override any field. */
export const sampleRecord = (over: Partial<AuditRecord> = {}): AuditRecord => ({
  time: '2025-01-02T03:04:05.000Z',
  xroadId: '5b0e6f5c-2a7e-4c59-9d8e-0a1b2c3d4e5f',
  client: 'VN/GOV/000.00.00.H23/PORTAL',
  userId: 'VN-officer-7',
  officer: 'b'.repeat(64),
  purpose: '1.001193.000.00.00.H12',
  issue: 'H23.22-250102-0001',
  service: 'population.citizen.get',
  xroadService: 'VN/GOV/000.00.00.G10/CSDLDC/citizen.get',
  outcome: 'success',
  status: 200,
  durationMs: 42,
  attempts: 1,
  cached: false,
  requestHash: 'abc',
  requestId: 'req-1',
  subject: 'a'.repeat(64),
  ...over,
});
