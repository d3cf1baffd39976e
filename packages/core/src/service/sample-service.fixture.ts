/**
 * For tests: one small service that asks the population database for a person, the way an adapter
 * declares one (schema, subject, mapping). Shared so that tests do not each keep a copy.
 */
import { defineService } from './define-service.js';

export interface SampleQuery {
  personalId: string;
}

export interface SampleWire {
  personalId: string;
  fullName: string;
}

export const sampleQuerySchema = {
  type: 'object',
  required: ['personalId'],
  additionalProperties: false,
  properties: { personalId: { type: 'string', format: 'vn-personal-id' } },
};

export const sampleWireSchema = {
  type: 'object',
  required: ['personalId', 'fullName'],
  properties: { personalId: { type: 'string' }, fullName: { type: 'string' } },
};

export const samplePersonService = defineService<SampleQuery, SampleWire, { id: string; name: string }>({
  id: 'test.person.get',
  provider: 'GOV/000.00.00.G10/CSDLDC',
  code: 'person.get',
  category: 'population.basic',
  idempotent: true,
  request: sampleQuerySchema,
  response: sampleWireSchema,
  subject: (q) => q.personalId,
  map: (wire) => ({ id: wire.personalId, name: wire.fullName }),
});
